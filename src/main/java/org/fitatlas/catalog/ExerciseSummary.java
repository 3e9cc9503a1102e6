package org.fitatlas.catalog;

import java.util.List;

/**
 * An exercise as a list shows it.
 */
public record ExerciseSummary(String slug, String name, String summary, String bodyPart, List<String> targetMuscles,
		List<String> equipment, String level, String category) {

	public static ExerciseSummary of(Exercise e) {
		return new ExerciseSummary(e.slug(), e.name(), e.summary(), e.bodyPart(), e.targetMuscles(), e.equipment(),
				e.level(), e.category());
	}

}
