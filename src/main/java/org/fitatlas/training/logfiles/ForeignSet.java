package org.fitatlas.training.logfiles;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * One set row of a Strong or Hevy file, values already checked and in kilograms, with the
 * workout it belongs to.
 */
record ForeignSet(int line, OffsetDateTime startedAt, @Nullable String title, @Nullable OffsetDateTime endedAt,
		@Nullable String workoutNote, String exerciseName, String setType, @Nullable Integer reps,
		@Nullable BigDecimal loadKg, @Nullable Integer holdSeconds, @Nullable BigDecimal rpe, @Nullable String note) {

	/** Rows of the same workout share its start and title. */
	String workoutKey() {
		return this.startedAt + "|" + this.title;
	}

}
