package org.fitatlas.catalog;

import java.util.List;

/**
 * A muscle, body part or piece of equipment with its best exercises and stretches, for
 * its own page.
 *
 * @param table the taxonomy table: {@link Taxonomy#MUSCLES}, {@link Taxonomy#BODY_PARTS}
 * or {@link Taxonomy#EQUIPMENT}
 * @param best the best exercises that are not stretches, highest score first
 * @param stretches its stretches, highest score first
 * @param total how many active exercises belong to the topic in all
 * @param strongMuscles the muscles the topic is about (the muscle itself, or those most
 * of its exercises target)
 * @param lightMuscles muscles that work alongside
 */
public record Topic(String table, Taxonomy.Term term, List<RankedExercise> best, List<RankedExercise> stretches,
		int total, List<String> strongMuscles, List<String> lightMuscles) {

	public Topic {
		if (!List.of(Taxonomy.MUSCLES, Taxonomy.BODY_PARTS, Taxonomy.EQUIPMENT).contains(table)) {
			throw new IllegalArgumentException("a topic is a muscle, body part or equipment, was '" + table + "'");
		}
		best = List.copyOf(best);
		stretches = List.copyOf(stretches);
		strongMuscles = List.copyOf(strongMuscles);
		lightMuscles = List.copyOf(lightMuscles);
	}

}
