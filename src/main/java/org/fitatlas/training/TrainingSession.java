package org.fitatlas.training;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A training session with its sets in the order they were done. {@code planId},
 * {@code week} and {@code day} link it to the plan session it followed.
 */
public record TrainingSession(UUID id, @Nullable String title, OffsetDateTime startedAt,
		@Nullable OffsetDateTime endedAt, @Nullable Integer feeling, @Nullable String note, @Nullable UUID planId,
		@Nullable Integer week, @Nullable Integer day, List<LoggedSet> sets) {

	public TrainingSession {
		sets = List.copyOf(sets);
	}

	public boolean finished() {
		return this.endedAt != null;
	}

}
