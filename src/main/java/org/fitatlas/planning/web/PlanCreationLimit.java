package org.fitatlas.planning.web;

import java.time.Duration;
import java.util.Optional;

import org.fitatlas.accounts.AccountId;
import org.fitatlas.shared.RateLimit;
import org.fitatlas.shared.database.WindowCounters;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many plans may be made per hour: per client address without signing in, per account
 * when signed in. Checked before a plan is generated, since generating costs time.
 */
@Component
class PlanCreationLimit {

	private final RateLimit anonymous;

	private final RateLimit signedIn;

	PlanCreationLimit(WindowCounters counters,
			@Value("${fitatlas.limits.anonymous-plans-per-hour:20}") int anonymousPerHour,
			@Value("${fitatlas.limits.plans-per-account-per-hour:200}") int perAccountPerHour) {
		this.anonymous = new RateLimit(counters, "plans made without signing in", anonymousPerHour,
				Duration.ofHours(1));
		this.signedIn = new RateLimit(counters, "plans for one account", perAccountPerHour, Duration.ofHours(1));
	}

	void acquire(Optional<AccountId> account, String address) {
		if (account.isPresent()) {
			this.signedIn.acquire("account:" + account.get().value());
		}
		else {
			this.anonymous.acquire(address);
		}
	}

}
