package org.fitatlas.training;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A session in a list: when, what, how many sets and which exercises (in order of first
 * use).
 */
public record SessionSummary(UUID id, @Nullable String title, OffsetDateTime startedAt,
		@Nullable OffsetDateTime endedAt, @Nullable Integer feeling, @Nullable UUID planId, @Nullable Integer week,
		@Nullable Integer day, int setCount, @Nullable Integer maxPain, List<String> exercises) {

	public SessionSummary {
		exercises = List.copyOf(exercises);
	}

}
