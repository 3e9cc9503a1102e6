package org.fitatlas.shared.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Builds RFC 9457 problem details that name the offending parameter and what is allowed.
 */
public final class Problems {

	private Problems() {
	}

	public static ProblemDetail invalidParameter(String parameter, String value, String allowed) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Parameter '" + parameter + "' has the value '" + value + "'; allowed: " + allowed);
		problem.setTitle("Invalid parameter");
		problem.setType(URI.create("https://fitatlas.org/problems/invalid-parameter"));
		problem.setProperty("parameter", parameter);
		problem.setProperty("value", value);
		problem.setProperty("allowed", allowed);
		return problem;
	}

	public static ProblemDetail notFound(String what, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
		problem.setTitle(what + " not found");
		problem.setType(URI.create("https://fitatlas.org/problems/not-found"));
		return problem;
	}

	/**
	 * Whether the client should get problem details rather than an HTML page: anything
	 * under {@code /api/} or {@code /actuator}, and every client that does not ask for
	 * HTML (browsers always do).
	 */
	public static boolean wanted(HttpServletRequest request) {
		String uri = request.getRequestURI();
		String accept = request.getHeader("Accept");
		return uri.startsWith("/api/") || uri.startsWith("/actuator") || accept == null
				|| !accept.contains("text/html");
	}

	/** A printable, bounded rendering of whatever a client sent. */
	public static String shown(String value) {
		String cleaned = value.codePoints()
			.map((c) -> Character.isISOControl(c) ? '?' : c)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
		return (cleaned.length() > 60) ? cleaned.substring(0, 60) + "…" : cleaned;
	}

}
