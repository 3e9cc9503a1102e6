package org.fitatlas.catalog.web;

import java.util.Set;

import org.fitatlas.catalog.Dose;
import org.fitatlas.catalog.Exercise;

/**
 * What the tools on an exercise page need: whether a one-rep-max calculator makes sense
 * (the exercise moves an external load) and, for a timed exercise, the hold to run.
 *
 * @param loaded whether the exercise is done with a barbell, dumbbell, kettlebell,
 * machine or cable, or carries the external-load trait
 * @param timed whether the starting dose is a hold rather than repetitions
 * @param sets sets of the starting dose
 * @param holdSeconds the shortest hold of the starting dose, 0 when not timed
 * @param restSeconds rest between sets of the starting dose
 * @param eachSide whether each side is held in turn (left, then right)
 */
record ExerciseTools(boolean loaded, boolean timed, int sets, int holdSeconds, int restSeconds, boolean eachSide) {

	/** The equipment whose weight a person chooses, so a 1RM means something. */
	static final Set<String> LOADED_EQUIPMENT = Set.of("barbell", "dumbbell", "kettlebell", "machine", "cable");

	/** A short pause to change sides during an each-side hold. */
	static final int SWITCH_SIDES_SECONDS = 5;

	ExerciseTools {
		if (sets < 1 || holdSeconds < 0 || restSeconds < 0) {
			throw new IllegalArgumentException(
					"sets must be ≥ 1 and seconds ≥ 0, was " + sets + ", " + holdSeconds + ", " + restSeconds);
		}
	}

	static ExerciseTools of(Exercise exercise) {
		boolean loaded = exercise.traits().contains("external-load")
				|| exercise.equipment().stream().anyMatch(LOADED_EQUIPMENT::contains);
		Dose dose = exercise.defaultDose();
		if (dose == null) {
			// an imported exercise whose dose is not written yet: plain timers, no preset
			return new ExerciseTools(loaded, false, 1, 0, 0, "each-side".equals(exercise.sides()));
		}
		int hold = dose.timed() ? dose.holdSeconds() : 0;
		return new ExerciseTools(loaded, dose.timed(), dose.sets(), hold, dose.restSeconds(),
				"each-side".equals(exercise.sides()));
	}

	public int switchSeconds() {
		return SWITCH_SIDES_SECONDS;
	}

}
