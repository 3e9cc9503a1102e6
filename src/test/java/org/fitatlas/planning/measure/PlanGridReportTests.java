package org.fitatlas.planning.measure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fitatlas.catalog.Exercise;
import org.fitatlas.catalog.internal.RepositoryCatalog;
import org.fitatlas.planning.Goal;
import org.fitatlas.planning.Plan;
import org.fitatlas.planning.PlanRequest;
import org.fitatlas.planning.internal.PlanBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The table of docs/planning.md: 216 plans (9 goals × 3 levels × 4 session lengths × 2
 * equipment sets, 3 days a week, 4 weeks), measured from the plans alone: how many
 * sessions use at least 80 % of the minutes asked for, the weekly hard sets per major
 * muscle group, and how many whole-body plans cover the six big movement patterns. Prints
 * the table; run with {@code ./mvnw -q test -Dtest=PlanGridReportTests}.
 */
class PlanGridReportTests {

	static final List<Integer> MINUTES = List.of(20, 45, 60, 90);

	static final Map<String, List<String>> EQUIPMENT = new LinkedHashMap<>();

	static {
		EQUIPMENT.put("body weight", List.of());
		EQUIPMENT.put("gym", List.of("machine", "cable", "dumbbell", "barbell", "bench", "kettlebell", "pull-up-bar",
				"exercise-ball", "band"));
	}

	static final Map<String, Set<String>> GROUPS = new LinkedHashMap<>();

	static {
		GROUPS.put("chest", Set.of("pectorals"));
		GROUPS.put("back", Set.of("latissimus-dorsi", "rhomboids", "trapezius"));
		GROUPS.put("quads", Set.of("quadriceps"));
		GROUPS.put("hamstrings", Set.of("hamstrings"));
		GROUPS.put("glutes", Set.of("gluteus-maximus"));
		GROUPS.put("shoulders", Set.of("deltoids"));
	}

	static final List<String> BIG_SIX = List.of("squat", "hinge", "horizontal-push", "vertical-push", "horizontal-pull",
			"vertical-pull");

	static final Map<String, Exercise> BY_SLUG = RepositoryCatalog.EXERCISES.stream()
		.collect(Collectors.toMap(Exercise::slug, Function.identity()));

	record Row(Goal goal, String level, int minutes, String equipment, Plan plan) {
	}

	/**
	 * The lower figure of weekly hard sets per group, beginner then trained, for goals
	 * that aim at volume (docs/planning.md).
	 */
	static final Map<Goal, int[]> FLOOR = Map.of(Goal.HYPERTROPHY, new int[] { 6, 10 }, Goal.STRENGTH,
			new int[] { 4, 6 }, Goal.GENERAL_FITNESS, new int[] { 2, 4 }, Goal.ENDURANCE, new int[] { 2, 4 });

	static int[] floor(Goal goal) {
		return FLOOR.get(goal);
	}

	static List<Row> grid() {
		List<Row> rows = new ArrayList<>();
		for (Goal goal : Goal.values()) {
			for (String level : List.of("beginner", "intermediate", "advanced")) {
				for (int minutes : MINUTES) {
					for (Map.Entry<String, List<String>> kit : EQUIPMENT.entrySet()) {
						PlanRequest request = new PlanRequest(goal, level, 3, minutes, 4, kit.getValue(), List.of(),
								null, List.of(), List.of(), null, 0);
						rows.add(new Row(goal, level, minutes, kit.getKey(),
								new PlanBuilder(request, RepositoryCatalog.EXERCISES, RepositoryCatalog.TAXONOMY)
									.build()));
					}
				}
			}
		}
		return rows;
	}

	/**
	 * Hard sets in one week per muscle group: main-block resistance sets, counted from
	 * target muscles.
	 */
	static Map<String, Integer> weeklySets(Plan.Week week) {
		Map<String, Integer> sets = new LinkedHashMap<>();
		GROUPS.keySet().forEach((g) -> sets.put(g, 0));
		for (Plan.Session s : week.sessions()) {
			for (Plan.Block b : s.blocks()) {
				if (!b.kind().equals("main")) {
					continue;
				}
				for (Plan.Item i : b.items()) {
					Exercise e = BY_SLUG.get(i.exercise().slug());
					if (!e.category().equals("strength") && !e.category().equals("plyometrics")) {
						continue;
					}
					GROUPS.forEach((g, muscles) -> {
						if (e.targetMuscles().stream().anyMatch(muscles::contains)) {
							sets.merge(g, i.sets(), Integer::sum);
						}
					});
				}
			}
		}
		return sets;
	}

	static int budget(Row row) {
		return (row.goal() == Goal.MORNING_ROUTINE) ? Math.min(15, row.minutes()) : row.minutes();
	}

	static Set<String> patternsCovered(Plan.Week week) {
		Set<String> covered = new TreeSet<>();
		week.sessions()
			.stream()
			.flatMap((s) -> s.blocks().stream())
			.filter((b) -> b.kind().equals("main"))
			.flatMap((b) -> b.items().stream())
			.map((i) -> BY_SLUG.get(i.exercise().slug()))
			.filter((e) -> e.category().equals("strength"))
			.forEach((e) -> covered.add(e.pattern()));
		return covered;
	}

	/**
	 * The big-six patterns a safe strength exercise within the equipment and level
	 * allows.
	 */
	static Set<String> available(Row row) {
		Set<String> have = new java.util.HashSet<>(EQUIPMENT.get(row.equipment()));
		have.add("none");
		have.add("mat");
		int level = List.of("beginner", "intermediate", "advanced").indexOf(row.level());
		Set<String> out = new TreeSet<>();
		for (Exercise e : RepositoryCatalog.EXERCISES) {
			if (e.category().equals("strength") && BIG_SIX.contains(e.pattern()) && have.containsAll(e.equipment())
					&& List.of("beginner", "intermediate", "advanced").indexOf(e.level()) <= level) {
				out.add(e.pattern());
			}
		}
		return out;
	}

	@Test
	void shouldPrintTheTableOfTheTwoHundredSixteenPlans() {
		List<Row> rows = grid();
		assertThat(rows).hasSize(216);
		StringBuilder out = new StringBuilder();
		out.append(
				"\n| goal | plans | sessions using ≥ 80 % of the time | sessions under 80 % in a plan with a warning | weekly hard sets in week 1, min–max over the plans: chest / back / quads / hamstrings / glutes / shoulders | plans whose week 1 covers every big-six pattern the equipment allows: gym / body weight | groups under the week's lower figure in week 1: named in a warning / all |\n");
		out.append("|---|---|---|---|---|---|---|\n");
		int allSessions = 0;
		int allFull = 0;
		for (Goal goal : Goal.values()) {
			List<Row> mine = rows.stream().filter((r) -> r.goal() == goal).toList();
			int sessions = 0;
			int full = 0;
			int shortWarned = 0;
			Map<String, int[]> range = new LinkedHashMap<>();
			GROUPS.keySet().forEach((g) -> range.put(g, new int[] { Integer.MAX_VALUE, 0 }));
			Map<String, int[]> coverage = new LinkedHashMap<>();
			coverage.put("gym", new int[2]);
			coverage.put("body weight", new int[2]);
			int[] under = new int[2];
			for (Row r : mine) {
				boolean warned = !r.plan().warnings().isEmpty();
				int[] floor = FLOOR.get(goal);
				if (floor != null) {
					int low = floor[r.level().equals("beginner") ? 0 : 1];
					weeklySets(r.plan().weeks().get(0)).forEach((g, n) -> {
						if (n < low) {
							under[1]++;
							if (r.plan()
								.warnings()
								.stream()
								.anyMatch((w) -> w.contains(" " + g + " ") && w.contains("hard set"))) {
								under[0]++;
							}
						}
					});
				}
				for (Plan.Week w : r.plan().weeks()) {
					for (Plan.Session s : w.sessions()) {
						sessions++;
						if (s.estimatedMinutes() * 100 >= 80 * budget(r)) {
							full++;
						}
						else if (warned) {
							shortWarned++;
						}
					}
				}
				weeklySets(r.plan().weeks().get(0)).forEach((g, n) -> {
					int[] mm = range.get(g);
					mm[0] = Math.min(mm[0], n);
					mm[1] = Math.max(mm[1], n);
				});
				int[] cov = coverage.get(r.equipment());
				cov[1]++;
				if (patternsCovered(r.plan().weeks().get(0)).containsAll(available(r))) {
					cov[0]++;
				}
			}
			allSessions += sessions;
			allFull += full;
			out.append(String.format(Locale.ROOT, "| %s | %d | %d of %d (%.0f %%) | %d | %s | %s | %s |%n",
					goal.token(), mine.size(), full, sessions, 100.0 * full / sessions, shortWarned,
					range.values().stream().map((mm) -> mm[0] + "–" + mm[1]).collect(Collectors.joining(" / ")),
					coverage.get("gym")[0] + " of " + coverage.get("gym")[1] + " / " + coverage.get("body weight")[0]
							+ " of " + coverage.get("body weight")[1],
					(floor(goal) == null) ? "no lower figure" : under[0] + " / " + under[1]));
		}
		out.append(String.format(Locale.ROOT, "| all | %d | %d of %d (%.0f %%) | | | | |%n", rows.size(), allFull,
				allSessions, 100.0 * allFull / allSessions));
		System.out.println(out);
		assertThat(100.0 * allFull / allSessions).as("share of sessions using at least 80 %% of the time")
			.isGreaterThanOrEqualTo(85.0);
	}

}
