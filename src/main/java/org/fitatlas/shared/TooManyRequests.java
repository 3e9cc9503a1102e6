package org.fitatlas.shared;

/**
 * A client went over a rate limit (HTTP 429); says what was limited and when to try
 * again.
 */
public final class TooManyRequests extends RuntimeException {

	private final long retryAfterSeconds;

	public TooManyRequests(String message, long retryAfterSeconds) {
		super(message);
		if (retryAfterSeconds < 1) {
			throw new IllegalArgumentException("retryAfterSeconds must be at least 1, was " + retryAfterSeconds);
		}
		this.retryAfterSeconds = retryAfterSeconds;
	}

	public long retryAfterSeconds() {
		return this.retryAfterSeconds;
	}

}
