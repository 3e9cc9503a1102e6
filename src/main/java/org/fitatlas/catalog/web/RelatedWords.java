package org.fitatlas.catalog.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fitatlas.catalog.RelatedExercise;
import org.fitatlas.catalog.Taxonomy;

/**
 * Says why a related exercise is listed: the target muscles it shares, and the same
 * equipment or level.
 */
final class RelatedWords {

	private RelatedWords() {
	}

	/** The words for each related exercise, by slug. */
	static Map<String, String> of(List<RelatedExercise> related, Taxonomy taxonomy) {
		Map<String, String> words = new LinkedHashMap<>();
		for (RelatedExercise r : related) {
			List<String> parts = new ArrayList<>();
			if (!r.sharedTargets().isEmpty()) {
				parts.add("Also targets " + String.join(", ",
						r.sharedTargets().stream().map((m) -> taxonomy.displayName(Taxonomy.MUSCLES, m)).toList()));
			}
			else {
				parts.add("Works the same muscles differently");
			}
			if (r.sameEquipment()) {
				parts.add("same equipment");
			}
			if (r.sameLevel()) {
				parts.add("same level");
			}
			words.put(r.exercise().slug(), String.join(" · ", parts));
		}
		return words;
	}

}
