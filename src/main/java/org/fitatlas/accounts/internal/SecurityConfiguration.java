package org.fitatlas.accounts.internal;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fitatlas.shared.web.SecurityHeaders;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Two filter chains: the API is stateless and authenticates only with bearer tokens (so
 * no cookie can ride along and CSRF cannot apply); pages use a session cookie with CSRF
 * protection on every form. Both send the same security headers.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CSP = SecurityHeaders.CONTENT_SECURITY_POLICY;

	@Bean
	PasswordEncoder passwordEncoder() {
		// BCrypt by default, with the algorithm named in each stored hash so it can be
		// upgraded later.
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationProvider formSignIn(AccountService accounts) {
		return new FormSignIn(accounts);
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, AccountService accounts) throws Exception {
		http.securityMatcher("/api/**", "/actuator/**")
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((s) -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.securityContext((context) -> context.requireExplicitSave(true))
			.addFilterBefore(new BearerTokenFilter(accounts), UsernamePasswordAuthenticationFilter.class)
			.authorizeHttpRequests((auth) -> auth.requestMatchers(HttpMethod.POST, "/api/v1/accounts", "/api/v1/tokens")
				.permitAll()
				.requestMatchers("/api/v1/tokens", "/api/v1/tokens/**", "/api/v1/account", "/api/v1/account/**")
				.authenticated()
				.requestMatchers("/api/v1/admin/**")
				.hasRole("ADMIN")
				.requestMatchers("/api/v1/catalog/**")
				.hasRole("EDITOR")
				// health and info are public for probes; metrics tell too much about
				// traffic
				.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
				.permitAll()
				.requestMatchers("/actuator/**")
				.hasRole("ADMIN")
				.anyRequest()
				.permitAll())
			.exceptionHandling((e) -> e
				.authenticationEntryPoint((request, response, ex) -> problem(response, 401, "Unauthorized",
						"Sign in first: send 'Authorization: Bearer <token>' (POST /api/v1/tokens creates one)"))
				.accessDeniedHandler((request, response, ex) -> problem(response, 403, "Forbidden",
						"Your account's role does not allow this")))
			.httpBasic((basic) -> basic.disable())
			.formLogin((form) -> form.disable())
			.logout((logout) -> logout.disable());
		headers(http);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, AccountService accounts) throws Exception {
		SimpleUrlAuthenticationFailureHandler failure = new SimpleUrlAuthenticationFailureHandler("/login?error");
		LoginUrlAuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint("/login");
		// paths, never an address built from the request's Host header
		signIn.setFavorRelativeUris(true);
		SavedRequestAwareAuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler();
		success.setDefaultTargetUrl("/profile");
		success.setRedirectStrategy(SecurityConfiguration::redirectToPath);
		http.authorizeHttpRequests((auth) -> auth.requestMatchers("/profile", "/profile/**", "/my/**")
			.authenticated()
			.requestMatchers("/imports", "/imports/**")
			.hasRole("EDITOR")
			.anyRequest()
			.permitAll())
			.addFilterAfter(new StaleSessionFilter(accounts), SecurityContextHolderFilter.class)
			.exceptionHandling((e) -> e.authenticationEntryPoint(signIn))
			.formLogin((form) -> form.loginPage("/login")
				.usernameParameter("email")
				.successHandler(success)
				.failureHandler((request, response, ex) -> {
					if (ex instanceof FormSignIn.Throttled throttled) {
						response.setHeader("Retry-After", String.valueOf(throttled.retryAfterSeconds()));
						response.setStatus(429);
						response.setContentType("text/plain;charset=UTF-8");
						response.getWriter().write(throttled.getMessage());
						return;
					}
					failure.onAuthenticationFailure(request, response, ex);
				})
				.permitAll())
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut").permitAll());
		headers(http);
		return http.build();
	}

	private static void headers(HttpSecurity http) throws Exception {
		http.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CSP))
			.referrerPolicy((referrer) -> referrer
				.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.frameOptions((frame) -> frame.deny())
			.contentTypeOptions((options) -> {
			})
			.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", SecurityHeaders.PERMISSIONS_POLICY)));
	}

	/** Redirects to the path (and query) of {@code url}, dropping any scheme and host. */
	static void redirectToPath(HttpServletRequest request, HttpServletResponse response, String url)
			throws IOException {
		String target;
		try {
			URI uri = URI.create(url);
			target = (uri.getRawPath() == null || !uri.getRawPath().startsWith("/")) ? "/profile"
					: uri.getRawPath() + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
		}
		catch (IllegalArgumentException ex) {
			target = "/profile";
		}
		response.sendRedirect(response.encodeRedirectURL(target));
	}

	static void problem(HttpServletResponse response, int status, String title, String detail) throws IOException {
		response.setStatus(status);
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		if (status == 401) {
			response.setHeader("WWW-Authenticate", "Bearer");
		}
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
					+ detail.replace("\"", "'") + "\"}");
	}

}
