package org.fitatlas.training.progression;

/**
 * Every rule the engine can apply, with the source it follows. The token is what the API
 * shows as {@code rule}.
 */
public enum Rule {

	START("start", "The exercise's own dose or the person's plan"),
	ADD_REPS("add-reps", "Double progression: climb the rep range at a fixed load"),
	DOUBLE_PROGRESSION("double-progression", "Double progression: top of the range in two sessions, then add load"),
	NSCA_2_FOR_2("nsca-2-for-2", "NSCA, Essentials of Strength Training and Conditioning: the 2-for-2 rule"),
	ACSM_OVERLOAD("acsm-overload",
			"ACSM position stand, Ratamess et al. 2009: 1–2 reps over the target in two sessions"),
	KEEP("keep", "Repeat the target until every set reaches it at the target effort"),
	HOLD_LONGER("hold-longer", "ACSM, Garber et al. 2011: holds lengthen gradually toward the top of their range"),
	HARDER_VARIATION("harder-variation", "Principle of gradualness: climb the ladder of variations"),
	ADD_SET("add-set", "ACSM position stand, Ratamess et al. 2009: add volume when no harder variation exists"),
	FAILURE_STEP_BACK("failure-step-back",
			"Linear progression with failures (Liftosaur's lp model): two failed sessions, step back"),
	PAIN_STEP_BACK("pain-step-back", "Pain-monitoring model, Thomeé 1997; Silbernagel et al. 2007: pain above 5/10"),
	PAIN_MORNING_WORSE("pain-morning-worse", "Pain-monitoring model: worse the next morning, reduce the load"),
	PAIN_HOLD("pain-hold", "Pain-monitoring model: 3–5/10 is acceptable, hold the dose"),
	PAIN_REPEATED("pain-repeated", "If it hurts again at the same dose, reduce the load");

	private final String token;

	private final String source;

	Rule(String token, String source) {
		this.token = token;
		this.source = source;
	}

	public String token() {
		return this.token;
	}

	public String source() {
		return this.source;
	}

}
