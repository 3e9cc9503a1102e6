package org.fitatlas.accounts.internal;

import java.time.Duration;
import java.util.OptionalLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import org.springframework.stereotype.Component;

/**
 * Failed sign-ins, counted with Bucket4j so that guessing is slow but nobody can lock an
 * owner out (docs/security.md, "Throttling"):
 * <ul>
 * <li>per account and address: ten failures in 15 minutes, then that pair waits;</li>
 * <li>per address, whatever the accounts: thirty failures in 15 minutes;</li>
 * <li>per account from everywhere: after ten failures the account is "under attack" and
 * clients that never signed in to it get one attempt per 30 seconds between them (slowed,
 * not locked); an address that signed in to the account in the last 30 days is not
 * slowed.</li>
 * </ul>
 * Accounts are keyed by their canonical email, so look-alike spellings share one count.
 * Buckets live in memory on each node.
 */
@Component
public class LoginThrottle {

	static final int PAIR_FAILURES = 10;

	static final int ADDRESS_FAILURES = 30;

	static final int ACCOUNT_FAILURES = 10;

	static final Duration WINDOW = Duration.ofMinutes(15);

	static final Duration SLOW_STEP = Duration.ofSeconds(30);

	static final Duration KNOWN_FOR = Duration.ofDays(30);

	private final Cache<String, Bucket> failures = Caffeine.newBuilder()
		.expireAfterAccess(WINDOW)
		.maximumSize(200_000)
		.build();

	private final Cache<String, Bucket> slowed = Caffeine.newBuilder()
		.expireAfterAccess(WINDOW)
		.maximumSize(100_000)
		.build();

	private final Cache<String, Boolean> known = Caffeine.newBuilder()
		.expireAfterWrite(KNOWN_FOR)
		.maximumSize(200_000)
		.build();

	/**
	 * Admits one attempt for this account (its canonical email) from this address, or
	 * says how many seconds to wait.
	 */
	public OptionalLong admit(String account, String address) {
		long wait = Math.max(waitSeconds(addressKey(address)), waitSeconds(pairKey(account, address)));
		if (wait > 0) {
			return OptionalLong.of(wait);
		}
		if (underAttack(account) && this.known.getIfPresent(pairKey(account, address)) == null) {
			Bucket slow = this.slowed.get(account, (k) -> bucket(1, SLOW_STEP));
			ConsumptionProbe probe = slow.tryConsumeAndReturnRemaining(1);
			if (!probe.isConsumed()) {
				return OptionalLong.of(seconds(probe.getNanosToWaitForRefill()));
			}
		}
		return OptionalLong.empty();
	}

	public void failed(String account, String address) {
		this.failures.get(addressKey(address), (k) -> bucket(ADDRESS_FAILURES, WINDOW)).tryConsume(1);
		this.failures.get(pairKey(account, address), (k) -> bucket(PAIR_FAILURES, WINDOW)).tryConsume(1);
		this.failures.get(accountKey(account), (k) -> bucket(ACCOUNT_FAILURES, WINDOW)).tryConsume(1);
	}

	/** Remembers the address as one this account signs in from. */
	public void succeeded(String account, String address) {
		this.known.put(pairKey(account, address), Boolean.TRUE);
	}

	private boolean underAttack(String account) {
		Bucket bucket = this.failures.getIfPresent(accountKey(account));
		return bucket != null && bucket.getAvailableTokens() <= 0;
	}

	private long waitSeconds(String key) {
		Bucket bucket = this.failures.getIfPresent(key);
		if (bucket == null || bucket.getAvailableTokens() > 0) {
			return 0;
		}
		return seconds(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill());
	}

	private static long seconds(long nanos) {
		return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
	}

	private static Bucket bucket(int capacity, Duration window) {
		return Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(capacity).refillIntervally(capacity, window).build())
			.build();
	}

	private static String addressKey(String address) {
		return "ip:" + address;
	}

	private static String accountKey(String account) {
		return "account:" + account;
	}

	private static String pairKey(String account, String address) {
		return "pair:" + account + "|" + address;
	}

}
