package org.fitatlas.shared;

import java.time.Duration;

import org.fitatlas.shared.database.WindowCounters;

/**
 * At most {@code limit} actions per key (usually a client address) within a window,
 * counted in PostgreSQL ({@link WindowCounters}) so that every app node sees the same
 * count.
 */
public final class RateLimit {

	private final WindowCounters counters;

	private final String action;

	private final int limit;

	private final Duration window;

	/**
	 * @param counters where the counts live
	 * @param action what is limited, as a person reads it ("registrations")
	 * @param limit how many per window
	 * @param window the window
	 */
	public RateLimit(WindowCounters counters, String action, int limit, Duration window) {
		if (limit < 1) {
			throw new IllegalArgumentException("a limit for " + action + " must be at least 1, was " + limit);
		}
		if (window.isNegative() || window.isZero()) {
			throw new IllegalArgumentException("the window for " + action + " must be positive, was " + window);
		}
		this.counters = counters;
		this.action = action;
		this.limit = limit;
		this.window = window;
	}

	/** Counts one action for the key, or throws {@link TooManyRequests}. */
	public void acquire(String key) {
		WindowCounters.Count count = this.counters.add("limit|" + this.action + "|" + key, this.window);
		if (count.hits() > this.limit) {
			long seconds = count.resetsInSeconds();
			throw new TooManyRequests("Too many " + this.action + " from your address: at most " + this.limit + " per "
					+ describe(this.window) + "; try again in " + seconds + " s.", seconds);
		}
	}

	private static String describe(Duration window) {
		return (window.toMinutes() % 60 == 0) ? window.toHours() + " h" : window.toMinutes() + " min";
	}

}
