package org.fitatlas.catalog.web;

import java.util.List;

import org.fitatlas.catalog.BodyMapView;
import org.fitatlas.catalog.Taxonomy;
import org.fitatlas.catalog.Topic;
import org.jspecify.annotations.Nullable;

/**
 * Words, links and the body map of the muscle, body-part and equipment pages.
 */
final class TopicPages {

	/** How many exercises a page lists before "all of them". */
	static final int SHOWN = 12;

	private TopicPages() {
	}

	static String title(Topic topic) {
		return topic.term().name() + (topic.table().equals(Taxonomy.MUSCLES) ? ": best exercises and stretches"
				: " exercises and stretches");
	}

	static String metaDescription(Topic topic, Taxonomy taxonomy) {
		String count = topic.total() + " exercises in the atlas, best first, with their stretches.";
		String about = topic.term().description();
		return about.isBlank() ? topic.term().name() + ": " + count : about + " " + count;
	}

	/** The atlas filtered the same way, where the atlas's filter means the same thing. */
	static @Nullable String atlasLink(String table, String token) {
		return switch (table) {
			case Taxonomy.MUSCLES -> "/exercises?muscle=" + token;
			case Taxonomy.BODY_PARTS -> "/exercises?bodyPart=" + token;
			// the atlas's equipment filter means "equipment I have" and adds body-weight
			// work: not the same list
			default -> null;
		};
	}

	static String indexLink(String table) {
		return switch (table) {
			case Taxonomy.MUSCLES -> "/muscles";
			case Taxonomy.BODY_PARTS -> "/body-parts";
			default -> "/equipment";
		};
	}

	static String indexName(String table) {
		return switch (table) {
			case Taxonomy.MUSCLES -> "Every muscle";
			case Taxonomy.BODY_PARTS -> "Every body part";
			default -> "All equipment";
		};
	}

	static BodyMapView bodyMap(Topic topic, Taxonomy taxonomy) {
		boolean muscle = topic.table().equals(Taxonomy.MUSCLES);
		String name = topic.term().name();
		return BodyMapView.build("topic-map",
				muscle ? name + " on the body map" : "Muscles that " + name + " exercises work", taxonomy,
				topic.strongMuscles(), topic.lightMuscles(), (m) -> "/muscles/" + m,
				muscle ? "This muscle" : "Most of its exercises target", muscle ? "Often works with" : "Also worked");
	}

	/** The words after an exercise in a ranked list: why it is there. */
	static String why(org.fitatlas.catalog.RankedExercise r, Taxonomy taxonomy) {
		String role = switch (r.role()) {
			case "target" -> "works it as a target";
			case "secondary" -> "works it as a helper";
			default -> "";
		};
		String level = taxonomy.displayName(Taxonomy.LEVELS, r.exercise().level());
		List<String> parts = new java.util.ArrayList<>();
		parts.add(level);
		if (!role.isEmpty()) {
			parts.add(role);
		}
		if (r.evidence() != null) {
			parts.add("measured: " + r.evidence().measure() + " " + Math.round(r.evidence().value()) + " ("
					+ r.evidence().source().replaceAll(",.*", "") + ")");
		}
		return String.join(" · ", parts);
	}

}
