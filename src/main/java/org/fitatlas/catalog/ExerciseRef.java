package org.fitatlas.catalog;

/**
 * A link to another exercise: enough to show its name and level.
 */
public record ExerciseRef(String slug, String name, String level) {

	public static ExerciseRef of(Exercise exercise) {
		return new ExerciseRef(exercise.slug(), exercise.name(), exercise.level());
	}

}
