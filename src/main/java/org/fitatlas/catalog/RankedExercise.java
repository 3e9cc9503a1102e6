package org.fitatlas.catalog;

import org.jspecify.annotations.Nullable;

/**
 * An exercise on a muscle, body-part or equipment page with the score that placed it.
 *
 * @param score centrality + evidence + level (docs/topic-pages.md)
 * @param role how the exercise relates to the page: {@code target}, {@code secondary},
 * {@code body-part} or {@code equipment}
 * @param evidence the measured figure that counted, when one did
 */
public record RankedExercise(ExerciseRef exercise, double score, String role, @Nullable Effectiveness evidence) {

	public RankedExercise {
		if (!(score >= 0)) {
			throw new IllegalArgumentException("score must be 0 or more, was " + score);
		}
	}

}
