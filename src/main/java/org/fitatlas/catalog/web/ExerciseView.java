package org.fitatlas.catalog.web;

import java.util.List;

import org.fitatlas.catalog.Contraindication;
import org.fitatlas.catalog.Dose;
import org.fitatlas.catalog.Effectiveness;
import org.fitatlas.catalog.Exercise;
import org.fitatlas.catalog.ExerciseDetail;
import org.fitatlas.catalog.ExerciseRef;
import org.fitatlas.catalog.Faq;
import org.jspecify.annotations.Nullable;

/**
 * The whole exercise as the API returns it, with ladder and alternatives resolved.
 */
record ExerciseView(String slug, String name, List<String> aliases, String summary, String bodyPart,
		List<String> targetMuscles, List<String> secondaryMuscles, List<String> equipment, String level,
		String category, String force, String mechanic, String pattern, String position, String sides,
		@Nullable Dose defaultDose, List<String> steps, List<String> tips, List<String> mistakes, List<Faq> faq,
		String breathing, List<ExerciseRef> easier, List<ExerciseRef> harder, List<ExerciseRef> alternatives,
		List<org.fitatlas.catalog.RelatedExercise> related, List<Contraindication> contraindications,
		List<String> traits, @Nullable Effectiveness effectiveness, List<String> sources, boolean retired,
		List<String> missing) {

	static ExerciseView of(ExerciseDetail detail) {
		Exercise e = detail.exercise();
		return new ExerciseView(e.slug(), e.name(), e.aliases(), e.summary(), e.bodyPart(), e.targetMuscles(),
				e.secondaryMuscles(), e.equipment(), e.level(), e.category(), e.force(), e.mechanic(), e.pattern(),
				e.position(), e.sides(), e.defaultDose(), e.steps(), e.tips(), e.mistakes(), e.faq(), e.breathing(),
				detail.easier(), detail.harder(), detail.alternatives(), detail.related(), e.contraindications(),
				e.traits(), e.effectiveness(), e.sources(), detail.retired(), e.missing());
	}

}
