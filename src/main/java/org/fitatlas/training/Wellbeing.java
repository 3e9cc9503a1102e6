package org.fitatlas.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.fitatlas.accounts.AccountId;
import org.fitatlas.shared.InvalidParameter;
import org.fitatlas.training.internal.SessionStore;
import org.fitatlas.training.internal.WellbeingStore;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Morning pain checks after painful sessions, and body weight.
 */
@Service
public class Wellbeing {

	private final WellbeingStore store;

	private final SessionStore sessions;

	private final Clock clock = Clock.systemUTC();

	Wellbeing(WellbeingStore store, SessionStore sessions) {
		this.store = store;
		this.sessions = sessions;
	}

	/**
	 * Finished sessions with pain of 3/10 or more that have no morning check yet, newest
	 * first.
	 */
	public List<PendingPainCheck> pendingPainChecks(AccountId account) {
		return this.store.pending(account);
	}

	/** Records (or replaces) the check; true when it is new. */
	@Transactional
	public boolean check(AccountId account, PainCheck check) {
		if (this.sessions.find(account, check.sessionId()).isEmpty()) {
			throw SessionNotFound.forId(check.sessionId());
		}
		return this.store.save(account, check);
	}

	public List<PainCheck> painChecks(AccountId account) {
		return this.store.checks(account);
	}

	/** Records (or replaces) the day's weight; true when the day is new. */
	@Transactional
	public boolean weigh(AccountId account, BodyWeight weight) {
		if (weight.date().isAfter(LocalDate.now(this.clock).plusDays(1))) {
			throw InvalidParameter.of("date", weight.date().toString(), "today or an earlier day");
		}
		return this.store.saveWeight(account, weight);
	}

	public List<BodyWeight> weights(AccountId account) {
		return this.store.weights(account);
	}

}
