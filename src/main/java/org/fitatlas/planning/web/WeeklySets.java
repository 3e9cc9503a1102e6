package org.fitatlas.planning.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * Weekly hard sets per muscle group, read from the plan's JSON where the planner gives
 * them ({@code weeklySets} on each week, or once for the plan): the page shows them per
 * week and shows nothing for plans without them.
 */
final class WeeklySets {

	/** One muscle group's hard sets in a week, with the planned range where given. */
	record Count(String group, String sets) {
	}

	private WeeklySets() {
	}

	/** Week number to its counts; empty when the plan carries none. */
	static Map<Integer, List<Count>> read(JsonNode plan) {
		Map<Integer, List<Count>> byWeek = new LinkedHashMap<>();
		JsonNode weeks = plan.path("weeks");
		JsonNode shared = plan.path("weeklySets");
		for (int i = 0; i < weeks.size(); i++) {
			JsonNode week = weeks.get(i);
			int number = week.path("week").asInt(i + 1);
			JsonNode own = week.path("weeklySets");
			JsonNode counts = !own.isMissingNode() && !own.isNull() && !own.isEmpty() ? own : forWeek(shared, number);
			List<Count> list = judged(counts(counts), week.path("weeklySetsRange"), week.path("deload").asBoolean());
			if (!list.isEmpty()) {
				byWeek.put(number, list);
			}
		}
		return byWeek;
	}

	/**
	 * Each count with where it stands against the week's range, in words so it does not
	 * rest on colour: "9, under the 10–20 aimed for".
	 */
	private static List<Count> judged(List<Count> counts, JsonNode range, boolean deload) {
		if (!range.path("low").isNumber() || !range.path("high").isNumber()) {
			return counts;
		}
		int low = range.get("low").asInt();
		int high = range.get("high").asInt();
		List<Count> judged = new ArrayList<>();
		for (Count c : counts) {
			int sets;
			try {
				sets = Integer.parseInt(c.sets());
			}
			catch (NumberFormatException ex) {
				judged.add(c);
				continue;
			}
			String words;
			if (low == 0) {
				words = (sets > high) ? "over the most of " + high : "at most " + high;
			}
			else if (sets < low) {
				words = "under the " + low + "–" + high + " aimed for" + (deload ? " (deload week)" : "");
			}
			else if (sets > high) {
				words = "over the " + low + "–" + high + " aimed for";
			}
			else {
				words = "within " + low + "–" + high;
			}
			judged.add(new Count(c.group(), c.sets() + " (" + words + ")"));
		}
		return judged;
	}

	/** The plan-wide value: the same every week, or listed by week. */
	private static JsonNode forWeek(JsonNode shared, int week) {
		if (shared.isArray() && shared.size() > 0 && shared.get(0).has("week")) {
			for (JsonNode entry : shared) {
				if (entry.path("week").asInt() == week) {
					return entry.has("sets") ? entry.get("sets") : entry.path("groups");
				}
			}
			return MissingNode.getInstance();
		}
		if (shared.isObject() && shared.has(String.valueOf(week)) && shared.get(String.valueOf(week)).isContainer()) {
			return shared.get(String.valueOf(week));
		}
		return shared;
	}

	private static List<Count> counts(JsonNode node) {
		List<Count> counts = new ArrayList<>();
		if (node.isObject()) {
			for (Map.Entry<String, JsonNode> entry : node.properties()) {
				String sets = sets(entry.getValue());
				if (sets != null) {
					counts.add(new Count(label(entry.getKey()), sets));
				}
			}
		}
		else if (node.isArray()) {
			for (JsonNode entry : node) {
				String group = firstText(entry, "group", "muscleGroup", "muscle", "name");
				String sets = sets(entry);
				if (group != null && sets != null) {
					counts.add(new Count(label(group), sets));
				}
			}
		}
		return counts;
	}

	private static @Nullable String sets(JsonNode value) {
		if (value.isNumber()) {
			return value.asString();
		}
		if (value.isObject()) {
			JsonNode sets = value.has("sets") ? value.get("sets") : value.path("hardSets");
			if (!sets.isNumber()) {
				return null;
			}
			JsonNode min = value.path("min");
			JsonNode max = value.path("max");
			return sets.asString() + ((min.isNumber() && max.isNumber())
					? " (aim " + min.asString() + "–" + max.asString() + ")" : "");
		}
		return null;
	}

	private static @Nullable String firstText(JsonNode entry, String... names) {
		for (String name : names) {
			if (entry.path(name).isString()) {
				return entry.get(name).asString();
			}
		}
		return null;
	}

	private static String label(String token) {
		return token.replace('-', ' ').replace('_', ' ');
	}

}
