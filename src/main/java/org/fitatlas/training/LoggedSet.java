package org.fitatlas.training;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One set as stored: {@code exercise} is the atlas slug ({@code null} only for an
 * imported name that matched no exercise), {@code exerciseName} the name as shown or as
 * imported.
 */
public record LoggedSet(UUID id, UUID sessionId, int position, @Nullable String exercise, String exerciseName,
		String setType, @Nullable Integer reps, @Nullable BigDecimal loadKg, @Nullable Integer holdSeconds, String side,
		@Nullable BigDecimal rpe, @Nullable Integer rir, @Nullable Integer pain, @Nullable String note,
		OffsetDateTime completedAt) {

	/** The same set as a command, for changing some of its fields. */
	public NewSet asNew() {
		return new NewSet(this.id, this.exercise, this.exerciseName, this.setType, this.reps, this.loadKg,
				this.holdSeconds, this.side, this.rpe, this.rir, this.pain, this.note, this.completedAt);
	}

}
