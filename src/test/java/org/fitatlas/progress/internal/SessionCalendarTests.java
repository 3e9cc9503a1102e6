package org.fitatlas.progress.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.fitatlas.progress.internal.SessionCalendar.Day;
import org.fitatlas.progress.internal.SessionCalendar.Month;
import org.fitatlas.shared.InvalidParameter;
import org.fitatlas.training.SessionSummary;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The session calendar: month grids from Monday, training days marked with what was
 * trained, the last few months up to today's.
 */
class SessionCalendarTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

	@Test
	void shouldShowTheLastThreeMonthsInWeeksFromMonday() {
		List<Month> months = SessionCalendar.of(List.of(), TODAY, 3);
		assertThat(months).extracting(Month::month)
			.containsExactly(YearMonth.of(2026, 9), YearMonth.of(2026, 10), YearMonth.of(2026, 11));
		Month november = months.get(2);
		// 1 November 2026 is a Sunday: six blanks before it, and 30 days make 6 rows
		assertThat(november.weeks()).hasSize(6).allSatisfy((week) -> assertThat(week).hasSize(7));
		assertThat(november.weeks().get(0).subList(0, 6)).containsOnlyNulls();
		assertThat(november.weeks().get(0).get(6).date()).isEqualTo(LocalDate.of(2026, 11, 1));
		assertThat(november.weeks().get(5).get(0).date()).isEqualTo(TODAY)
			.matches((d) -> d.getDayOfWeek() == DayOfWeek.MONDAY);
		assertThat(november.weeks().get(5).get(0).today()).isTrue();
		assertThat(SessionCalendar.from(TODAY, 3)).isEqualTo(LocalDate.of(2026, 9, 1));
	}

	@Test
	void shouldMarkTrainingDaysWithTheirExercises() {
		List<SessionSummary> sessions = List.of(session("2026-11-05T18:00:00Z", "Barbell Bench Press", "Push-up"),
				session("2026-11-05T07:00:00Z", "Push-up", "Side Plank"), session("2026-10-31T23:30:00Z", "Bird Dog"));
		List<Month> months = SessionCalendar.of(sessions, TODAY, 2);
		Day fifth = day(months.get(1), 5);
		assertThat(fifth.trained()).isTrue();
		assertThat(fifth.sessions()).isEqualTo(2);
		assertThat(fifth.exercises()).containsExactly("Barbell Bench Press", "Push-up", "Side Plank");
		assertThat(day(months.get(1), 6).trained()).isFalse();
		assertThat(day(months.get(0), 31).exercises()).containsExactly("Bird Dog");
		assertThat(months).extracting(Month::sessions).containsExactly(1, 2);
	}

	@Test
	void shouldRefuseAnUnreasonableNumberOfMonths() {
		assertThatThrownBy(() -> SessionCalendar.from(TODAY, 0)).isInstanceOf(InvalidParameter.class)
			.hasMessageContaining("'0'")
			.hasMessageContaining("1..24");
	}

	private static Day day(Month month, int dayOfMonth) {
		return month.weeks()
			.stream()
			.flatMap(List::stream)
			.filter(Objects::nonNull)
			.filter((d) -> d.date().getDayOfMonth() == dayOfMonth)
			.findFirst()
			.orElseThrow();
	}

	private static SessionSummary session(String startedAt, String... exercises) {
		return new SessionSummary(UUID.randomUUID(), null, OffsetDateTime.parse(startedAt), null, null, null, null,
				null, exercises.length, null, List.of(exercises));
	}

}
