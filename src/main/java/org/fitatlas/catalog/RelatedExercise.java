package org.fitatlas.catalog;

import java.util.List;

/**
 * Another exercise like this one, with what makes it alike.
 *
 * @param score the similarity (docs/topic-pages.md, "Related exercises")
 * @param sharedTargets target muscles both exercises have
 * @param sameEquipment whether both need the same equipment
 * @param sameLevel whether both have the same level
 */
public record RelatedExercise(ExerciseRef exercise, double score, List<String> sharedTargets, boolean sameEquipment,
		boolean sameLevel) {

	public RelatedExercise {
		sharedTargets = List.copyOf(sharedTargets);
		if (!(score > 0)) {
			throw new IllegalArgumentException("a related exercise needs a positive score, was " + score);
		}
	}

}
