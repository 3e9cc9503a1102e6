package org.fitatlas.training.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.fitatlas.accounts.AccountId;
import org.fitatlas.accounts.PersonalData;

import org.springframework.stereotype.Component;

/**
 * The training log's part of a person's data export: every session with its sets, the
 * morning pain checks and body weight. (Deletion follows the account through the foreign
 * keys.)
 */
@Component
class TrainingPersonalData implements PersonalData {

	private final SessionStore sessions;

	private final WellbeingStore wellbeing;

	TrainingPersonalData(SessionStore sessions, WellbeingStore wellbeing) {
		this.sessions = sessions;
		this.wellbeing = wellbeing;
	}

	@Override
	public String section() {
		return "training";
	}

	@Override
	public Object exportFor(AccountId account) {
		Map<String, Object> training = new LinkedHashMap<>();
		training.put("sessions", this.sessions.all(account));
		training.put("painChecks", this.wellbeing.checks(account));
		training.put("bodyWeight", this.wellbeing.weights(account));
		return training;
	}

}
