package org.fitatlas.shared;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * At most {@code limit} actions per key (usually a client address) within a window, with
 * Bucket4j buckets kept in memory in a bounded Caffeine cache.
 */
public final class RateLimit {

	private final String action;

	private final int limit;

	private final Duration window;

	private final Cache<String, Bucket> buckets;

	/**
	 * @param action what is limited, as a person reads it ("registrations")
	 * @param limit how many per window
	 * @param window the window
	 */
	public RateLimit(String action, int limit, Duration window) {
		if (limit < 1) {
			throw new IllegalArgumentException("a limit for " + action + " must be at least 1, was " + limit);
		}
		if (window.isNegative() || window.isZero()) {
			throw new IllegalArgumentException("the window for " + action + " must be positive, was " + window);
		}
		this.action = action;
		this.limit = limit;
		this.window = window;
		this.buckets = Caffeine.newBuilder().expireAfterAccess(window).maximumSize(200_000).build();
	}

	/** Counts one action for the key, or throws {@link TooManyRequests}. */
	public void acquire(String key) {
		Bucket bucket = this.buckets.get(key,
				(k) -> Bucket.builder()
					.addLimit(
							Bandwidth.builder().capacity(this.limit).refillIntervally(this.limit, this.window).build())
					.build());
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		if (!probe.isConsumed()) {
			long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
			throw new TooManyRequests("Too many " + this.action + " from your address: at most " + this.limit + " per "
					+ describe(this.window) + "; try again in " + seconds + " s.", seconds);
		}
	}

	private static String describe(Duration window) {
		return (window.toMinutes() % 60 == 0) ? window.toHours() + " h" : window.toMinutes() + " min";
	}

}
