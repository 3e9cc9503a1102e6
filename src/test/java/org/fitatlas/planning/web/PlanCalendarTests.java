package org.fitatlas.planning.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import org.fitatlas.planning.Plan;
import org.fitatlas.shared.InvalidParameter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The calendar file: weeks in order from the start, at the person's local time, each
 * event listing its exercises.
 */
class PlanCalendarTests {

	private static final LocalDate THURSDAY = LocalDate.of(2026, 12, 3);

	@Test
	void shouldStartNextMondayAndKeepWeekOneBeforeWeekTwoWithoutAStartDate() {
		Plan plan = plan(4, 1, 3, 5);
		CalendarOptions options = CalendarOptions.read(Map.of(), null, THURSDAY);
		assertThat(options.start()).isEqualTo(LocalDate.of(2026, 12, 7));

		List<PlanCalendar.Dated> sessions = PlanCalendar.schedule(plan, options.start());
		assertThat(sessions).extracting((d) -> d.week().week()).isSorted();
		assertThat(sessions.get(0).date()).isEqualTo(LocalDate.of(2026, 12, 7));
		assertThat(sessions.get(sessions.size() - 1).date())
			.isEqualTo(LocalDate.of(2026, 12, 7).plusWeeks(3).plusDays(4));
		List<VEvent> events = Biweekly.parse(PlanCalendar.write(plan, options, "https://fitatlas.test"))
			.first()
			.getEvents();
		assertThat(events).extracting((e) -> e.getSummary().getValue().substring(0, 14))
			.containsExactly("FitAtlas week ", "FitAtlas week ", "FitAtlas week ", "FitAtlas week ", "FitAtlas week ",
					"FitAtlas week ", "FitAtlas week ", "FitAtlas week ", "FitAtlas week ", "FitAtlas week ",
					"FitAtlas week ", "FitAtlas week ");
		assertThat(events).extracting((e) -> e.getSummary().getValue().charAt(14))
			.containsExactly('1', '1', '1', '2', '2', '2', '3', '3', '3', '4', '4', '4');
	}

	@Test
	void shouldKeepTheWeeksInOrderWhenThePlanStartsMidweek() {
		List<PlanCalendar.Dated> sessions = PlanCalendar.schedule(plan(2, 1, 3, 5), THURSDAY);
		assertThat(sessions).extracting(PlanCalendar.Dated::date)
			.containsExactly(LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 9),
					LocalDate.of(2026, 12, 11), LocalDate.of(2026, 12, 14), LocalDate.of(2026, 12, 16));
		assertThat(sessions).extracting((d) -> d.week().week()).containsExactly(1, 1, 1, 2, 2, 2);
		assertThat(sessions).allMatch((d) -> d.date().getDayOfWeek().getValue() == d.session().day());
	}

	@Test
	void shouldWriteLocalTimesWithTheZoneAndItsDaylightSavingChange() {
		CalendarOptions options = CalendarOptions.read(
				Map.of("timeZone", new String[] { "Europe/Berlin" }, "startDate", new String[] { "2027-03-22" }), null,
				THURSDAY);
		String ics = PlanCalendar.write(plan(2, 1), options, "https://fitatlas.test");
		assertThat(ics).contains("DTSTART;TZID=Europe/Berlin:20270322T070000")
			.contains("DTSTART;TZID=Europe/Berlin:20270329T070000")
			.contains("BEGIN:VTIMEZONE")
			.contains("TZID:Europe/Berlin")
			.contains("TZOFFSETTO:+0200");
		ICalendar calendar = Biweekly.parse(ics).first();
		assertThat(calendar.getEvents().get(1).getDateStart().getValue().toInstant().toString())
			.isEqualTo("2027-03-29T05:00:00Z");
	}

	@Test
	void shouldFloatTheTimesWhenNoZoneIsKnown() {
		CalendarOptions options = CalendarOptions.read(Map.of("time", new String[] { "18:30" }), "2026-12-07",
				THURSDAY);
		String ics = PlanCalendar.write(plan(1, 2), options, "https://fitatlas.test");
		assertThat(ics).contains("DTSTART:20261208T183000\r\n").doesNotContain("TZID").doesNotContain("T183000Z");
	}

	@Test
	void shouldListTheSessionsExercisesAndTheirDosesInEachEvent() {
		String ics = PlanCalendar.write(plan(1, 1), CalendarOptions.read(Map.of(), null, THURSDAY), "https://x.test");
		String description = Biweekly.parse(ics).first().getEvents().get(0).getDescription().getValue();
		assertThat(description).contains("- Goblet Squat: 3 × 8–12 reps, rest 90 s")
			.contains("- Side Plank: 2 × 30 s each side")
			.contains("https://x.test/plans/");
	}

	@Test
	void shouldRefuseAnUnknownZoneATimeOrADateByName() {
		for (String[] bad : List.of(new String[] { "timeZone", "Mars/Olympus" }, new String[] { "timeZone", "+02:00" },
				new String[] { "time", "7am" }, new String[] { "time", "25:00" },
				new String[] { "startDate", "next monday" }, new String[] { "startDate", "2099-01-01" })) {
			assertThatThrownBy(() -> CalendarOptions.read(Map.of(bad[0], new String[] { bad[1] }), null, THURSDAY))
				.isInstanceOf(InvalidParameter.class)
				.hasMessageContaining("'" + bad[0] + "'")
				.hasMessageContaining(bad[1]);
		}
		assertThatThrownBy(
				() -> CalendarOptions.read(Map.of("timeZone", new String[] { "Mars/Olympus" }), null, THURSDAY))
			.hasMessageContaining("Europe/Berlin");
		assertThatThrownBy(() -> CalendarOptions.read(Map.of("colour", new String[] { "red" }), null, THURSDAY))
			.hasMessageContaining("'colour'")
			.hasMessageContaining("startDate, time, timeZone");
	}

	@Test
	void shouldStartNextMondayInThePersonsZone() {
		CalendarOptions options = CalendarOptions.read(Map.of("timeZone", new String[] { "Pacific/Auckland" }), null,
				THURSDAY);
		assertThat(options.zone()).contains(ZoneId.of("Pacific/Auckland"));
		assertThat(options.start().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
		assertThat(options.start()).isAfter(LocalDate.now(ZoneId.of("Pacific/Auckland")));
		assertThat(options.time()).isEqualTo(LocalTime.of(7, 0));
		assertThat(new CalendarOptions(THURSDAY, LocalTime.NOON, Optional.empty()).zone()).isEmpty();
	}

	/** A plan of {@code weeks} weeks with a session on each of {@code days}. */
	static Plan plan(int weeks, int... days) {
		Plan.Item squat = new Plan.Item(new Plan.ExerciseLink("goblet-squat", "Goblet Squat"), 3, 8, 12, null, false,
				false, 90, "a weight you can lift 8–12 times", "", List.of(), "Strength: works quadriceps.");
		Plan.Item plank = new Plan.Item(new Plan.ExerciseLink("side-plank", "Side Plank"), 2, null, null, 30, true,
				false, 0, "body weight", "", List.of(), "Core: works obliques.");
		List<Plan.Week> list = new ArrayList<>();
		for (int w = 1; w <= weeks; w++) {
			List<Plan.Session> sessions = new ArrayList<>();
			for (int day : days) {
				sessions.add(
						new Plan.Session(day, "Full body", 30, List.of(new Plan.Block("main", List.of(squat, plank)))));
			}
			list.add(new Plan.Week(w, "Build the habit", false, sessions, java.util.Map.of()));
		}
		Plan.Profile profile = new Plan.Profile("strength", "beginner", days.length, 30, weeks, List.of(), List.of(),
				null, List.of(), null, 0);
		return new Plan(UUID.randomUUID(), profile, "A plan", list, List.of(), List.of(), List.of(), List.of());
	}

}
