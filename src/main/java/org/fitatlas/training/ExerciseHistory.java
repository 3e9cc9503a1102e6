package org.fitatlas.training;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A person's history of one exercise: per session (newest first) the sets and what they
 * add up to, and the personal records across all of them.
 */
public record ExerciseHistory(ExerciseName exercise, String formula, List<SessionEntry> sessions,
		List<PersonalRecord> records) {

	public ExerciseHistory {
		sessions = List.copyOf(sessions);
		records = List.copyOf(records);
	}

	/** An exercise as a link: slug and name. */
	public record ExerciseName(String slug, String name) {
	}

	/**
	 * One session's sets of the exercise. Warm-up sets are shown but count toward
	 * nothing; the estimated one-rep maximum uses sets of 1–10 reps, where the formulas
	 * hold.
	 */
	public record SessionEntry(UUID sessionId, OffsetDateTime startedAt, @Nullable String title, List<LoggedSet> sets,
			@Nullable LoggedSet bestSet, @Nullable BigDecimal estimatedOneRepMaxKg, int totalReps, BigDecimal volumeKg,
			@Nullable Integer longestHoldSeconds, @Nullable Integer maxPain) {

		public SessionEntry {
			sets = List.copyOf(sets);
		}

	}

	/**
	 * A best: {@code kind} is heaviest-load, estimated-one-rep-max, most-reps,
	 * most-volume or longest-hold; the value in its unit, when and in which session and
	 * set.
	 */
	public record PersonalRecord(String kind, BigDecimal value, String unit, OffsetDateTime date, UUID sessionId,
			@Nullable UUID setId, String description) {
	}

}
