package org.fitatlas.catalog;

import java.util.List;

/**
 * An exercise with its links resolved: the ladder, alternatives and related exercises.
 *
 * @param retired true when the exercise's file was removed; it stays readable for plans
 * and logs that refer to it, but no longer appears in lists
 */
public record ExerciseDetail(Exercise exercise, boolean retired, List<ExerciseRef> easier, List<ExerciseRef> harder,
		List<ExerciseRef> alternatives, Related related) {

	/** Other exercises that share the target muscle, the body part or the equipment. */
	public record Related(List<ExerciseRef> sameTargetMuscle, List<ExerciseRef> sameBodyPart,
			List<ExerciseRef> sameEquipment) {
	}

}
