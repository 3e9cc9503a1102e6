package org.fitatlas.planning;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * A generated programme: weeks of sessions, what was left out and why, and the rules and
 * advice behind it.
 */
public record Plan(@Nullable UUID id, Profile profile, String summary, List<Week> weeks, List<Excluded> excluded,
		List<String> warnings, List<Guidance> guidance, List<Rule> rules) {

	public Plan withId(UUID newId) {
		return new Plan(newId, this.profile, this.summary, this.weeks, this.excluded, this.warnings, this.guidance,
				this.rules);
	}

	/** The request as understood, with defaults filled in. */
	public record Profile(String goal, String level, int daysPerWeek, int minutesPerSession, int weeks,
			List<String> equipment, List<String> conditions, @Nullable Integer pregnancyTrimester, List<String> focus,
			@Nullable String startDate, long seed,
			@JsonInclude(JsonInclude.Include.NON_EMPTY) @Nullable Map<String, Double> oneRepMaxes) {

		public Profile(String goal, String level, int daysPerWeek, int minutesPerSession, int weeks,
				List<String> equipment, List<String> conditions, @Nullable Integer pregnancyTrimester,
				List<String> focus, @Nullable String startDate, long seed) {
			this(goal, level, daysPerWeek, minutesPerSession, weeks, equipment, conditions, pregnancyTrimester, focus,
					startDate, seed, null);
		}

	}

	/**
	 * One week; {@code weeklySets} holds the hard sets per major muscle group (chest,
	 * back, quads, hamstrings, glutes, shoulders), counted from target muscles.
	 */
	public record Week(int week, String theme, boolean deload, List<Session> sessions, Map<String, Integer> weeklySets,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable SetRange weeklySetsRange) {

		public Week(int week, String theme, boolean deload, List<Session> sessions, Map<String, Integer> weeklySets) {
			this(week, theme, deload, sessions, weeklySets, null);
		}

	}

	/**
	 * The hard sets a week aims at for each major group: {@code low} 0 where the goal
	 * only caps them.
	 */
	public record SetRange(int low, int high, String source) {

		public SetRange {
			if (low < 0 || high < low) {
				throw new IllegalArgumentException("a set range needs 0 <= low <= high, was " + low + "–" + high);
			}
		}

	}

	/** One training day: Monday is day 1. */
	public record Session(int day, String title, int estimatedMinutes, List<Block> blocks) {
	}

	/** kind: warm-up, main or cool-down. */
	public record Block(String kind, List<Item> items) {
	}

	/**
	 * One exercise with its dose; {@code loadKg} and {@code percentOfOneRepMax} are set
	 * only where the load comes from a one-rep max the person gave.
	 */
	public record Item(ExerciseLink exercise, int sets, @Nullable Integer reps, @Nullable Integer repsMax,
			@Nullable Integer holdSeconds, boolean perSide, boolean toFailure, int restSeconds, String load,
			String tempo, List<String> cues, String why,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Double loadKg,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Integer percentOfOneRepMax) {

		public Item(ExerciseLink exercise, int sets, @Nullable Integer reps, @Nullable Integer repsMax,
				@Nullable Integer holdSeconds, boolean perSide, boolean toFailure, int restSeconds, String load,
				String tempo, List<String> cues, String why) {
			this(exercise, sets, reps, repsMax, holdSeconds, perSide, toFailure, restSeconds, load, tempo, cues, why,
					null, null);
		}

	}

	public record ExerciseLink(String slug, String name) {
	}

	public record Excluded(String slug, String name, String reason) {
	}

	/**
	 * Lifestyle advice; {@code nutrients} carries a table of nutrients where the advice
	 * is about food.
	 */
	public record Guidance(String topic, String advice, String source, List<Nutrient> nutrients) {
	}

	public record Nutrient(String nutrient, String role, List<String> foods) {
	}

	public record Rule(String rule, String source) {
	}

}
