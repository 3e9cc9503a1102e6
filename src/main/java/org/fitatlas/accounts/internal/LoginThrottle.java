package org.fitatlas.accounts.internal;

import java.time.Duration;
import java.util.OptionalLong;

import org.fitatlas.shared.database.WindowCounters;

import org.springframework.stereotype.Component;

/**
 * Failed sign-ins, counted so that guessing is slow but nobody can lock an owner out
 * (docs/security.md, "Throttling"):
 * <ul>
 * <li>per account and address: ten failures in 15 minutes, then that pair waits;</li>
 * <li>per address, whatever the accounts: thirty failures in 15 minutes;</li>
 * <li>per account from everywhere: after ten failures the account is "under attack" and
 * clients that never signed in to it get one attempt per 30 seconds between them (slowed,
 * not locked); an address that signed in to the account in the last 30 days is not
 * slowed.</li>
 * </ul>
 * Accounts are keyed by their canonical email, so look-alike spellings share one count.
 * The counts live in PostgreSQL ({@link WindowCounters}), so failures on every app node
 * add up.
 */
@Component
public class LoginThrottle {

	static final int PAIR_FAILURES = 10;

	static final int ADDRESS_FAILURES = 30;

	static final int ACCOUNT_FAILURES = 10;

	static final Duration WINDOW = Duration.ofMinutes(15);

	static final Duration SLOW_STEP = Duration.ofSeconds(30);

	static final Duration KNOWN_FOR = Duration.ofDays(30);

	private final WindowCounters counters;

	LoginThrottle(WindowCounters counters) {
		this.counters = counters;
	}

	/**
	 * Admits one attempt for this account (its canonical email) from this address, or
	 * says how many seconds to wait.
	 */
	public OptionalLong admit(String account, String address) {
		long wait = Math.max(blockedFor(addressKey(address), ADDRESS_FAILURES),
				blockedFor(pairKey(account, address), PAIR_FAILURES));
		if (wait > 0) {
			return OptionalLong.of(wait);
		}
		if (underAttack(account) && this.counters.peek(knownKey(account, address)).isEmpty()) {
			WindowCounters.Count slow = this.counters.add("slow:" + account, SLOW_STEP);
			if (slow.hits() > 1) {
				return OptionalLong.of(slow.resetsInSeconds());
			}
		}
		return OptionalLong.empty();
	}

	public void failed(String account, String address) {
		this.counters.add(addressKey(address), WINDOW);
		this.counters.add(pairKey(account, address), WINDOW);
		this.counters.add(accountKey(account), WINDOW);
	}

	/** Remembers the address as one this account signs in from. */
	public void succeeded(String account, String address) {
		this.counters.mark(knownKey(account, address), KNOWN_FOR);
	}

	private boolean underAttack(String account) {
		return this.counters.peek(accountKey(account)).filter((c) -> c.hits() >= ACCOUNT_FAILURES).isPresent();
	}

	private long blockedFor(String key, int limit) {
		return this.counters.peek(key)
			.filter((c) -> c.hits() >= limit)
			.map(WindowCounters.Count::resetsInSeconds)
			.orElse(0L);
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

	private static String knownKey(String account, String address) {
		return "known:" + account + "|" + address;
	}

}
