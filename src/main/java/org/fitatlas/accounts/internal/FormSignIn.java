package org.fitatlas.accounts.internal;

import org.fitatlas.accounts.AccountProblem;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The sign-in form checks credentials exactly as the API does
 * ({@link AccountService#authenticate}): the same canonical email, the same throttle, the
 * same BCrypt work for unknown emails.
 */
final class FormSignIn implements AuthenticationProvider {

	/** The throttle said to wait; the page answers 429 with Retry-After. */
	static final class Throttled extends AuthenticationException {

		private final long retryAfterSeconds;

		Throttled(String message, long retryAfterSeconds) {
			super(message);
			this.retryAfterSeconds = retryAfterSeconds;
		}

		long retryAfterSeconds() {
			return this.retryAfterSeconds;
		}

	}

	private final AccountService accounts;

	FormSignIn(AccountService accounts) {
		this.accounts = accounts;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String address = (authentication.getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : "unknown";
		try {
			AccountPrincipal principal = this.accounts.authenticate(String.valueOf(authentication.getName()),
					String.valueOf(authentication.getCredentials()), address);
			return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
		}
		catch (AccountProblem ex) {
			if (ex.status() == 429) {
				throw new Throttled(ex.getMessage(), ex.retryAfterSeconds());
			}
			throw new BadCredentialsException(ex.getMessage());
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
