package org.fitatlas.progress.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One session of an exercise as a point on the charts: the day, the estimated one-rep
 * maximum and the set it came from, the most reps in one set, the longest hold, the
 * highest pain during it and the pain the next morning (each {@code null} when the
 * session has none).
 */
public record SessionPoint(UUID sessionId, LocalDate date, @Nullable BigDecimal estimatedOneRepMaxKg,
		@Nullable String bestSet, @Nullable Integer bestReps, @Nullable Integer longestHoldSeconds,
		@Nullable Integer pain, @Nullable Integer morningPain) {

}
