package org.fitatlas.planning.conformance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

/**
 * The coaching rules of {@code docs/planning.md} (issue 10) read independently of the
 * generator: movement patterns, the same lift twice, the vertical pull, weekly sets per
 * muscle group, the load step, the use of the time asked for and the acute-back
 * programme. Used by {@link PlanChecker}.
 */
final class CoachRules {

	static final Set<String> PATTERN_GOALS = Set.of("strength", "hypertrophy", "general-fitness");

	static final List<String> PUSHES_AND_PULLS = List.of("horizontal-push", "vertical-push", "horizontal-pull",
			"vertical-pull");

	static final Set<String> VERTICAL_PULL_KIT = Set.of("pull-up-bar", "cable", "machine", "band");

	/**
	 * Words in a slug that name equipment, not the movement (the contract's "same lift").
	 */
	static final Set<String> EQUIPMENT_WORDS = Set.of("barbell", "dumbbell", "kettlebell", "cable", "band", "banded",
			"smith", "machine", "weighted", "bodyweight");

	/** The six groups and the target muscles that count for each. */
	static final Map<String, Set<String>> GROUPS = new LinkedHashMap<>();

	static {
		GROUPS.put("chest", Set.of("pectorals"));
		GROUPS.put("back", Set.of("latissimus-dorsi", "rhomboids", "trapezius"));
		GROUPS.put("quads", Set.of("quadriceps"));
		GROUPS.put("hamstrings", Set.of("hamstrings"));
		GROUPS.put("glutes", Set.of("gluteus-maximus"));
		GROUPS.put("shoulders", Set.of("deltoids"));
	}

	/**
	 * Highest weekly hard sets per group by goal, beginner then trained (intermediate,
	 * advanced).
	 */
	static final Map<String, int[]> MAX_WEEKLY_SETS = Map.of("hypertrophy", new int[] { 12, 20 }, "strength",
			new int[] { 10, 15 }, "general-fitness", new int[] { 8, 12 }, "endurance", new int[] { 8, 12 });

	/**
	 * Lowest weekly hard sets per group by goal, beginner then trained: a group under it
	 * needs a warning that names it.
	 */
	static final Map<String, int[]> MIN_WEEKLY_SETS = Map.of("hypertrophy", new int[] { 6, 10 }, "strength",
			new int[] { 4, 6 }, "general-fitness", new int[] { 2, 4 }, "endurance", new int[] { 2, 4 });

	/** Goals without a volume target still keep every group to a sensible ceiling. */
	static final int CAP_WITHOUT_TARGET = 12;

	/** The gentle programme for an acute back, by slug, walking included. */
	static final Set<String> ACUTE_PROGRAMME = Set.of("pelvic-tilt", "supine-knee-drop-twist", "single-knee-to-chest",
			"cat-cow", "prone-press-up", "walking");

	private final PlanChecker checker;

	private final Map<String, JsonNode> catalog;

	CoachRules(PlanChecker checker, Map<String, JsonNode> catalog) {
		this.checker = checker;
		this.catalog = catalog;
	}

	void check(PlanChecker.Request request, JsonNode plan, List<String> warnings, List<String> violations) {
		boolean acute = request.has("acute-low-back-pain");
		boolean patternGoal = PATTERN_GOALS.contains(request.goal()) && !acute;
		int cap = "morning-routine".equals(request.goal()) ? Math.min(15, request.minutesPerSession())
				: request.minutesPerSession();
		boolean timeExplained = warnings.stream().anyMatch((w) -> w.contains("minutes"));
		for (JsonNode week : plan.path("weeks")) {
			int w = week.path("week").asInt();
			List<JsonNode> weekMain = new ArrayList<>();
			for (JsonNode session : week.path("sessions")) {
				String where = "week " + w + " day " + session.path("day").asInt();
				List<JsonNode> main = main(session);
				weekMain.addAll(main);
				if (patternGoal) {
					checkSessionPatterns(where, main, violations);
				}
				if (acute) {
					checkAcuteSession(where, session, main, violations);
				}
				int minutes = session.path("estimatedMinutes").asInt();
				if (minutes * 100 < 80 * cap && !timeExplained) {
					violations.add(where + ": " + minutes + " of the " + cap
							+ " minutes asked for (under 80 %), and no warning says why");
				}
			}
			if (patternGoal) {
				checkWeekPatterns(request, w, weekMain, violations);
			}
			checkWeeklySets(request, week, weekMain, warnings, violations);
		}
		checkLoadSteps(request, plan, violations);
		new OneRepMaxRules(this.catalog).check(request, plan, violations);
		if (acute && (warnings.isEmpty() || !warnings.get(0).contains("pain"))) {
			violations.add("warnings: acute low back pain, but the pain rules are not the first warning");
		}
	}

	// ---------------------------------------------------------------- patterns

	static String lift(String slug) {
		String lift = Arrays.stream(slug.split("-"))
			.filter((word) -> !EQUIPMENT_WORDS.contains(word))
			.collect(Collectors.joining("-"));
		return lift.isEmpty() ? slug : lift;
	}

	boolean sameLift(String a, String b) {
		if (a.equals(b) || lift(a).equals(lift(b))) {
			return true;
		}
		JsonNode ea = this.catalog.get(a);
		JsonNode eb = this.catalog.get(b);
		return ea != null && eb != null
				&& (PlanChecker.refs(ea.get("easier")).contains(b) || PlanChecker.refs(ea.get("harder")).contains(b)
						|| PlanChecker.refs(eb.get("easier")).contains(a)
						|| PlanChecker.refs(eb.get("harder")).contains(a));
	}

	private void checkSessionPatterns(String where, List<JsonNode> main, List<String> violations) {
		Map<String, List<String>> byPattern = new LinkedHashMap<>();
		for (int i = 0; i < main.size(); i++) {
			String a = slug(main.get(i));
			byPattern.computeIfAbsent(pattern(a), (p) -> new ArrayList<>()).add(a);
			for (int j = i + 1; j < main.size(); j++) {
				String b = slug(main.get(j));
				if (sameLift(a, b)) {
					violations.add(where + ": the same lift twice in one session (" + a + " and " + b + ")");
				}
			}
		}
		byPattern.forEach((pattern, slugs) -> {
			if (slugs.size() > 2) {
				violations.add(where + ": " + slugs.size() + " exercises of pattern " + pattern + " " + slugs
						+ " (at most two)");
			}
		});
	}

	private void checkWeekPatterns(PlanChecker.Request request, int week, List<JsonNode> main,
			List<String> violations) {
		Set<String> covered = main.stream().map((i) -> pattern(slug(i))).collect(Collectors.toSet());
		boolean pullKit = request.equipment().stream().anyMatch(VERTICAL_PULL_KIT::contains);
		if (pullKit && available(request, "vertical-pull") && !covered.contains("vertical-pull")) {
			violations.add("week " + week + ": no vertical pull although " + request.equipment()
					+ " allows one (pull-up, chin-up or pulldown)");
		}
		// both pushes and both pulls, where the equipment allows and the week has the
		// room: sessions of at least 30 minutes, two of them or one of at least 45
		boolean room = request.minutesPerSession() >= 30
				&& (request.daysPerWeek() >= 2 || request.minutesPerSession() >= 45);
		for (String pattern : PUSHES_AND_PULLS) {
			if (room && !pattern.equals("vertical-pull") && available(request, pattern) && !covered.contains(pattern)) {
				violations.add("week " + week + ": no " + pattern + " although the equipment allows one");
			}
		}
	}

	/**
	 * Whether a safe strength exercise of the pattern is within the person's equipment
	 * and level.
	 */
	private boolean available(PlanChecker.Request request, String pattern) {
		return this.catalog.values()
			.stream()
			.anyMatch((e) -> pattern.equals(PlanChecker.text(e, "pattern"))
					&& "strength".equals(PlanChecker.text(e, "category"))
					&& PlanChecker.LEVELS.indexOf(PlanChecker.text(e, "level")) <= request.levelIndex()
					&& this.checker.equipmentAllows(e, request) && this.checker.unsafeReasons(e, request).isEmpty());
	}

	// ---------------------------------------------------------------- volume

	private void checkWeeklySets(PlanChecker.Request request, JsonNode week, List<JsonNode> main, List<String> warnings,
			List<String> violations) {
		String where = "week " + week.path("week").asInt();
		JsonNode shown = week.get("weeklySets");
		if (shown == null || !shown.isObject()) {
			violations.add(where + ": no weeklySets");
			return;
		}
		int[] max = MAX_WEEKLY_SETS.get(request.goal());
		for (Map.Entry<String, Set<String>> group : GROUPS.entrySet()) {
			int sets = 0;
			for (JsonNode item : main) {
				JsonNode e = this.catalog.get(slug(item));
				String category = PlanChecker.text(e, "category");
				if (("strength".equals(category) || "plyometrics".equals(category))
						&& PlanChecker.strings(e.get("targetMuscles")).stream().anyMatch(group.getValue()::contains)) {
					sets += item.path("sets").asInt();
				}
			}
			int listed = shown.path(group.getKey()).asInt(-1);
			if (listed != sets) {
				violations.add(where + ": weeklySets." + group.getKey() + " is " + listed + ", the main blocks hold "
						+ sets + " hard sets");
			}
			if (request.has("acute-low-back-pain")) {
				continue;
			}
			int limit = (max != null) ? max[("beginner".equals(request.level())) ? 0 : 1] : CAP_WITHOUT_TARGET;
			if (sets > limit) {
				violations.add(where + ": " + sets + " hard sets for " + group.getKey() + ", above " + limit + " for "
						+ request.goal() + "/" + request.level());
			}
			int[] min = MIN_WEEKLY_SETS.get(request.goal());
			if (min != null && !week.path("deload").asBoolean()) {
				int floor = min[("beginner".equals(request.level())) ? 0 : 1];
				boolean explained = warnings.stream()
					.anyMatch((w) -> w.contains(" " + group.getKey() + " ") && w.contains("hard set"));
				if (sets < floor && !explained) {
					violations.add(where + ": " + sets + " hard sets for " + group.getKey() + ", under " + floor
							+ " for " + request.goal() + "/" + request.level() + ", and no warning names the group");
				}
			}
		}
	}

	// ---------------------------------------------------------------- load

	/**
	 * A loaded item that goes back down its range must say to add the step from the rules
	 * file, and a loaded item never adds sets.
	 */
	private void checkLoadSteps(PlanChecker.Request request, JsonNode plan, List<String> violations) {
		JsonNode weeks = plan.path("weeks");
		boolean beginner = "beginner".equals(request.level());
		for (int w = 1; w < weeks.size(); w++) {
			int number = w + 1;
			if (!beginner && number % 4 == 0) {
				continue;
			}
			// after a deload week, compare with the week before it
			JsonNode before = weeks.get((!beginner && (number - 1) % 4 == 0) ? w - 2 : w - 1);
			JsonNode now = weeks.get(w);
			for (int s = 0; s < now.path("sessions").size(); s++) {
				List<JsonNode> a = main(before.path("sessions").path(s));
				List<JsonNode> b = main(now.path("sessions").path(s));
				for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
					String slug = slug(b.get(i));
					JsonNode e = this.catalog.get(slug);
					if (!slug.equals(slug(a.get(i))) || e == null || !loaded(e)
							|| b.get(i).hasNonNull("percentOfOneRepMax")) {
						continue;
					}
					String at = "week " + number + " day " + now.path("sessions").path(s).path("day").asInt() + " "
							+ slug;
					if (b.get(i).path("sets").asInt() > a.get(i).path("sets").asInt()) {
						violations.add(
								at + ": a loaded exercise adds a set; it should add load at the top of its " + "range");
					}
					Integer repsA = PlanChecker.intOrNull(a.get(i), "reps");
					Integer repsB = PlanChecker.intOrNull(b.get(i), "reps");
					if (repsA != null && repsB != null && repsB < repsA) {
						String step = step(e);
						String why = PlanChecker.text(b.get(i), "why");
						if (!why.contains("add " + step)) {
							violations.add(at + ": reps go back from " + repsA + " to " + repsB
									+ " but the item does not say to add " + step + ": " + why);
						}
						int low = PlanChecker.doses(request).get(request.levelIndex()).repsMin();
						if (repsB != low) {
							violations.add(at + ": after adding load reps restart at " + repsB
									+ ", not the bottom of the" + " range (" + low + ")");
						}
					}
				}
			}
		}
	}

	static boolean loaded(JsonNode e) {
		return PlanChecker.strings(e.get("traits")).contains("external-load")
				&& ("strength".equals(PlanChecker.text(e, "category"))
						|| "plyometrics".equals(PlanChecker.text(e, "category")))
				&& PlanChecker.intOrNull(e.path("defaultDose"), "reps") != null;
	}

	/** The rules file's smallest load step for the exercise's equipment. */
	static String step(JsonNode e) {
		Set<String> kit = PlanChecker.strings(e.get("equipment"));
		if (kit.contains("barbell") || kit.contains("machine") || kit.contains("cable")) {
			return "2.5 kg";
		}
		if (kit.contains("kettlebell")) {
			return "4 kg";
		}
		if (kit.contains("band")) {
			return "a stronger band";
		}
		return "0.5 kg";
	}

	// ---------------------------------------------------------------- acute back

	private void checkAcuteSession(String where, JsonNode session, List<JsonNode> workOnly, List<String> violations) {
		List<JsonNode> all = new ArrayList<>();
		int mainSeconds = 0;
		int total = 0;
		for (JsonNode block : session.path("blocks")) {
			for (JsonNode item : block.path("items")) {
				int seconds = seconds(item);
				total += seconds;
				if ("main".equals(block.path("kind").asString(""))) {
					all.add(item);
					mainSeconds += seconds;
				}
			}
		}
		Set<String> movements = all.stream().map(CoachRules::slug).collect(Collectors.toSet());
		if (movements.size() < 4 || movements.size() > 6) {
			violations.add(where + ": acute back session with " + movements.size() + " movements " + movements
					+ " (a gentle programme of 4-6)");
		}
		long known = movements.stream().filter(ACUTE_PROGRAMME::contains).count();
		if (known < 3) {
			violations.add(where + ": only " + known + " of the standard gentle movements for an acute back "
					+ ACUTE_PROGRAMME + " in " + movements);
		}
		if (mainSeconds * 2 < total) {
			violations.add(where + ": the acute back programme fills " + mainSeconds + " of " + total
					+ " s, less than half the session");
		}
	}

	// ---------------------------------------------------------------- helpers

	private List<JsonNode> main(JsonNode session) {
		List<JsonNode> out = new ArrayList<>();
		for (JsonNode block : session.path("blocks")) {
			if ("main".equals(block.path("kind").asString(""))) {
				block.path("items").forEach(out::add);
			}
		}
		if (!out.isEmpty()
				&& PlanChecker.finisher(out.get(out.size() - 1), this.catalog.get(slug(out.get(out.size() - 1))))) {
			out.remove(out.size() - 1);
		}
		return out;
	}

	private String pattern(String slug) {
		JsonNode e = this.catalog.get(slug);
		return (e != null) ? PlanChecker.text(e, "pattern") : "";
	}

	static String slug(JsonNode item) {
		return item.path("exercise").path("slug").asString("");
	}

	static int seconds(JsonNode item) {
		int sets = item.path("sets").asInt();
		Integer hold = PlanChecker.intOrNull(item, "holdSeconds");
		Integer reps = PlanChecker.intOrNull(item, "reps");
		Integer repsMax = PlanChecker.intOrNull(item, "repsMax");
		int top = (repsMax != null) ? repsMax : (reps != null) ? reps : 0;
		int sides = item.path("perSide").asBoolean() ? 2 : 1;
		int work = (hold != null) ? hold : top * 3;
		return 20 + sets * sides * work + (sets - 1) * item.path("restSeconds").asInt();
	}

}
