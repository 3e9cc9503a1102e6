package org.fitatlas.accounts.internal;

import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account and per client address with Bucket4j: ten failures
 * within 15 minutes for either, and further attempts get 429 until the window refills.
 * Buckets live in memory on each node (see docs/operations.md).
 */
@Component
public class LoginThrottle {

	static final int MAX_FAILURES = 10;

	static final Duration WINDOW = Duration.ofMinutes(15);

	private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
		.expireAfterAccess(WINDOW)
		.maximumSize(200_000)
		.build();

	/** Seconds to wait before trying again, or empty when an attempt is allowed. */
	public OptionalLong retryAfter(String email, String address) {
		long wait = Math.max(waitSeconds(accountKey(email)), waitSeconds("ip:" + address));
		return (wait > 0) ? OptionalLong.of(wait) : OptionalLong.empty();
	}

	public void failed(String email, String address) {
		bucket(accountKey(email)).tryConsume(1);
		bucket("ip:" + address).tryConsume(1);
	}

	private long waitSeconds(String key) {
		Bucket bucket = this.buckets.getIfPresent(key);
		if (bucket == null || bucket.getAvailableTokens() > 0) {
			return 0;
		}
		long nanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
		return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
	}

	private Bucket bucket(String key) {
		return this.buckets.get(key,
				(k) -> Bucket.builder()
					.addLimit(Bandwidth.builder().capacity(MAX_FAILURES).refillIntervally(MAX_FAILURES, WINDOW).build())
					.build());
	}

	private static String accountKey(String email) {
		return "account:" + email.trim().toLowerCase(Locale.ROOT);
	}

}
