package org.fitatlas.progress.internal;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.fitatlas.training.ExerciseHistory;
import org.fitatlas.training.ExerciseHistory.SessionEntry;
import org.fitatlas.training.LoggedSet;
import org.fitatlas.training.PainCheck;
import org.jspecify.annotations.Nullable;

/**
 * One exercise's history as chart series: a point per session (oldest first) and the
 * volume per week, weeks without a session shown as 0 so a gap looks like one.
 */
public record ExerciseProgress(List<SessionPoint> points, List<WeekVolume> weeks) {

	/**
	 * At most this many weeks of volume, the latest ones: a year fits a phone's chart.
	 */
	public static final int MAX_WEEKS = 52;

	public ExerciseProgress {
		points = List.copyOf(points);
		weeks = List.copyOf(weeks);
	}

	/** The series of a history, with the morning checks of its sessions by session id. */
	public static ExerciseProgress of(ExerciseHistory history, Map<UUID, PainCheck> morningChecks) {
		return of(history, morningChecks, ZoneOffset.UTC);
	}

	/** The same, with each session on its day in {@code zone}. */
	public static ExerciseProgress of(ExerciseHistory history, Map<UUID, PainCheck> morningChecks,
			java.time.ZoneId zone) {
		List<SessionPoint> points = new ArrayList<>();
		for (SessionEntry entry : newestLast(history.sessions())) {
			PainCheck check = morningChecks.get(entry.sessionId());
			points.add(new SessionPoint(entry.sessionId(), day(entry, zone), entry.estimatedOneRepMaxKg(),
					(entry.estimatedOneRepMaxKg() != null) ? describe(entry.bestSet()) : null, bestReps(entry),
					entry.longestHoldSeconds(), entry.maxPain(), (check != null) ? check.morningPain() : null));
		}
		return new ExerciseProgress(points, weeks(history.sessions(), zone));
	}

	public boolean hasOneRepMax() {
		return this.points.stream().anyMatch((p) -> p.estimatedOneRepMaxKg() != null);
	}

	public boolean hasReps() {
		return this.points.stream().anyMatch((p) -> p.bestReps() != null);
	}

	public boolean hasHolds() {
		return this.points.stream().anyMatch((p) -> p.longestHoldSeconds() != null);
	}

	public boolean hasVolume() {
		return this.weeks.stream().anyMatch((w) -> w.volumeKg().signum() > 0);
	}

	public boolean hasPain() {
		return this.points.stream().anyMatch((p) -> p.pain() != null || p.morningPain() != null);
	}

	static List<WeekVolume> weeks(List<SessionEntry> entries, java.time.ZoneId zone) {
		if (entries.isEmpty()) {
			return List.of();
		}
		TreeMap<LocalDate, BigDecimal> volume = new TreeMap<>();
		TreeMap<LocalDate, Integer> sessions = new TreeMap<>();
		for (SessionEntry entry : entries) {
			LocalDate week = monday(day(entry, zone));
			volume.merge(week, entry.volumeKg(), BigDecimal::add);
			sessions.merge(week, 1, Integer::sum);
		}
		LocalDate last = volume.lastKey();
		LocalDate first = volume.firstKey();
		if (ChronoUnit.WEEKS.between(first, last) >= MAX_WEEKS) {
			first = last.minusWeeks(MAX_WEEKS - 1);
		}
		List<WeekVolume> weeks = new ArrayList<>();
		for (LocalDate week = first; !week.isAfter(last); week = week.plusWeeks(1)) {
			weeks.add(new WeekVolume(week, plain(volume.getOrDefault(week, BigDecimal.ZERO)),
					sessions.getOrDefault(week, 0)));
		}
		return weeks;
	}

	private static List<SessionEntry> newestLast(List<SessionEntry> newestFirst) {
		List<SessionEntry> entries = new ArrayList<>(newestFirst);
		java.util.Collections.reverse(entries);
		return entries;
	}

	static LocalDate monday(LocalDate day) {
		return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	private static LocalDate day(SessionEntry entry, java.time.ZoneId zone) {
		return entry.startedAt().atZoneSameInstant(zone).toLocalDate();
	}

	private static @Nullable Integer bestReps(SessionEntry entry) {
		return entry.sets()
			.stream()
			.filter((s) -> !"warm-up".equals(s.setType()))
			.map(LoggedSet::reps)
			.filter((r) -> r != null && r > 0)
			.max(Integer::compare)
			.orElse(null);
	}

	private static @Nullable String describe(@Nullable LoggedSet set) {
		if (set == null || set.loadKg() == null || set.reps() == null) {
			return null;
		}
		return plain(set.loadKg()).toPlainString() + " kg × " + set.reps();
	}

	static BigDecimal plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

}
