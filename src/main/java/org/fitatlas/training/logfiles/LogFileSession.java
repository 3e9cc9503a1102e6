package org.fitatlas.training.logfiles;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One workout as a log file holds it, with its sets in order. Foreign formats have no
 * ids: the reader derives them from the workout's start and title (and the set's
 * position), so reading the same file twice gives the same ids.
 */
public record LogFileSession(UUID id, @Nullable String title, OffsetDateTime startedAt,
		@Nullable OffsetDateTime endedAt, @Nullable Integer feeling, @Nullable String note, @Nullable UUID planId,
		@Nullable Integer week, @Nullable Integer day, List<LogFileSet> sets) {

	public LogFileSession {
		sets = List.copyOf(sets);
	}

}
