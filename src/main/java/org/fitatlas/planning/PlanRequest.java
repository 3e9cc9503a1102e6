package org.fitatlas.planning;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * A person's situation, validated: what they want, how much time and equipment they have,
 * and what health conditions the plan must respect; {@code oneRepMaxes} holds the
 * person's one-rep max in kilograms by exercise slug, where they gave any.
 */
public record PlanRequest(Goal goal, String level, int daysPerWeek, int minutesPerSession, int weeks,
		List<String> equipment, List<String> conditions, @Nullable Integer pregnancyTrimester, List<RedFlag> redFlags,
		List<String> focus, @Nullable LocalDate startDate, long seed, Map<String, Double> oneRepMaxes) {

	public PlanRequest {
		if (oneRepMaxes.size() > OneRepMaxes.MAX_ENTRIES) {
			throw new IllegalArgumentException(
					"oneRepMaxes holds at most " + OneRepMaxes.MAX_ENTRIES + " lifts, was " + oneRepMaxes.size());
		}
		oneRepMaxes.forEach((slug, kg) -> {
			if (kg == null || !OneRepMaxes.plausible(kg)) {
				throw new IllegalArgumentException("oneRepMaxes." + slug + " must be " + OneRepMaxes.MIN_KG + "–"
						+ OneRepMaxes.MAX_KG + " kg, was " + kg);
			}
		});
		oneRepMaxes = Collections.unmodifiableMap(new TreeMap<>(oneRepMaxes));
		equipment = List.copyOf(equipment);
		conditions = List.copyOf(conditions);
		redFlags = List.copyOf(redFlags);
		focus = List.copyOf(focus);
	}

	/** A request without one-rep maxes. */
	public PlanRequest(Goal goal, String level, int daysPerWeek, int minutesPerSession, int weeks,
			List<String> equipment, List<String> conditions, @Nullable Integer pregnancyTrimester,
			List<RedFlag> redFlags, List<String> focus, @Nullable LocalDate startDate, long seed) {
		this(goal, level, daysPerWeek, minutesPerSession, weeks, equipment, conditions, pregnancyTrimester, redFlags,
				focus, startDate, seed, Map.of());
	}

	public boolean has(String condition) {
		return this.conditions.contains(condition);
	}

	public boolean beginner() {
		return this.level.equals("beginner");
	}

}
