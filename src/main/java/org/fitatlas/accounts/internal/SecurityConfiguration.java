package org.fitatlas.accounts.internal;

import java.io.IOException;
import java.util.OptionalLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Two filter chains: the API is stateless and authenticates only with bearer tokens (so
 * no cookie can ride along and CSRF cannot apply); pages use a session cookie with CSRF
 * protection on every form. Both send the same security headers.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	@Bean
	PasswordEncoder passwordEncoder() {
		// BCrypt by default, with the algorithm named in each stored hash so it can be
		// upgraded later.
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, AccountService accounts) throws Exception {
		http.securityMatcher("/api/**")
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
	SecurityFilterChain pages(HttpSecurity http, LoginThrottle throttle) throws Exception {
		SimpleUrlAuthenticationFailureHandler failure = new SimpleUrlAuthenticationFailureHandler("/login?error");
		http.authorizeHttpRequests((auth) -> auth.requestMatchers("/profile", "/profile/**", "/my/**")
			.authenticated()
			.anyRequest()
			.permitAll())
			.addFilterBefore(new ThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
			.formLogin((form) -> form.loginPage("/login")
				.usernameParameter("email")
				.defaultSuccessUrl("/profile")
				.failureHandler((request, response, ex) -> {
					throttle.failed(String.valueOf(request.getParameter("email")), request.getRemoteAddr());
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
			}));
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

	/** Refuses a form sign-in attempt while the account or address is throttled. */
	static final class ThrottleFilter extends OncePerRequestFilter {

		private final LoginThrottle throttle;

		ThrottleFilter(LoginThrottle throttle) {
			this.throttle = throttle;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())) {
				OptionalLong wait = this.throttle.retryAfter(String.valueOf(request.getParameter("email")),
						request.getRemoteAddr());
				if (wait.isPresent()) {
					response.setHeader("Retry-After", String.valueOf(wait.getAsLong()));
					response.setStatus(429);
					response.setContentType("text/plain;charset=UTF-8");
					response.getWriter()
						.write("Too many failed sign-ins. Try again in " + wait.getAsLong() + " seconds.");
					return;
				}
			}
			chain.doFilter(request, response);
		}

	}

}
