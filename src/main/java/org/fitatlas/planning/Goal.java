package org.fitatlas.planning;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a person trains for.
 */
public enum Goal {

	STRENGTH, HYPERTROPHY, ENDURANCE, CORE, BACK_HEALTH, FLEXIBILITY, MORNING_ROUTINE, POST_SURGERY_REHAB,
	GENERAL_FITNESS;

	public String token() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static Optional<Goal> of(String token) {
		return Arrays.stream(values()).filter((g) -> g.token().equals(token)).findFirst();
	}

	public static String allowed() {
		return String.join(", ", Arrays.stream(values()).map(Goal::token).toList());
	}

}
