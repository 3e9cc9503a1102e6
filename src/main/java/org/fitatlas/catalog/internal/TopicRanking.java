package org.fitatlas.catalog.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.fitatlas.catalog.Effectiveness;
import org.fitatlas.catalog.Exercise;
import org.fitatlas.catalog.ExerciseRef;
import org.fitatlas.catalog.RankedExercise;
import org.fitatlas.catalog.Taxonomy;
import org.fitatlas.catalog.Topic;

/**
 * The exercises of a muscle, body part or piece of equipment, best first: score =
 * centrality + evidence + level, as docs/topic-pages.md explains.
 */
public final class TopicRanking {

	/** A target muscle, the heart of the centrality score. */
	static final double TARGET = 3;

	/** A muscle that helps: it works, but it is not what the exercise is for. */
	static final double SECONDARY = 1;

	/** Added for focus: divided among the exercise's targets (or its equipment). */
	static final double FOCUS = 1;

	/** The most a measured figure can add (relative EMG 150 or more). */
	static final double EVIDENCE_MAX = 1.5;

	private static final Map<String, Double> LEVEL = Map.of("beginner", 0.6, "intermediate", 0.3, "advanced", 0.0);

	private static final String STRETCHING = "stretching";

	private TopicRanking() {
	}

	/**
	 * The topic for a known token of one of the three tables.
	 * @param limit the most exercises listed as best and as stretches each
	 */
	public static Topic rank(Taxonomy taxonomy, String table, String token, List<Exercise> active, int limit) {
		Taxonomy.Term term = taxonomy.table(table).get(token);
		if (term == null) {
			throw new IllegalArgumentException("no " + table + " token '" + token + "'");
		}
		List<Exercise> members = active.stream().filter((e) -> belongs(e, table, token)).toList();
		Map<String, Integer> targetCounts = counts(members, false, token);
		List<String> strong;
		List<String> light;
		if (table.equals(Taxonomy.MUSCLES)) {
			strong = List.of(token);
			light = top(counts(members.stream().filter((e) -> e.targetMuscles().contains(token)).toList(), true, token),
					4);
		}
		else {
			int max = targetCounts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
			strong = targetCounts.entrySet()
				.stream()
				.filter((c) -> c.getValue() * 2 >= max)
				.map(Map.Entry::getKey)
				.toList();
			light = targetCounts.keySet().stream().filter((m) -> !strong.contains(m)).toList();
		}
		Set<String> typical = new HashSet<>(strong);
		List<RankedExercise> ranked = new ArrayList<>();
		for (Exercise e : members) {
			ranked.add(score(e, table, term, typical));
		}
		ranked.sort(Comparator.comparingDouble(RankedExercise::score)
			.reversed()
			.thenComparing((r) -> r.exercise().name().toLowerCase(Locale.ROOT)));
		Set<String> stretchSlugs = new HashSet<>();
		members.stream().filter((e) -> e.category().equals(STRETCHING)).forEach((e) -> stretchSlugs.add(e.slug()));
		List<RankedExercise> best = ranked.stream()
			.filter((r) -> !stretchSlugs.contains(r.exercise().slug()))
			.limit(limit)
			.toList();
		List<RankedExercise> stretches = ranked.stream()
			.filter((r) -> stretchSlugs.contains(r.exercise().slug()))
			.limit(limit)
			.toList();
		return new Topic(table, term, best, stretches, members.size(), strong, light);
	}

	static boolean belongs(Exercise e, String table, String token) {
		return switch (table) {
			case Taxonomy.MUSCLES -> e.works(token, false);
			case Taxonomy.BODY_PARTS -> e.bodyPart().equals(token);
			case Taxonomy.EQUIPMENT -> e.equipment().contains(token);
			default -> throw new IllegalArgumentException("no pages for the table '" + table + "'");
		};
	}

	static RankedExercise score(Exercise e, String table, Taxonomy.Term term, Set<String> typicalMuscles) {
		String token = term.token();
		double centrality;
		String role;
		switch (table) {
			case Taxonomy.MUSCLES -> {
				boolean target = e.targetMuscles().contains(token);
				centrality = target ? TARGET + FOCUS / e.targetMuscles().size() : SECONDARY;
				role = target ? "target" : "secondary";
			}
			case Taxonomy.BODY_PARTS -> {
				long typical = e.targetMuscles().stream().filter(typicalMuscles::contains).count();
				centrality = TARGET * typical / Math.max(1, e.targetMuscles().size()) + FOCUS;
				role = "body-part";
			}
			default -> {
				long others = e.equipment().stream().filter((q) -> !q.equals("mat") && !q.equals(token)).count();
				centrality = TARGET + FOCUS / (1 + others);
				role = "equipment";
			}
		}
		Effectiveness evidence = evidence(e, table, term);
		double score = centrality + ((evidence != null) ? Math.min(EVIDENCE_MAX, evidence.value() / 100) : 0)
				+ LEVEL.getOrDefault(e.level(), 0.0);
		return new RankedExercise(ExerciseRef.of(e), Math.round(score * 100) / 100.0, role, evidence);
	}

	/**
	 * A measured figure counts on a muscle page only when it measures that muscle, and on
	 * the other pages whenever there is one.
	 */
	static Effectiveness evidence(Exercise e, String table, Taxonomy.Term term) {
		Effectiveness effectiveness = e.effectiveness();
		if (effectiveness == null || !table.equals(Taxonomy.MUSCLES)) {
			return effectiveness;
		}
		String measure = effectiveness.measure().toLowerCase(Locale.ROOT);
		List<String> words = new ArrayList<>(term.synonyms());
		words.add(term.name());
		words.add(term.token().replace('-', ' '));
		return words.stream().anyMatch((w) -> measure.contains(w.toLowerCase(Locale.ROOT))) ? effectiveness : null;
	}

	/**
	 * How often each muscle is a target (or, with {@code secondary}, any muscle) of the
	 * exercises.
	 */
	private static Map<String, Integer> counts(List<Exercise> exercises, boolean secondary, String except) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (Exercise e : exercises) {
			List<String> muscles = new ArrayList<>(e.targetMuscles());
			if (secondary) {
				muscles.addAll(e.secondaryMuscles());
			}
			muscles.stream()
				.distinct()
				.filter((m) -> !m.equals(except))
				.forEach((m) -> counts.merge(m, 1, Integer::sum));
		}
		return counts;
	}

	private static List<String> top(Map<String, Integer> counts, int limit) {
		return counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(limit)
			.map(Map.Entry::getKey)
			.toList();
	}

}
