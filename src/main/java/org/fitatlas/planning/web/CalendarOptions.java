package org.fitatlas.planning.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.fitatlas.shared.InvalidParameter;
import org.fitatlas.shared.web.RequestParameters;
import org.jspecify.annotations.Nullable;

/**
 * When a plan's calendar events happen: the first day of week 1, the time of day, and the
 * person's time zone (none: the times float, so 07:00 stays 07:00 wherever they are).
 */
record CalendarOptions(LocalDate start, LocalTime time, Optional<ZoneId> zone) {

	static final Set<String> PARAMETERS = Set.of("startDate", "time", "timeZone");

	static final LocalTime MORNING = LocalTime.of(7, 0);

	CalendarOptions {
		if (start.getYear() < 1970 || start.getYear() > 9000) {
			throw new IllegalArgumentException("start must be in 1970..9000, was " + start);
		}
	}

	/**
	 * Reads the calendar's query parameters strictly; the start is the one asked for,
	 * else the plan's start date, else next Monday in the person's time zone.
	 */
	static CalendarOptions read(Map<String, String[]> params, @Nullable String planStart, LocalDate todayUtc) {
		RequestParameters.rejectUnknown(params, PARAMETERS);
		Optional<ZoneId> zone = Optional.ofNullable(RequestParameters.single(params, "timeZone"))
			.map(CalendarOptions::zone);
		String time = RequestParameters.single(params, "time");
		LocalTime at = (time != null) ? time(time) : MORNING;
		String asked = RequestParameters.single(params, "startDate");
		LocalDate today = zone.map(LocalDate::now).orElse(todayUtc);
		LocalDate start = (asked != null) ? date(asked, today)
				: storedStart(planStart).orElseGet(() -> today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)));
		return new CalendarOptions(start, at, zone);
	}

	/** An IANA time zone such as Europe/Berlin; fixed offsets are not a place's time. */
	static ZoneId zone(String id) {
		if (!ZoneId.getAvailableZoneIds().contains(id)) {
			throw InvalidParameter.of("timeZone", id,
					"an IANA time zone id such as Europe/Berlin, America/New_York or Asia/Tokyo");
		}
		return ZoneId.of(id);
	}

	private static LocalTime time(String value) {
		try {
			if (value.length() == 5) {
				return LocalTime.parse(value);
			}
		}
		catch (DateTimeParseException ex) {
			// answered below
		}
		throw InvalidParameter.of("time", value, "a time of day from 00:00 to 23:59, like 07:00");
	}

	private static LocalDate date(String value, LocalDate today) {
		LocalDate date;
		try {
			date = LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw InvalidParameter.of("startDate", value, "a date like 2026-12-07");
		}
		if (date.isBefore(today.minusYears(1)) || date.isAfter(today.plusYears(2))) {
			throw InvalidParameter.of("startDate", value,
					"a date from " + today.minusYears(1) + " to " + today.plusYears(2) + ", like 2026-12-07");
		}
		return date;
	}

	/** Plans stored before start dates were bounded may hold dates a calendar cannot. */
	private static Optional<LocalDate> storedStart(@Nullable String planStart) {
		if (planStart == null) {
			return Optional.empty();
		}
		LocalDate date = LocalDate.parse(planStart);
		return (date.getYear() < 1970 || date.getYear() > 9000) ? Optional.empty() : Optional.of(date);
	}

}
