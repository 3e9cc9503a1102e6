package org.fitatlas.planning;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A person's situation, validated: what they want, how much time and equipment they have,
 * and what health conditions the plan must respect.
 */
public record PlanRequest(Goal goal, String level, int daysPerWeek, int minutesPerSession, int weeks,
		List<String> equipment, List<String> conditions, @Nullable Integer pregnancyTrimester, List<RedFlag> redFlags,
		List<String> focus, @Nullable LocalDate startDate, long seed) {

	public PlanRequest {
		equipment = List.copyOf(equipment);
		conditions = List.copyOf(conditions);
		redFlags = List.copyOf(redFlags);
		focus = List.copyOf(focus);
	}

	public boolean has(String condition) {
		return this.conditions.contains(condition);
	}

	public boolean beginner() {
		return this.level.equals("beginner");
	}

}
