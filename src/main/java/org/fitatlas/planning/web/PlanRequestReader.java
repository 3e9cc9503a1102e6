package org.fitatlas.planning.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.fitatlas.catalog.Exercise;
import org.fitatlas.catalog.Taxonomy;
import org.fitatlas.planning.Goal;
import org.fitatlas.planning.OneRepMaxes;
import org.fitatlas.planning.PlanRequest;
import org.fitatlas.planning.RedFlag;
import org.fitatlas.shared.InvalidParameter;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads a plan request from JSON strictly: every unknown field, wrong type, out-of-range
 * number and unknown token is rejected by name with what is allowed.
 */
final class PlanRequestReader {

	static final Set<String> FIELDS = Set.of("goal", "level", "daysPerWeek", "minutesPerSession", "weeks", "equipment",
			"conditions", "pregnancyTrimester", "redFlags", "focus", "startDate", "seed", "oneRepMaxes");

	/** What a one-rep max may be, as the problem states it. */
	static final String KILOGRAMS = "a number of kilograms from 1 to 500";

	private final Taxonomy taxonomy;

	private final Function<String, Optional<Exercise>> exercises;

	PlanRequestReader(Taxonomy taxonomy, Function<String, Optional<Exercise>> exercises) {
		this.taxonomy = taxonomy;
		this.exercises = exercises;
	}

	PlanRequest read(@Nullable JsonNode body) {
		if (body == null || !body.isObject()) {
			throw InvalidParameter.of("body", (body == null) ? "(empty)" : body.getNodeType().toString().toLowerCase(),
					"a JSON object with goal, level, daysPerWeek and minutesPerSession");
		}
		for (String name : body.propertyNames()) {
			if (!FIELDS.contains(name)) {
				throw InvalidParameter.of(name, "(unknown field)", String.join(", ", new TreeSet<>(FIELDS)));
			}
		}
		String goalToken = text(body, "goal", true);
		Goal goal = Goal.of(goalToken).orElseThrow(() -> InvalidParameter.of("goal", goalToken, Goal.allowed()));
		String level = token(body, "level", Taxonomy.LEVELS);
		int days = integer(body, "daysPerWeek", 1, 7, null);
		int minutes = integer(body, "minutesPerSession", 10, 120, null);
		int weeks = integer(body, "weeks", 1, 16, 4);
		List<String> equipment = tokens(body, "equipment", Set.copyOf(this.taxonomy.tokens(Taxonomy.EQUIPMENT)));
		List<String> conditions = tokens(body, "conditions", Set.copyOf(this.taxonomy.tokens(Taxonomy.CONDITIONS)));
		Integer trimester = body.has("pregnancyTrimester") && !body.get("pregnancyTrimester").isNull()
				? integer(body, "pregnancyTrimester", 1, 3, null) : null;
		if (conditions.contains("pregnancy") && trimester == null) {
			throw InvalidParameter.of("pregnancyTrimester", "(missing)", "1, 2 or 3 when conditions include pregnancy");
		}
		if (!conditions.contains("pregnancy") && trimester != null) {
			throw InvalidParameter.of("pregnancyTrimester", String.valueOf(trimester),
					"only together with the condition pregnancy");
		}
		List<RedFlag> redFlags = new ArrayList<>();
		for (String flag : strings(body, "redFlags")) {
			redFlags.add(RedFlag.of(flag).orElseThrow(() -> InvalidParameter.of("redFlags", flag, RedFlag.allowed())));
		}
		Set<String> focusTokens = new LinkedHashSet<>(this.taxonomy.tokens(Taxonomy.MUSCLES));
		focusTokens.addAll(this.taxonomy.tokens(Taxonomy.BODY_PARTS));
		List<String> focus = tokens(body, "focus", focusTokens);
		LocalDate startDate = null;
		String date = text(body, "startDate", false);
		if (date != null) {
			try {
				startDate = LocalDate.parse(date);
			}
			catch (DateTimeParseException ex) {
				throw InvalidParameter.of("startDate", date, "a date like 2026-12-01");
			}
			LocalDate today = LocalDate.now();
			if (startDate.isBefore(today.minusYears(1)) || startDate.isAfter(today.plusYears(2))) {
				throw InvalidParameter.of("startDate", date,
						"a date from " + today.minusYears(1) + " to " + today.plusYears(2) + ", like 2026-12-01");
			}
		}
		long seed = 0;
		if (body.has("seed") && !body.get("seed").isNull()) {
			JsonNode node = body.get("seed");
			if (!node.isIntegralNumber() || !node.canConvertToLong()) {
				throw InvalidParameter.of("seed", node.toString(), "a whole number");
			}
			seed = node.longValue();
		}
		return new PlanRequest(goal, level, days, minutes, weeks, equipment, conditions, trimester, redFlags, focus,
				startDate, seed, oneRepMaxes(body));
	}

	/**
	 * {@code {"barbell-back-squat": 100}}: kilograms by exercise address, each a lift
	 * that takes a load weighed in kilograms; at most {@link OneRepMaxes#MAX_ENTRIES}.
	 */
	private Map<String, Double> oneRepMaxes(JsonNode body) {
		JsonNode node = body.get("oneRepMaxes");
		if (node == null || node.isNull()) {
			return Map.of();
		}
		if (!node.isObject()) {
			throw InvalidParameter.of("oneRepMaxes", node.toString(),
					"an object of exercise addresses and kilograms, like {\"barbell-back-squat\": 100}");
		}
		if (node.size() > OneRepMaxes.MAX_ENTRIES) {
			throw InvalidParameter.of("oneRepMaxes", node.size() + " lifts",
					"at most " + OneRepMaxes.MAX_ENTRIES + " lifts");
		}
		Map<String, Double> kilograms = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> entry : node.properties()) {
			String slug = entry.getKey();
			String field = "oneRepMaxes." + slug;
			OneRepMaxes.lift(slug, this.exercises);
			JsonNode kg = entry.getValue();
			if (!kg.isNumber() || !OneRepMaxes.plausible(kg.doubleValue())) {
				throw InvalidParameter.of(field, kg.toString(), KILOGRAMS);
			}
			kilograms.put(slug, kg.doubleValue());
		}
		return kilograms;
	}

	private String token(JsonNode body, String field, String table) {
		String value = text(body, field, true);
		if (!this.taxonomy.contains(table, value)) {
			throw InvalidParameter.of(field, value, String.join(", ", this.taxonomy.tokens(table)));
		}
		return value;
	}

	@Nullable private static String text(JsonNode body, String field, boolean required) {
		JsonNode node = body.get(field);
		if (node == null || node.isNull()) {
			if (required) {
				throw InvalidParameter.of(field, "(missing)", "a value is required");
			}
			return null;
		}
		if (!node.isString()) {
			throw InvalidParameter.of(field, node.toString(), "text");
		}
		return node.stringValue();
	}

	private static int integer(JsonNode body, String field, int min, int max, @Nullable Integer fallback) {
		JsonNode node = body.get(field);
		if (node == null || node.isNull()) {
			if (fallback == null) {
				throw InvalidParameter.of(field, "(missing)", "a whole number " + min + ".." + max);
			}
			return fallback;
		}
		if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < min || node.intValue() > max) {
			throw InvalidParameter.of(field, node.toString(), "a whole number " + min + ".." + max);
		}
		return node.intValue();
	}

	private static List<String> strings(JsonNode body, String field) {
		JsonNode node = body.get(field);
		if (node == null || node.isNull()) {
			return List.of();
		}
		if (!node.isArray()) {
			throw InvalidParameter.of(field, node.toString(), "a list of text values");
		}
		List<String> values = new ArrayList<>();
		for (JsonNode item : node.values()) {
			if (!item.isString()) {
				throw InvalidParameter.of(field, item.toString(), "a list of text values");
			}
			if (!values.contains(item.stringValue())) {
				values.add(item.stringValue());
			}
		}
		return values;
	}

	private static List<String> tokens(JsonNode body, String field, Set<String> allowed) {
		List<String> values = strings(body, field);
		for (String value : values) {
			if (!allowed.contains(value)) {
				throw InvalidParameter.of(field, value, String.join(", ", allowed));
			}
		}
		return values;
	}

}
