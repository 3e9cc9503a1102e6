package org.fitatlas.planning.web;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.fitatlas.catalog.Taxonomy;
import org.fitatlas.planning.Plan;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A plan arranged for reading: the person's situation and safety first, a weeks × days
 * overview, then each week's sessions with one-line reasons. Built in the web layer from
 * the plan as stored, so it works for plans made before these headings existed.
 */
record PlanPage(String title, List<Fact> situation, List<String> warnings, List<Plan.Rule> healthRules,
		List<Plan.Guidance> healthAdvice, List<Plan.Guidance> painAdvice, List<Plan.Rule> painRules, int excludedCount,
		List<ExcludedGroup> excluded, List<DayOfWeek> days, List<WeekView> weeks, List<Plan.Guidance> advice,
		List<Plan.Rule> rules) {

	/** One line of the person's situation. */
	record Fact(String label, String value) {
	}

	/** Exercises left out for the same reason. */
	record ExcludedGroup(String reason, List<Plan.Excluded> exercises) {
	}

	/** A week: its sessions by weekday for the overview, and in order for the detail. */
	record WeekView(Plan.Week week, List<Plan.@Nullable Session> byDay, List<SessionView> sessions,
			List<WeeklySets.Count> weeklySets) {
	}

	record SessionView(Plan.Session session, String dayName, List<BlockView> blocks) {
	}

	/** A block; when every item has the same reason it is said once, for the block. */
	record BlockView(String kind, String label, @Nullable Why shared, List<ItemView> items) {
	}

	record ItemView(Plan.Item item, String dose, @Nullable Why why) {
	}

	static PlanPage of(Plan plan, JsonNode document, Taxonomy taxonomy) {
		Plan.Profile profile = plan.profile();
		List<Taxonomy.Term> conditions = profile.conditions()
			.stream()
			.map((c) -> taxonomy.table(Taxonomy.CONDITIONS).get(c))
			.filter(java.util.Objects::nonNull)
			.toList();
		Set<String> words = conditionWords(conditions);
		List<Plan.Rule> healthRules = plan.rules().stream().filter((r) -> mentions(r.rule(), words, true)).toList();
		List<Plan.Guidance> healthAdvice = plan.guidance()
			.stream()
			.filter((g) -> mentions(g.topic(), words, false))
			.toList();
		List<Plan.Guidance> painAdvice = plan.guidance().stream().filter((g) -> g.topic().equals("Pain")).toList();
		List<Plan.Rule> painRules = plan.rules().stream().filter((r) -> r.rule().startsWith("If it hurts")).toList();
		List<Plan.Guidance> advice = plan.guidance()
			.stream()
			.filter((g) -> !healthAdvice.contains(g) && !painAdvice.contains(g))
			.toList();
		Map<String, List<Plan.Excluded>> byReason = new LinkedHashMap<>();
		plan.excluded().forEach((x) -> byReason.computeIfAbsent(x.reason(), (r) -> new ArrayList<>()).add(x));
		List<ExcludedGroup> excluded = byReason.entrySet()
			.stream()
			.map((e) -> new ExcludedGroup(e.getKey(), e.getValue()))
			.toList();
		TreeSet<Integer> dayNumbers = new TreeSet<>();
		plan.weeks().forEach((w) -> w.sessions().forEach((s) -> dayNumbers.add(s.day())));
		List<DayOfWeek> days = dayNumbers.stream().map(DayOfWeek::of).toList();
		Map<Integer, List<WeeklySets.Count>> sets = WeeklySets.read(document);
		List<WeekView> weeks = plan.weeks()
			.stream()
			.map((w) -> week(w, days, sets.getOrDefault(w.week(), List.of())))
			.toList();
		return new PlanPage(title(profile, conditions), situation(profile, conditions, taxonomy), plan.warnings(),
				healthRules, healthAdvice, painAdvice, painRules, plan.excluded().size(), excluded, days, weeks, advice,
				plan.rules());
	}

	/**
	 * "Strength plan for acute low back pain", "Core plan for pregnancy (second
	 * trimester)".
	 */
	static String title(Plan.Profile profile, List<Taxonomy.Term> conditions) {
		String goal = switch (profile.goal()) {
			case "post-surgery-rehab" -> "Post-surgery rehab";
			default -> capitalize(profile.goal().replace('-', ' '));
		};
		if (conditions.isEmpty()) {
			return goal + " plan";
		}
		List<String> names = conditions.stream().map((c) -> condition(c, profile)).toList();
		String joined = (names.size() == 1) ? names.get(0)
				: String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
		return goal + " plan for " + joined;
	}

	static String dayName(int day) {
		return DayOfWeek.of(day).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
	}

	/** For the template: "Monday" for 1. */
	public String day(int day) {
		return dayName(day);
	}

	/** For the template: "Mon". */
	public String shortDay(DayOfWeek day) {
		return day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
	}

	private static WeekView week(Plan.Week week, List<DayOfWeek> days, List<WeeklySets.Count> sets) {
		List<Plan.@Nullable Session> byDay = new ArrayList<>();
		for (DayOfWeek day : days) {
			byDay.add(week.sessions().stream().filter((s) -> s.day() == day.getValue()).findFirst().orElse(null));
		}
		List<SessionView> sessions = week.sessions()
			.stream()
			.map((s) -> new SessionView(s, dayName(s.day()), s.blocks().stream().map(PlanPage::block).toList()))
			.toList();
		return new WeekView(week, byDay, sessions, sets);
	}

	private static BlockView block(Plan.Block block) {
		String label = switch (block.kind()) {
			case "warm-up" -> "Warm-up";
			case "main" -> "Main work";
			case "cool-down" -> "Cool-down";
			default -> capitalize(block.kind());
		};
		boolean same = block.items().size() > 1 && block.items().stream().map(Plan.Item::why).distinct().count() == 1;
		Why shared = same ? Why.of(block.items().get(0).why()) : null;
		List<ItemView> items = block.items()
			.stream()
			.map((i) -> new ItemView(i, PlanCalendar.dose(i), same ? null : Why.of(i.why())))
			.toList();
		return new BlockView(block.kind(), label, shared, items);
	}

	private static List<Fact> situation(Plan.Profile profile, List<Taxonomy.Term> conditions, Taxonomy taxonomy) {
		List<Fact> facts = new ArrayList<>();
		facts.add(new Fact("Goal", capitalize(profile.goal().replace('-', ' ')) + ", " + profile.level() + " level"));
		facts.add(new Fact("Time",
				profile.daysPerWeek() + ((profile.daysPerWeek() == 1) ? " session" : " sessions") + " a week of up to "
						+ profile.minutesPerSession() + " minutes, for " + profile.weeks()
						+ ((profile.weeks() == 1) ? " week" : " weeks")
						+ ((profile.startDate() != null) ? ", from " + profile.startDate() : "")));
		facts.add(new Fact("Health", conditions.isEmpty() ? "no health conditions given"
				: String.join("; ", conditions.stream().map((c) -> capitalize(condition(c, profile))).toList())));
		List<String> kit = profile.equipment()
			.stream()
			.map((e) -> taxonomy.displayName(Taxonomy.EQUIPMENT, e).toLowerCase(Locale.ROOT))
			.toList();
		facts.add(
				new Fact("Equipment", kit.isEmpty() ? "body weight and a mat" : String.join(", ", kit) + " and a mat"));
		if (!profile.focus().isEmpty()) {
			facts.add(new Fact("Focus",
					String.join(", ", profile.focus().stream().map((f) -> f.replace('-', ' ')).toList())));
		}
		return facts;
	}

	private static String condition(Taxonomy.Term term, Plan.Profile profile) {
		String name = term.name().toLowerCase(Locale.ROOT);
		Integer trimester = profile.pregnancyTrimester();
		if (term.token().equals("pregnancy") && trimester != null && trimester >= 1 && trimester <= 3) {
			return name + " (" + List.of("first", "second", "third").get(trimester - 1) + " trimester)";
		}
		return name;
	}

	/**
	 * The longer words of each condition's name and synonyms: "herniation", "surgery".
	 */
	private static Set<String> conditionWords(List<Taxonomy.Term> conditions) {
		Set<String> words = new TreeSet<>();
		for (Taxonomy.Term term : conditions) {
			List<String> names = new ArrayList<>(term.synonyms());
			names.add(term.name());
			for (String name : names) {
				Arrays.stream(name.toLowerCase(Locale.ROOT).split("[^a-z]+"))
					.filter((w) -> w.length() > 5 || w.equals("back") || w.equals("knee"))
					.forEach(words::add);
			}
		}
		return words;
	}

	/**
	 * Whether the text (its heading before a colon, for rules) names one of the words.
	 */
	private static boolean mentions(String text, Set<String> words, boolean headingOnly) {
		int colon = text.indexOf(':');
		if (headingOnly && colon < 0) {
			return false;
		}
		String part = (headingOnly ? text.substring(0, colon) : text).toLowerCase(Locale.ROOT);
		return Arrays.stream(part.split("[^a-z]+")).anyMatch(words::contains);
	}

	private static String capitalize(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
