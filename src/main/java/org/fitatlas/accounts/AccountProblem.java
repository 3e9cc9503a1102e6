package org.fitatlas.accounts;

import org.jspecify.annotations.Nullable;

/**
 * A refusal with an HTTP meaning: wrong credentials (401), a taken email (409) or too
 * many failed sign-ins (429, with the seconds to wait).
 */
public final class AccountProblem extends RuntimeException {

	private final int status;

	private final @Nullable String field;

	private final long retryAfterSeconds;

	private AccountProblem(int status, @Nullable String field, String message, long retryAfterSeconds) {
		super(message);
		this.status = status;
		this.field = field;
		this.retryAfterSeconds = retryAfterSeconds;
	}

	public static AccountProblem badCredentials() {
		return new AccountProblem(401, null, "The email or the password is wrong.", 0);
	}

	public static AccountProblem emailTaken(String email) {
		return new AccountProblem(409, "email", "An account with the email '" + email + "' already exists.", 0);
	}

	public static AccountProblem tooManyAttempts(long seconds) {
		return new AccountProblem(429, null,
				"Too many failed sign-ins for this account or from this address; try again in " + seconds + " s.",
				seconds);
	}

	public static AccountProblem notFound(String what) {
		return new AccountProblem(404, null, what + " not found.", 0);
	}

	public int status() {
		return this.status;
	}

	public @Nullable String field() {
		return this.field;
	}

	public long retryAfterSeconds() {
		return this.retryAfterSeconds;
	}

}
