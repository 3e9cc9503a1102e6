package org.fitatlas.planning;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Signs that back pain may be serious (NICE NG59): any of them means a clinician first,
 * no plan.
 */
public enum RedFlag {

	BLADDER_BOWEL_LOSS("loss of bladder or bowel control"), SADDLE_NUMBNESS("numbness around the buttocks and groin"),
	PROGRESSIVE_LEG_WEAKNESS("leg weakness that is getting worse"), CANCER_HISTORY("a history of cancer"),
	UNEXPLAINED_WEIGHT_LOSS("weight loss you cannot explain"), FEVER("fever"),
	RECENT_TRAUMA("a recent fall, accident or other injury");

	private final String description;

	RedFlag(String description) {
		this.description = description;
	}

	public String token() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public String description() {
		return this.description;
	}

	public static Optional<RedFlag> of(String token) {
		return Arrays.stream(values()).filter((f) -> f.token().equals(token)).findFirst();
	}

	public static String allowed() {
		return String.join(", ", Arrays.stream(values()).map(RedFlag::token).toList());
	}

}
