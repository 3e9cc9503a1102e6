package org.fitatlas.catalog;

import java.util.List;

/**
 * An exercise with its links resolved: the ladder, alternatives and related exercises.
 *
 * @param retired true when the exercise's file was removed; it stays readable for plans
 * and logs that refer to it, but no longer appears in lists
 * @param related the most similar other exercises, best first (docs/topic-pages.md)
 */
public record ExerciseDetail(Exercise exercise, boolean retired, List<ExerciseRef> easier, List<ExerciseRef> harder,
		List<ExerciseRef> alternatives, List<RelatedExercise> related) {

	public ExerciseDetail {
		easier = List.copyOf(easier);
		harder = List.copyOf(harder);
		alternatives = List.copyOf(alternatives);
		related = List.copyOf(related);
	}

}
