package org.fitatlas.progress.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.fitatlas.shared.InvalidParameter;
import org.fitatlas.training.SessionSummary;
import org.jspecify.annotations.Nullable;

/**
 * Month grids (weeks from Monday) of the last few months, each day marked with the
 * sessions started on it (UTC) and the exercises they held.
 */
public final class SessionCalendar {

	private SessionCalendar() {
	}

	/**
	 * A month as rows of seven days; days of the neighbouring months are {@code null}.
	 */
	public record Month(YearMonth month, List<List<@Nullable Day>> weeks, int sessions) {

		public Month {
			weeks = weeks.stream()
				.map((week) -> java.util.Collections.unmodifiableList(new ArrayList<>(week)))
				.toList();
		}

	}

	/** A day of a month and what was trained on it. */
	public record Day(LocalDate date, int sessions, List<String> exercises, boolean today) {

		public Day {
			exercises = List.copyOf(exercises);
		}

		public boolean trained() {
			return this.sessions > 0;
		}

	}

	/** The first day of the oldest of the {@code months} months that end with today's. */
	public static LocalDate from(LocalDate today, int months) {
		if (months < 1 || months > 24) {
			throw InvalidParameter.of("months", String.valueOf(months), "1..24");
		}
		return YearMonth.from(today).minusMonths(months - 1).atDay(1);
	}

	/** The months from {@code from(today, months)} to today's, oldest first. */
	public static List<Month> of(List<SessionSummary> sessions, LocalDate today, int months) {
		return of(sessions, today, months, ZoneOffset.UTC);
	}

	/** The same, with each session on its day in {@code zone}. */
	public static List<Month> of(List<SessionSummary> sessions, LocalDate today, int months, java.time.ZoneId zone) {
		Map<LocalDate, Integer> counts = new TreeMap<>();
		Map<LocalDate, Set<String>> exercises = new TreeMap<>();
		for (SessionSummary session : sessions) {
			LocalDate day = session.startedAt().atZoneSameInstant(zone).toLocalDate();
			counts.merge(day, 1, Integer::sum);
			exercises.computeIfAbsent(day, (d) -> new LinkedHashSet<>()).addAll(session.exercises());
		}
		List<Month> result = new ArrayList<>();
		for (YearMonth month = YearMonth.from(from(today, months)); !month.isAfter(YearMonth.from(today)); month = month
			.plusMonths(1)) {
			result.add(month(month, counts, exercises, today));
		}
		return result;
	}

	private static Month month(YearMonth month, Map<LocalDate, Integer> counts, Map<LocalDate, Set<String>> exercises,
			LocalDate today) {
		List<List<@Nullable Day>> weeks = new ArrayList<>();
		List<@Nullable Day> week = new ArrayList<>();
		int lead = month.atDay(1).getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue();
		for (int i = 0; i < lead; i++) {
			week.add(null);
		}
		int total = 0;
		for (int d = 1; d <= month.lengthOfMonth(); d++) {
			LocalDate date = month.atDay(d);
			int count = counts.getOrDefault(date, 0);
			total += count;
			week.add(new Day(date, count, List.copyOf(exercises.getOrDefault(date, Set.of())), date.equals(today)));
			if (week.size() == 7) {
				weeks.add(week);
				week = new ArrayList<>();
			}
		}
		if (!week.isEmpty()) {
			while (week.size() < 7) {
				week.add(null);
			}
			weeks.add(week);
		}
		return new Month(month, weeks, total);
	}

}
