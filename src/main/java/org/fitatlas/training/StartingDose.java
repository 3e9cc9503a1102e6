package org.fitatlas.training;

import org.fitatlas.catalog.Dose;
import org.fitatlas.catalog.Exercise;

/**
 * The dose the log and the player start from. An exercise's own starting dose when the
 * catalog has one; an imported exercise whose dose is not written yet still gets logged,
 * from a common starting point: 2 × 20–30 s holds for a stretch (Garber et al. 2011,
 * ACSM), 3 × 20–30 s holds for another static hold, 3 × 8–12 reps with 90 s rest for
 * anything else (Ratamess et al. 2009, ACSM progression models, novice line). The person
 * logs what they did either way.
 */
public final class StartingDose {

	private static final Dose STRETCH = new Dose(2, null, null, 20, 30, 15);

	private static final Dose HOLD = new Dose(3, null, null, 20, 30, 45);

	private static final Dose REPS = new Dose(3, 8, 12, null, null, 90);

	private StartingDose() {
	}

	public static Dose of(Exercise exercise) {
		if (exercise.defaultDose() != null) {
			return exercise.defaultDose();
		}
		if ("stretching".equals(exercise.category()) || "stretch".equals(exercise.force())) {
			return STRETCH;
		}
		return "static".equals(exercise.force()) ? HOLD : REPS;
	}

	/** Whether the dose is the exercise's own, written for it. */
	public static boolean written(Exercise exercise) {
		return exercise.defaultDose() != null;
	}

}
