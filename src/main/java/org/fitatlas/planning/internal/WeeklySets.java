package org.fitatlas.planning.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fitatlas.catalog.Exercise;
import org.fitatlas.planning.Goal;
import org.fitatlas.planning.Plan;
import org.fitatlas.planning.PlanRequest;

/**
 * Weekly hard sets per major muscle group, counted from target muscles: every set of a
 * main-block strength or plyometric exercise counts once for each group one of its target
 * muscles belongs to. The range a plan keeps within depends on goal and level.
 */
final class WeeklySets {

	/** The six major groups and the target muscles that count for each. */
	static final Map<String, Set<String>> GROUPS = groups();

	/** Hard sets a week, lowest and highest, with the source of the figures. */
	record Range(int low, int high, String source) {

		Range {
			if (low < 0 || high < low) {
				throw new IllegalArgumentException(
						"a range of weekly sets needs 0 <= low <= high, was " + low + "–" + high);
			}
		}

	}

	private static final String VOLUME = "Schoenfeld, Ogborn & Krieger 2017, dose-response of weekly sets and muscle "
			+ "growth";

	/** Cited inside parentheses in the plan's wording, so it holds none itself. */
	private static final String GENERAL_VOLUME = "ACSM 2011, Garber et al.";

	private static final String STRENGTH_VOLUME = "Ralston et al. 2017, weekly set volume and strength gain; ACSM 2009";

	/** The ceiling for goals without a volume target. */
	static final int CAP = 12;

	private static final String CAP_SOURCE = "no volume target for trunk, back and recovery work; at most the "
			+ "beginners' ceiling for muscle growth (Schoenfeld, Ogborn & Krieger 2017)";

	private WeeklySets() {
	}

	private static Map<String, Set<String>> groups() {
		Map<String, Set<String>> groups = new LinkedHashMap<>();
		groups.put("chest", Set.of("pectorals"));
		groups.put("back", Set.of("latissimus-dorsi", "rhomboids", "trapezius"));
		groups.put("quads", Set.of("quadriceps"));
		groups.put("hamstrings", Set.of("hamstrings"));
		groups.put("glutes", Set.of("gluteus-maximus"));
		groups.put("shoulders", Set.of("deltoids"));
		return java.util.Collections.unmodifiableMap(groups);
	}

	/**
	 * The range for a goal and level, or null for goals that do not aim at muscle volume.
	 * Trunk, back, recovery and morning plans have no lower figure, only a ceiling: the
	 * beginners' top for muscle growth, so no group piles up sets (a core plan once gave
	 * the glutes 36 a week).
	 */
	static Range range(Goal goal, String level) {
		boolean beginner = level.equals("beginner");
		return switch (goal) {
			case HYPERTROPHY -> beginner ? new Range(6, 12, VOLUME) : new Range(10, 20, VOLUME);
			case STRENGTH -> beginner ? new Range(4, 10, STRENGTH_VOLUME) : new Range(6, 15, STRENGTH_VOLUME);
			case GENERAL_FITNESS, ENDURANCE ->
				beginner ? new Range(2, 8, GENERAL_VOLUME) : new Range(4, 12, GENERAL_VOLUME);
			case CORE, BACK_HEALTH, POST_SURGERY_REHAB, MORNING_ROUTINE -> new Range(0, CAP, CAP_SOURCE);
			case FLEXIBILITY -> null;
		};
	}

	/**
	 * The range that applies to a request: none for an acute back, whose plan holds no
	 * resistance work.
	 */
	static Range range(PlanRequest request) {
		return request.has("acute-low-back-pain") ? null : range(request.goal(), request.level());
	}

	/** Whether the goal aims at muscle volume, so each group has a lower figure too. */
	static boolean volumeGoal(Goal goal) {
		Range range = range(goal, "beginner");
		return range != null && range.low() > 0;
	}

	/** The groups an exercise counts for: none unless it is resistance work. */
	static List<String> groupsOf(Exercise e) {
		if (!DoseRules.resistance(e)) {
			return List.of();
		}
		return GROUPS.entrySet()
			.stream()
			.filter((g) -> e.targetMuscles().stream().anyMatch(g.getValue()::contains))
			.map(Map.Entry::getKey)
			.toList();
	}

	/** Hard sets per group in one week of a plan. */
	static Map<String, Integer> of(List<Plan.Session> sessions, CandidatePool pool) {
		Map<String, Integer> sets = new LinkedHashMap<>();
		GROUPS.keySet().forEach((g) -> sets.put(g, 0));
		for (Plan.Session session : sessions) {
			for (Plan.Block block : session.blocks()) {
				if (!block.kind().equals("main")) {
					continue;
				}
				for (Plan.Item item : block.items()) {
					for (String group : groupsOf(pool.exercise(item.exercise().slug()))) {
						sets.merge(group, item.sets(), Integer::sum);
					}
				}
			}
		}
		return sets;
	}

}
