package org.fitatlas.training.logfiles;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One set as a log file holds it. {@code exerciseSlug} is known only in our own format;
 * foreign files carry the exercise's name as the app spelled it. {@code line} is the
 * 1-based line of the file it came from (0 when written by us).
 */
public record LogFileSet(int line, UUID id, int order, @Nullable String exerciseSlug, String exerciseName,
		String setType, @Nullable Integer reps, @Nullable BigDecimal loadKg, @Nullable Integer holdSeconds,
		@Nullable String side, @Nullable BigDecimal rpe, @Nullable Integer rir, @Nullable Integer pain,
		@Nullable String note, @Nullable OffsetDateTime completedAt) {
}
