package org.fitatlas.planning.conformance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * An independent reading of the training-plan contract ({@code docs/planning.md}): given
 * the request a person sent, the plan the API returned and the exercise catalog as the
 * exercise API shows it, lists every way the plan breaks the contract. An empty list
 * means the plan conforms.
 * <p>
 * Nothing here comes from the generator: every table below is copied from the contract,
 * and the plan and catalog are read only as JSON.
 */
public final class PlanChecker {

	static final List<String> LEVELS = List.of("beginner", "intermediate", "advanced");

	static final List<String> BLOCK_KINDS = List.of("warm-up", "main", "cool-down");

	/** Schedule table: days per week to the days (Monday = 1) the sessions fall on. */
	static final Map<Integer, List<Integer>> DAYS = Map.of(1, List.of(1), 2, List.of(1, 4), 3, List.of(1, 3, 5), 4,
			List.of(1, 2, 4, 5), 5, List.of(1, 2, 3, 5, 6), 6, List.of(1, 2, 3, 4, 5, 6), 7,
			List.of(1, 2, 3, 4, 5, 6, 7));

	/**
	 * Front, back and sides of the trunk, as back-health and core plans must train them.
	 */
	static final Map<String, Set<String>> TRUNK_SLOTS = new LinkedHashMap<>();

	static {
		TRUNK_SLOTS.put("front", Set.of("rectus-abdominis", "transverse-abdominis"));
		TRUNK_SLOTS.put("back", Set.of("erector-spinae", "multifidus"));
		TRUNK_SLOTS.put("sides", Set.of("obliques", "quadratus-lumborum"));
	}

	/** One cell of the dose table: sets × repsMin–repsMax, rest (isolation rest). */
	record Dose(int sets, int repsMin, int repsMax, int rest, int isolationRest) {

		Dose(int sets, int repsMin, int repsMax, int rest) {
			this(sets, repsMin, repsMax, rest, rest);
		}

	}

	/** The dose table of the contract (main block, reps-based), by goal then level. */
	static final Map<String, List<Dose>> DOSES = Map.of( //
			"strength", List.of(new Dose(2, 8, 12, 120, 90), new Dose(3, 8, 12, 150, 90), new Dose(4, 4, 6, 180)),
			"hypertrophy", List.of(new Dose(2, 8, 12, 90), new Dose(3, 8, 12, 90), new Dose(4, 6, 12, 120)),
			"endurance", List.of(new Dose(2, 15, 20, 45), new Dose(3, 15, 20, 45), new Dose(4, 15, 25, 60)), "core",
			List.of(new Dose(2, 10, 12, 45), new Dose(3, 10, 12, 60), new Dose(4, 10, 12, 60)), "back-health",
			List.of(new Dose(2, 10, 12, 45), new Dose(3, 10, 15, 45), new Dose(3, 12, 15, 60)), "general-fitness",
			List.of(new Dose(2, 10, 12, 60), new Dose(3, 10, 12, 60), new Dose(3, 10, 15, 60)), "morning-routine",
			List.of(new Dose(1, 10, 10, 30), new Dose(2, 10, 10, 30), new Dose(2, 10, 12, 30)), "post-surgery-rehab",
			List.of(new Dose(1, 8, 10, 60), new Dose(2, 8, 10, 60), new Dose(2, 8, 10, 60)));

	/** Timed non-stretch holds: the exercise's own hold times this factor, by level. */
	static final double[] HOLD_FACTOR = { 1.0, 1.5, 2.0 };

	/** Stretch holds by level (min, max) and the flexibility main-block sets. */
	static final int[][] STRETCH_HOLD = { { 20, 30 }, { 30, 45 }, { 30, 60 } };

	static final int[] FLEXIBILITY_STRETCH_SETS = { 2, 3, 4 };

	/**
	 * What the person asked for, with the contract's defaults filled in.
	 */
	public record Request(String goal, String level, int daysPerWeek, int minutesPerSession, int weeks,
			Set<String> equipment, Set<String> conditions, Integer pregnancyTrimester,
			Map<String, Double> oneRepMaxes) {

		public static Request of(Map<String, Object> map) {
			Map<String, Double> oneRepMaxes = new LinkedHashMap<>();
			if (map.get("oneRepMaxes") instanceof Map<?, ?> given) {
				given.forEach((slug, kg) -> oneRepMaxes.put(String.valueOf(slug), ((Number) kg).doubleValue()));
			}
			return new Request((String) map.get("goal"), (String) map.get("level"),
					((Number) map.get("daysPerWeek")).intValue(), ((Number) map.get("minutesPerSession")).intValue(),
					map.containsKey("weeks") ? ((Number) map.get("weeks")).intValue() : 4, tokens(map.get("equipment")),
					tokens(map.get("conditions")),
					map.containsKey("pregnancyTrimester") ? ((Number) map.get("pregnancyTrimester")).intValue() : null,
					oneRepMaxes);
		}

		private static Set<String> tokens(Object value) {
			Set<String> out = new LinkedHashSet<>();
			if (value instanceof Collection<?> c) {
				c.forEach((o) -> out.add(String.valueOf(o)));
			}
			return out;
		}

		int levelIndex() {
			return LEVELS.indexOf(this.level);
		}

		boolean has(String condition) {
			return this.conditions.contains(condition);
		}

	}

	/** One item of one session, with where it sits and the catalog's exercise. */
	private record Item(int week, int day, String kind, int index, JsonNode node, String slug, JsonNode exercise,
			boolean finisher) {

		String where() {
			return "week " + this.week + " day " + this.day + " " + this.kind + " #" + (this.index + 1) + " "
					+ this.slug;
		}

	}

	private final Map<String, JsonNode> catalog;

	/**
	 * @param catalog every active exercise, slug to the full exercise JSON of {@code GET
	 * /api/v1/exercises/{slug}}
	 */
	public PlanChecker(Map<String, JsonNode> catalog) {
		this.catalog = catalog;
	}

	public List<String> check(Map<String, Object> requestMap, JsonNode plan) {
		Request request = Request.of(requestMap);
		List<String> violations = new ArrayList<>();
		List<String> warnings = warnings(plan);
		JsonNode weeks = plan.path("weeks");
		if (!weeks.isArray()) {
			violations.add("plan: `weeks` is missing or not an array");
			return violations;
		}
		if (weeks.size() != request.weeks()) {
			violations.add("plan: " + weeks.size() + " weeks, but " + request.weeks() + " were asked for");
		}
		List<Item> items = new ArrayList<>();
		// week -> day -> session
		Map<Integer, Map<Integer, JsonNode>> sessions = new TreeMap<>();
		int weekIndex = 0;
		for (JsonNode week : weeks) {
			weekIndex++;
			int w = week.path("week").asInt(-1);
			if (w != weekIndex) {
				violations.add("week #" + weekIndex + ": numbered " + w + " (weeks must run 1.." + weeks.size() + ")");
			}
			checkDeloadFlag(request, week, weekIndex, violations);
			Map<Integer, JsonNode> byDay = new TreeMap<>();
			sessions.put(weekIndex, byDay);
			List<Integer> days = new ArrayList<>();
			for (JsonNode session : week.path("sessions")) {
				int day = session.path("day").asInt(-1);
				days.add(day);
				if (day < 1 || day > 7) {
					violations.add("week " + weekIndex + ": session on day " + day + " (days run 1-7, Monday = 1)");
				}
				if (byDay.put(day, session) != null) {
					violations.add("week " + weekIndex + " day " + day + ": two sessions on the same day");
				}
				items.addAll(checkSession(request, weekIndex, day, session, violations));
			}
			checkSchedule(request, weekIndex, days, warnings, violations);
		}
		checkExclusions(request, plan, items, violations);
		checkFortyEightHours(request, items, violations);
		checkTrunkCoverage(request, items, warnings, violations);
		checkBeginnerLadder(request, items, violations);
		checkProgression(request, sessions, violations);
		checkExplanations(request, plan, warnings, violations);
		new CoachRules(this, this.catalog).check(request, plan, warnings(plan), violations);
		return violations;
	}

	// ---------------------------------------------------------------- sessions and items

	private List<Item> checkSession(Request request, int week, int day, JsonNode session, List<String> violations) {
		String where = "week " + week + " day " + day;
		List<Item> items = new ArrayList<>();
		JsonNode blocks = session.path("blocks");
		List<String> kinds = new ArrayList<>();
		blocks.forEach((b) -> kinds.add(b.path("kind").asString("")));
		if (!kinds.equals(BLOCK_KINDS)) {
			violations.add(where + ": blocks are " + kinds + ", the contract wants " + BLOCK_KINDS + " in that order");
		}
		int total = 0;
		for (JsonNode block : blocks) {
			String kind = block.path("kind").asString("");
			int blockSeconds = 0;
			int index = 0;
			boolean hasStretch = false;
			if (!block.path("items").isArray() || block.path("items").isEmpty()) {
				violations.add(where + " " + kind + ": block has no items");
			}
			int count = block.path("items").size();
			for (JsonNode node : block.path("items")) {
				String slug = node.path("exercise").path("slug").asString("");
				JsonNode exercise = this.catalog.get(slug);
				boolean finisher = "main".equals(kind) && index == count - 1 && finisher(node, exercise);
				Item item = new Item(week, day, kind, index++, node, slug, exercise, finisher);
				if (exercise == null) {
					violations.add(item.where() + ": not an active catalog exercise");
					continue;
				}
				items.add(item);
				hasStretch |= "stretching".equals(text(exercise, "category"));
				blockSeconds += checkItem(request, item, violations);
			}
			if ("warm-up".equals(kind) && blockSeconds < 300) {
				violations.add(where + " warm-up: " + blockSeconds
						+ " s by the time model, the warm-up must be at least 300 s");
			}
			if ("cool-down".equals(kind) && !hasStretch) {
				violations.add(where + " cool-down: no exercise of category stretching");
			}
			total += blockSeconds;
		}
		int expected = (int) Math.ceil(total / 60.0);
		JsonNode minutesNode = session.get("estimatedMinutes");
		if (minutesNode == null || !minutesNode.isNumber()) {
			violations.add(where + ": no estimatedMinutes");
		}
		else {
			int minutes = minutesNode.asInt();
			if (Math.abs(minutes - expected) > 1) {
				violations.add(where + ": estimatedMinutes " + minutes + " but the time model gives " + total + " s = "
						+ expected + " min");
			}
			int cap = request.minutesPerSession();
			if ("morning-routine".equals(request.goal())) {
				cap = Math.min(cap, 15);
			}
			if (minutes > cap || expected > cap) {
				violations.add(where + ": " + Math.max(minutes, expected) + " min (estimatedMinutes " + minutes
						+ ", time model " + expected + ") exceeds the limit of " + cap + " min");
			}
		}
		return items;
	}

	/** Checks one item's dose and safety; returns its seconds by the time model. */
	private int checkItem(Request request, Item item, List<String> violations) {
		String where = item.where();
		JsonNode node = item.node();
		JsonNode e = item.exercise();
		String category = text(e, "category");
		boolean stretch = "stretching".equals(category);
		int level = request.levelIndex();

		// safety and equipment
		for (String reason : unsafeReasons(e, request)) {
			violations.add(where + ": unsafe for the profile (" + reason + ")");
		}
		if (!equipmentAllows(e, request)) {
			violations.add(where + ": needs " + strings(e.get("equipment")) + " but the person has "
					+ request.equipment() + " (+ none, mat)");
		}
		if (text(node, "why").isBlank()) {
			violations.add(where + ": no `why`");
		}
		if (text(node.path("exercise"), "name").isBlank()) {
			violations.add(where + ": exercise has no name");
		}
		int exerciseLevel = LEVELS.indexOf(text(e, "level"));
		if (item.week() == 1 && exerciseLevel > level) {
			violations.add(where + ": " + text(e, "level") + " exercise in week 1 for a " + request.level()
					+ " (candidates are at or below the person's level)");
		}
		if (exerciseLevel > level + 1) {
			violations
				.add(where + ": " + text(e, "level") + " exercise is more than one level above " + request.level());
		}
		if ("warm-up".equals(item.kind()) && !Set.of("mobility", "cardio").contains(category)) {
			violations.add(where + ": warm-up item of category " + category + " (warm-up is mobility or cardio)");
		}

		if (item.finisher()) {
			// the contract's finisher: one steady bout of cardio, 1-45 minutes, no rest
			Integer bout = intOrNull(node, "holdSeconds");
			if (bout == null || bout < 60 || bout > 2700) {
				violations.add(where + ": finisher of " + bout + " s (one steady bout of 60-2700 s)");
				return 0;
			}
			return 20 + bout;
		}

		// dose shape
		Integer sets = intOrNull(node, "sets");
		Integer reps = intOrNull(node, "reps");
		Integer repsMax = intOrNull(node, "repsMax");
		Integer hold = intOrNull(node, "holdSeconds");
		Integer rest = intOrNull(node, "restSeconds");
		JsonNode perSideNode = node.get("perSide");
		if (sets == null || sets < 1 || rest == null || rest < 0 || (reps == null) == (hold == null)
				|| perSideNode == null || !perSideNode.isBoolean()) {
			violations.add(where + ": incomplete dose (sets " + sets + ", reps " + reps + ", holdSeconds " + hold
					+ ", restSeconds " + rest + ", perSide " + perSideNode + ")");
			return 0;
		}
		if (repsMax != null && repsMax < reps) {
			violations.add(where + ": repsMax " + repsMax + " below reps " + reps);
		}
		boolean perSide = perSideNode.asBoolean();
		boolean eachSide = "each-side".equals(text(e, "sides"));
		if (perSide != eachSide) {
			violations.add(where + ": perSide " + perSide + " but the exercise's sides are " + text(e, "sides"));
		}
		int top = (repsMax != null) ? repsMax : (reps != null ? reps : 0);

		// doses
		if (stretch) {
			if (hold == null) {
				violations.add(where + ": a stretch dosed as reps; stretches are holds of 20-60 s");
			}
			else {
				int[] range = STRETCH_HOLD[level];
				if (hold < range[0] || hold > range[1]) {
					violations.add(where + ": stretch hold " + hold + " s outside " + range[0] + "-" + range[1]
							+ " s for a " + request.level());
				}
			}
			if (rest != 15) {
				violations.add(where + ": stretch rest " + rest + " s, the contract says 15 s");
			}
			if (item.week() == 1) {
				if ("main".equals(item.kind()) && "flexibility".equals(request.goal())) {
					if (sets != FLEXIBILITY_STRETCH_SETS[level]) {
						violations.add(where + ": " + sets + " sets of a stretch in a " + request.level()
								+ " flexibility main block, the contract says " + FLEXIBILITY_STRETCH_SETS[level]);
					}
				}
				else if (sets > 2) {
					violations.add(where + ": " + sets + " sets of a stretch outside a flexibility main block (1-2)");
				}
			}
		}
		else if ("warm-up".equals(item.kind())) {
			if (sets != 1 || rest != 0) {
				violations
					.add(where + ": warm-up item with " + sets + " sets and " + rest + " s rest (1 set, no rest)");
			}
			if (hold != null && (hold < 60 || hold > 120)) {
				violations.add(where + ": warm-up hold " + hold + " s (60-120 s)");
			}
			JsonNode own = e.path("defaultDose");
			if (reps != null) {
				Integer ownReps = intOrNull(own, "reps");
				Integer ownMax = intOrNull(own, "repsMax");
				if (ownReps == null) {
					violations.add(where + ": warm-up item dosed as reps but the exercise is timed");
				}
				else if (reps < ownReps || top > ((ownMax != null) ? ownMax : ownReps)) {
					violations.add(where + ": warm-up reps " + reps + (repsMax != null ? "-" + repsMax : "")
							+ " are not the exercise's own " + ownReps + (ownMax != null ? "-" + ownMax : ""));
				}
			}
		}
		else if (hold != null) {
			if (hold < 5 || hold > 120) {
				violations.add(where + ": hold " + hold + " s outside 5-120 s");
			}
			if ("main".equals(item.kind())) {
				if (rest < 30) {
					violations.add(where + ": timed main item with " + rest + " s rest (at least 30 s)");
				}
				if (item.week() == 1) {
					Integer own = intOrNull(e.path("defaultDose"), "holdSeconds");
					if (own == null) {
						violations.add(where + ": timed dose for a reps-based exercise");
					}
					else {
						double expected = Math.max(5, Math.min(120, own * HOLD_FACTOR[level]));
						if (Math.abs(hold - expected) > 3) {
							violations.add(where + ": week-1 hold " + hold + " s, the contract gives own hold " + own
									+ " s × " + HOLD_FACTOR[level] + " = " + expected + " s (5-120)");
						}
					}
					List<Dose> doses = doses(request);
					if (doses != null && (sets < doses.get(level).sets() || sets > doses.get(level).sets() + 1)) {
						violations.add(where + ": week-1 timed item with " + sets + " sets, the table's sets are "
								+ doses.get(level).sets());
					}
				}
			}
		}
		else if ("main".equals(item.kind()) && item.week() == 1) {
			List<Dose> doses = doses(request);
			if (doses != null) {
				Dose dose = doses.get(level);
				boolean isolation = "isolation".equals(text(e, "mechanic"));
				int expectedRest = isolation ? dose.isolationRest() : dose.rest();
				// one set more than the table is how a group reaches its weekly sets
				if (sets < dose.sets() || sets > dose.sets() + 1 || reps < dose.repsMin() || top > dose.repsMax()
						|| rest != expectedRest) {
					violations.add(where + ": week-1 dose " + sets + " × " + reps
							+ (repsMax != null ? "-" + repsMax : "") + ", rest " + rest + " s; the table for "
							+ request.goal() + "/" + request.level() + " says " + dose.sets() + " × " + dose.repsMin()
							+ "-" + dose.repsMax() + ", rest " + expectedRest + " s"
							+ (isolation && dose.isolationRest() != dose.rest() ? " (isolation)" : ""));
				}
			}
		}

		checkCeilings(request, item, sets, reps, top, violations);

		int sides = perSide ? 2 : 1;
		int work = (hold != null) ? hold : top * 3;
		return 20 + sets * sides * work + (sets - 1) * rest;
	}

	/**
	 * Progression climbs reps "up to the top of the range, or up to 30 for body-weight
	 * core and back-health work", then adds one more set. Read leniently: 30 is allowed
	 * for an exercise without external load when the goal is core or back-health or the
	 * exercise works the core or back.
	 */
	private static void checkCeilings(Request request, Item item, int sets, Integer reps, int top,
			List<String> violations) {
		List<Dose> doses = doses(request);
		JsonNode e = item.exercise();
		if (doses == null || !"main".equals(item.kind()) || "stretching".equals(text(e, "category"))) {
			return;
		}
		Dose dose = doses.get(request.levelIndex());
		if (sets > dose.sets() + 1) {
			violations.add(item.where() + ": " + sets + " sets, more than the table's " + dose.sets()
					+ " plus the one set progression may add");
		}
		if (reps == null) {
			return;
		}
		boolean bodyWeight = !strings(e.get("traits")).contains("external-load");
		boolean coreOrBack = "core".equals(request.goal()) || "back-health".equals(request.goal())
				|| "core".equals(text(e, "bodyPart")) || "back".equals(text(e, "bodyPart"));
		int ceiling = (bodyWeight && coreOrBack) ? 30 : dose.repsMax();
		if (top > ceiling) {
			violations
				.add(item.where() + ": reps climb to " + top + ", past " + ceiling + " (top of the " + request.goal()
						+ "/" + request.level() + " range" + ((ceiling == 30) ? ", body-weight core/back-health cap)"
								: "; only body-weight core and back-health work may climb to 30)"));
		}
	}

	// ---------------------------------------------------------------- safety

	/** The exclusion table of the contract: why this exercise is ruled out, if it is. */
	public List<String> unsafeReasons(JsonNode e, Request r) {
		List<String> out = new ArrayList<>();
		Set<String> traits = strings(e.get("traits"));
		Set<String> contra = new LinkedHashSet<>();
		e.path("contraindications").forEach((c) -> contra.add(c.path("condition").asString("")));
		String position = text(e, "position");
		String category = text(e, "category");
		String level = text(e, "level");
		for (String condition : r.conditions()) {
			if (contra.contains(condition)) {
				out.add("contraindicated for " + condition);
			}
		}
		if (r.has("pregnancy")) {
			traitRule(out, traits, "pregnancy", "abdominal-loading", "high-impact");
			if ("prone".equals(position)) {
				out.add("pregnancy: position prone");
			}
			if ("supine".equals(position) && r.pregnancyTrimester() != null && r.pregnancyTrimester() >= 2) {
				out.add("pregnancy trimester " + r.pregnancyTrimester() + ": position supine");
			}
		}
		if (r.has("spinal-disc-herniation")) {
			traitRule(out, traits, "spinal-disc-herniation", "spinal-rolling", "repeated-spinal-flexion",
					"loaded-spinal-flexion");
		}
		if ((r.has("recent-abdominal-surgery") || "post-surgery-rehab".equals(r.goal()))
				&& traits.contains("abdominal-loading")
				&& !("beginner".equals(level) && !contra.contains("recent-abdominal-surgery"))) {
			out.add("recent abdominal surgery / post-surgery rehab: trait abdominal-loading");
		}
		boolean walking = "cardio".equals(category) && "locomotion".equals(text(e, "pattern"))
				&& "standing".equals(position) && !traits.contains("high-impact");
		if (r.has("acute-low-back-pain") && !("beginner".equals(level)
				&& ("mobility".equals(category) || "stretching".equals(category) || walking)
				&& !traits.contains("external-load"))) {
			out.add("acute-low-back-pain: only beginner mobility, stretching or walking without external load");
		}
		if (r.has("chronic-low-back-pain") || "back-health".equals(r.goal())) {
			traitRule(out, traits, "chronic-low-back-pain / back-health", "repeated-spinal-flexion");
		}
		if (r.has("knee-pain")) {
			traitRule(out, traits, "knee-pain", "deep-knee-flexion", "high-impact");
		}
		if (r.has("shoulder-pain")) {
			traitRule(out, traits, "shoulder-pain", "overhead");
		}
		if (r.has("hypertension")) {
			traitRule(out, traits, "hypertension", "breath-holding-risk", "inverted");
		}
		if (r.has("osteoporosis")) {
			traitRule(out, traits, "osteoporosis", "loaded-spinal-flexion", "repeated-spinal-flexion", "high-impact");
		}
		if ("morning-routine".equals(r.goal())) {
			traitRule(out, traits, "morning-routine", "repeated-spinal-flexion", "loaded-spinal-flexion",
					"external-load");
		}
		return out;
	}

	private static void traitRule(List<String> out, Set<String> traits, String why, String... ruledOut) {
		for (String trait : ruledOut) {
			if (traits.contains(trait)) {
				out.add(why + ": trait " + trait);
			}
		}
	}

	public boolean equipmentAllows(JsonNode e, Request r) {
		for (String needed : strings(e.get("equipment"))) {
			if (!"none".equals(needed) && !"mat".equals(needed) && !r.equipment().contains(needed)) {
				return false;
			}
		}
		return true;
	}

	private boolean safeAndAvailable(String slug, Request r) {
		JsonNode e = this.catalog.get(slug);
		return e != null && equipmentAllows(e, r) && unsafeReasons(e, r).isEmpty();
	}

	private void checkExclusions(Request request, JsonNode plan, List<Item> items, List<String> violations) {
		JsonNode excluded = plan.get("excluded");
		if (excluded == null || !excluded.isArray()) {
			violations.add("plan: `excluded` is missing or not an array");
			return;
		}
		Map<String, JsonNode> listed = new LinkedHashMap<>();
		for (JsonNode x : excluded) {
			String slug = x.path("slug").asString("");
			listed.put(slug, x);
			JsonNode e = this.catalog.get(slug);
			if (x.path("reason").asString("").isBlank()) {
				violations.add("excluded " + slug + ": no reason");
			}
			if (e == null) {
				violations.add("excluded " + slug + ": not an active catalog exercise");
				continue;
			}
			if (unsafeReasons(e, request).isEmpty()) {
				violations
					.add("excluded " + slug + ": listed as left out, but no row of the exclusion table rules it out"
							+ " (reason given: " + x.path("reason").asString("") + ")");
			}
			if (!equipmentAllows(e, request)) {
				violations.add("excluded " + slug + ": needs equipment the person lacks, so it is not considered"
						+ " and should not be listed in excluded");
			}
		}
		for (Map.Entry<String, JsonNode> entry : this.catalog.entrySet()) {
			JsonNode e = entry.getValue();
			if (!equipmentAllows(e, request)) {
				continue;
			}
			List<String> reasons = unsafeReasons(e, request);
			if (!reasons.isEmpty() && !listed.containsKey(entry.getKey())) {
				violations.add("excluded: " + entry.getKey() + " is ruled out (" + String.join("; ", reasons)
						+ ") and the equipment allows it, but it is not listed in excluded");
			}
		}
		long lacking = this.catalog.values().stream().filter((e) -> !equipmentAllows(e, request)).count();
		JsonNode summary = plan.path("summary");
		String summaryText = summary.isString() ? summary.asString() : summary.toString();
		if (!Pattern.compile("(?<![0-9])" + lacking + "(?![0-9])").matcher(summaryText).find()) {
			violations.add("summary: does not count the " + lacking
					+ " exercises that need equipment the person lacks: " + summaryText);
		}
		for (Item item : items) {
			if (listed.containsKey(item.slug())) {
				violations.add(item.where() + ": scheduled although listed in excluded");
			}
		}
	}

	// ---------------------------------------------------------------- schedule

	private void checkSchedule(Request request, int week, List<Integer> days, List<String> warnings,
			List<String> violations) {
		List<Integer> expected = DAYS.get(request.daysPerWeek());
		if (!days.equals(expected)) {
			boolean explained = warnings.stream().anyMatch((w) -> w.contains("day") || w.contains("session"));
			if (!explained) {
				violations.add("week " + week + ": sessions on days " + days + " but " + request.daysPerWeek()
						+ " days per week means " + expected + ", and no warning says why");
			}
		}
	}

	private void checkFortyEightHours(Request request, List<Item> items, List<String> violations) {
		Map<Integer, Map<String, String>> musclesByDay = new TreeMap<>();
		for (Item item : items) {
			String category = text(item.exercise(), "category");
			if ("main".equals(item.kind()) && ("strength".equals(category) || "plyometrics".equals(category))) {
				int absolute = (item.week() - 1) * 7 + item.day();
				Map<String, String> muscles = musclesByDay.computeIfAbsent(absolute, (d) -> new TreeMap<>());
				for (String m : strings(item.exercise().get("targetMuscles"))) {
					muscles.putIfAbsent(m, item.where());
				}
			}
		}
		for (Map.Entry<Integer, Map<String, String>> day : musclesByDay.entrySet()) {
			Map<String, String> next = musclesByDay.get(day.getKey() + 1);
			if (next == null) {
				continue;
			}
			for (Map.Entry<String, String> muscle : day.getValue().entrySet()) {
				if (next.containsKey(muscle.getKey())) {
					violations
						.add("48-hour rule: " + muscle.getKey() + " trained by resistance work on consecutive days ("
								+ muscle.getValue() + " and " + next.get(muscle.getKey()) + ")");
				}
			}
		}
	}

	private void checkTrunkCoverage(Request request, List<Item> items, List<String> warnings, List<String> violations) {
		if (!"back-health".equals(request.goal()) && !"core".equals(request.goal())) {
			return;
		}
		for (int week = 1; week <= request.weeks(); week++) {
			Set<String> trained = new TreeSet<>();
			for (Item item : items) {
				if (item.week() == week && "main".equals(item.kind())) {
					trained.addAll(strings(item.exercise().get("targetMuscles")));
				}
			}
			for (Map.Entry<String, Set<String>> slot : TRUNK_SLOTS.entrySet()) {
				if (slot.getValue().stream().noneMatch(trained::contains)) {
					boolean named = warnings.stream()
						.anyMatch((w) -> w.contains(slot.getKey().replace("sides", "side")) || slot.getValue()
							.stream()
							.anyMatch((m) -> w.contains(m) || w.contains(m.replace('-', ' ').split(" ")[0])));
					if (!named) {
						violations.add("week " + week + ": no main item trains the " + slot.getKey() + " "
								+ slot.getValue() + " and no warning names it");
					}
				}
			}
		}
	}

	private void checkBeginnerLadder(Request request, List<Item> items, List<String> violations) {
		if (!"beginner".equals(request.level())) {
			return;
		}
		for (Item item : items) {
			if (item.week() == 1 && "main".equals(item.kind())) {
				for (String easier : refs(item.exercise().get("easier"))) {
					if (safeAndAvailable(easier, request) && sameJob(item.exercise(), this.catalog.get(easier))) {
						violations.add(item.where() + ": a beginner starts at the bottom of the ladder, but " + easier
								+ " is easier, safe and within the equipment");
					}
				}
			}
		}
	}

	/**
	 * An easier rung stands in for an exercise when it is of the same category and trains
	 * one of its target muscles: a dead hang (grip) is below the scapular pull-up (lats)
	 * on the ladder, but does not do its job.
	 */
	private static boolean sameJob(JsonNode chosen, JsonNode easier) {
		if (easier == null || !text(chosen, "category").equals(text(easier, "category"))) {
			return false;
		}
		Set<String> targets = refs(chosen.get("targetMuscles"));
		return refs(easier.get("targetMuscles")).stream().anyMatch(targets::contains);
	}

	// ---------------------------------------------------------------- progression

	private void checkDeloadFlag(Request request, JsonNode week, int w, List<String> violations) {
		boolean expected = !"beginner".equals(request.level()) && w % 4 == 0;
		JsonNode flag = week.get("deload");
		boolean deload = flag != null && flag.asBoolean(false);
		if (flag == null || !flag.isBoolean()) {
			violations.add("week " + w + ": no boolean `deload`");
		}
		if (deload != expected) {
			violations
				.add("week " + w + ": deload is " + deload + " but should be " + expected + " for a " + request.level()
						+ " (deload weeks 4, 8, 12, 16 for intermediate and advanced, never for beginners)");
		}
		if (expected && !week.path("theme").asString("").toLowerCase(Locale.ROOT).contains("deload")) {
			violations.add("week " + w + ": a deload week whose theme '" + week.path("theme").asString("")
					+ "' does not mention deload");
		}
	}

	private void checkProgression(Request request, Map<Integer, Map<Integer, JsonNode>> sessions,
			List<String> violations) {
		boolean beginner = "beginner".equals(request.level());
		for (int w = 2; w <= sessions.size(); w++) {
			boolean deload = !beginner && w % 4 == 0;
			boolean afterDeload = !beginner && (w - 1) % 4 == 0;
			Map<Integer, JsonNode> previousWeek = sessions.get(w - 1);
			for (Map.Entry<Integer, JsonNode> entry : sessions.get(w).entrySet()) {
				int day = entry.getKey();
				JsonNode previous = previousWeek.get(day);
				if (previous == null) {
					continue;
				}
				List<JsonNode> now = mainItems(entry.getValue());
				List<JsonNode> before = mainItems(previous);
				String where = "week " + w + " day " + day + " main";
				if (now.size() != before.size()) {
					violations.add(where + ": " + now.size() + " main items, week " + (w - 1) + " had " + before.size()
							+ " (progression keeps each exercise or moves it up its ladder)");
				}
				long volumeNow = 0;
				long volumeBefore = 0;
				for (int i = 0; i < Math.min(now.size(), before.size()); i++) {
					JsonNode a = before.get(i);
					JsonNode b = now.get(i);
					String slugA = a.path("exercise").path("slug").asString("");
					String slugB = b.path("exercise").path("slug").asString("");
					String at = where + " #" + (i + 1) + " " + slugB;
					if (slugA.equals(slugB) && b.hasNonNull("percentOfOneRepMax")) {
						// loads from a one-rep max follow their wave: OneRepMaxRules
						// checks
						// them
						continue;
					}
					volumeNow += volume(b);
					volumeBefore += volume(a);
					if (slugA.equals(slugB)) {
						if (deload) {
							int setsA = a.path("sets").asInt();
							int setsB = b.path("sets").asInt();
							if (setsA > 1 && setsB != setsA - 1) {
								violations.add(at + ": deload week with " + setsB + " sets, week " + (w - 1) + " had "
										+ setsA + " (one set fewer)");
							}
						}
						else {
							if (volume(b) < volume(a)) {
								violations.add(at + ": volume " + volume(b) + " below week " + (w - 1) + "'s "
										+ volume(a) + " in a non-deload week");
							}
							if (!afterDeload) {
								checkGradual(at, a, b, violations);
							}
						}
					}
					else {
						JsonNode previousExercise = this.catalog.get(slugA);
						Set<String> harder = (previousExercise != null) ? refs(previousExercise.get("harder"))
								: Set.of();
						if (!harder.contains(slugB)) {
							violations.add(at + ": replaces " + slugA + " of week " + (w - 1)
									+ ", which is neither the same exercise nor on its harder list " + harder);
						}
						else {
							if (deload) {
								violations.add(at + ": a deload week keeps the exercises of the week before, but "
										+ slugA + " moved up to " + slugB);
							}
							if ("back-health".equals(request.goal()) && w <= 4) {
								violations.add(at + ": back-health plans keep to entry-level exercises for four weeks,"
										+ " but " + slugA + " moved up to " + slugB + " in week " + w);
							}
							JsonNode e = this.catalog.get(slugB);
							if (e != null && LEVELS.indexOf(text(e, "level")) > request.levelIndex() + 1) {
								violations.add(at + ": harder variation of level " + text(e, "level")
										+ ", more than one above " + request.level());
							}
						}
					}
				}
				if (deload && volumeBefore > 0 && volumeNow >= volumeBefore) {
					violations.add(where + ": deload week's main volume " + volumeNow + " is not below week " + (w - 1)
							+ "'s " + volumeBefore);
				}
			}
		}
	}

	private static void checkGradual(String at, JsonNode a, JsonNode b, List<String> violations) {
		int setsUp = b.path("sets").asInt() - a.path("sets").asInt();
		if (setsUp > 1) {
			violations.add(at + ": sets rise by " + setsUp + " in one week (gradualness: one more set at a time)");
		}
		Integer holdA = intOrNull(a, "holdSeconds");
		Integer holdB = intOrNull(b, "holdSeconds");
		if (holdA != null && holdB != null && holdB - holdA > 5) {
			violations.add(at + ": hold rises from " + holdA + " to " + holdB + " s in one week (+5 s a week)");
		}
		if (intOrNull(a, "reps") != null && intOrNull(b, "reps") != null && top(b) - top(a) > 2) {
			violations.add(at + ": reps rise from " + top(a) + " to " + top(b) + " in one week (+2 a week)");
		}
	}

	/** The main items without the closing finisher, which takes what the work leaves. */
	private List<JsonNode> mainItems(JsonNode session) {
		List<JsonNode> out = new ArrayList<>();
		for (JsonNode block : session.path("blocks")) {
			if ("main".equals(block.path("kind").asString(""))) {
				block.path("items").forEach(out::add);
			}
		}
		if (!out.isEmpty()) {
			JsonNode last = out.get(out.size() - 1);
			if (finisher(last, this.catalog.get(last.path("exercise").path("slug").asString("")))) {
				out.remove(out.size() - 1);
			}
		}
		return out;
	}

	/**
	 * A finisher, as the contract describes it: a cardio exercise done as one steady
	 * timed bout without rest, closing the main block.
	 */
	static boolean finisher(JsonNode node, JsonNode exercise) {
		return exercise != null && "cardio".equals(text(exercise, "category")) && node.path("sets").asInt() == 1
				&& intOrNull(node, "holdSeconds") != null && node.path("restSeconds").asInt(-1) == 0;
	}

	/**
	 * The dose table's rows for the request: an acute back takes back-health/beginner
	 * whatever the goal.
	 */
	static List<Dose> doses(Request request) {
		if (request.has("acute-low-back-pain")) {
			Dose gentle = DOSES.get("back-health").get(0);
			return List.of(gentle, gentle, gentle);
		}
		return DOSES.get(request.goal());
	}

	private static int top(JsonNode item) {
		Integer repsMax = intOrNull(item, "repsMax");
		Integer reps = intOrNull(item, "reps");
		return (repsMax != null) ? repsMax : (reps != null ? reps : 0);
	}

	static long volume(JsonNode item) {
		int sets = item.path("sets").asInt();
		Integer hold = intOrNull(item, "holdSeconds");
		return (long) sets * ((hold != null) ? hold : top(item));
	}

	// ---------------------------------------------------------------- explanations

	private void checkExplanations(Request request, JsonNode plan, List<String> warnings, List<String> violations) {
		JsonNode rules = plan.path("rules");
		if (!rules.isArray() || rules.isEmpty()) {
			violations.add("plan: `rules` is empty");
		}
		for (JsonNode rule : rules) {
			if (rule.path("rule").asString("").isBlank() || rule.path("source").asString("").isBlank()) {
				violations.add("rules: entry without a rule or a source: " + rule);
			}
		}
		if ("back-health".equals(request.goal())) {
			boolean nutrients = false;
			for (JsonNode g : plan.path("guidance")) {
				for (JsonNode n : g.path("nutrients")) {
					nutrients = true;
					if (n.path("nutrient").asString("").isBlank() || n.path("role").asString("").isBlank()
							|| n.path("foods").isEmpty()) {
						violations.add("guidance: nutrient row without nutrient, role or foods: " + n);
					}
				}
			}
			if (!nutrients) {
				violations.add("guidance: a back-health plan needs guidance with a nutrients table");
			}
		}
		if (request.has("acute-low-back-pain") && warnings.stream()
			.noneMatch((w) -> w.contains("acute") || w.contains("pain") || w.contains("load"))) {
			violations.add("warnings: acute low back pain, but no warning says the plan holds gentle mobility only");
		}
		if ("morning-routine".equals(request.goal()) && request.minutesPerSession() > 15
				&& warnings.stream().noneMatch((w) -> w.contains("15") || w.contains("minute"))) {
			violations.add("warnings: a morning routine of " + request.minutesPerSession()
					+ " min was asked for, but no warning says it is capped at 15");
		}
	}

	private static List<String> warnings(JsonNode plan) {
		List<String> out = new ArrayList<>();
		for (JsonNode w : plan.path("warnings")) {
			out.add((w.isString() ? w.asString() : w.toString()).toLowerCase(Locale.ROOT));
		}
		return out;
	}

	// ---------------------------------------------------------------- JSON helpers

	static Integer intOrNull(JsonNode node, String field) {
		JsonNode value = (node != null) ? node.get(field) : null;
		return (value == null || value.isNull() || !value.isNumber()) ? null : value.asInt();
	}

	static String text(JsonNode node, String field) {
		JsonNode value = (node != null) ? node.get(field) : null;
		return (value == null || value.isNull()) ? "" : value.asString("");
	}

	static Set<String> strings(JsonNode array) {
		Set<String> out = new LinkedHashSet<>();
		if (array != null) {
			array.forEach((n) -> out.add(n.asString("")));
		}
		return out;
	}

	/** Slugs of a ladder list ({@code [{slug, name, level}]}). */
	static Set<String> refs(JsonNode array) {
		Set<String> out = new LinkedHashSet<>();
		if (array != null) {
			array.forEach((n) -> out.add(n.isObject() ? n.path("slug").asString("") : n.asString("")));
		}
		return out;
	}

}
