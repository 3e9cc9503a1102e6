package org.fitatlas.shared.web;

/**
 * The security headers every answer carries: written by Spring Security on answers that
 * reach the application and by {@link ProblemJsonErrorReportValve} on those Tomcat gives
 * itself.
 */
public final class SecurityHeaders {

	public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/**
	 * No page of FitAtlas uses these browser features, so none may be used by anything it
	 * shows.
	 */
	public static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "serial=(), bluetooth=(), magnetometer=(), gyroscope=(), accelerometer=(), browsing-topics=()";

	private SecurityHeaders() {
	}

	/** Sets the headers on an answer written outside Spring Security (Tomcat's own). */
	public static void applyTo(jakarta.servlet.http.HttpServletResponse response) {
		response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
		response.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
	}

}
