package org.fitatlas.planning.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.TimezoneAssignment;
import biweekly.property.Summary;
import biweekly.util.Duration;
import org.fitatlas.planning.Plan;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A plan's sessions as iCalendar events (RFC 5545, written by biweekly): week 1 is the
 * seven days from the start date, week 2 the seven after, and so on, each session on its
 * weekday within its week, so the weeks stay in order whatever day the plan starts.
 * Events carry the person's time zone (with its VTIMEZONE), or float when none is known.
 */
final class PlanCalendar {

	/** A session with the day it falls on. */
	record Dated(LocalDate date, Plan.Week week, Plan.Session session) {
	}

	private PlanCalendar() {
	}

	/**
	 * The calendar file as a download, with the options read strictly from the query
	 * parameters (today taken in UTC unless a time zone is given).
	 */
	static ResponseEntity<String> download(Plan plan, Map<String, String[]> parameters, String baseUrl) {
		CalendarOptions options = CalendarOptions.read(parameters, plan.profile().startDate(),
				LocalDate.now(ZoneOffset.UTC));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8"))
			.header("Content-Disposition", "attachment; filename=\"fitatlas-plan-" + plan.id() + ".ics\"")
			.body(write(plan, options, baseUrl));
	}

	static String write(Plan plan, CalendarOptions options, String baseUrl) {
		List<Dated> sessions = schedule(plan, options.start());
		ICalendar calendar = new ICalendar();
		calendar.setProductId("-//FitAtlas//Training plans//EN");
		if (options.zone().isPresent() && !sessions.isEmpty()) {
			calendar.getTimezoneInfo()
				.setDefaultTimezone(new TimezoneAssignment(TimeZone.getTimeZone(options.zone().get()),
						ZoneComponents.vtimezone(options.zone().get(), sessions.get(0).date(),
								sessions.get(sessions.size() - 1).date())));
		}
		else {
			calendar.getTimezoneInfo().setGlobalFloatingTime(true);
		}
		for (Dated dated : sessions) {
			Plan.Week week = dated.week();
			Plan.Session session = dated.session();
			VEvent event = new VEvent();
			event.setUid(plan.id() + "-w" + week.week() + "-d" + session.day());
			event.setSummary(new Summary("FitAtlas week " + week.week() + ": " + session.title()));
			LocalDateTime at = dated.date().atTime(options.time());
			// floating times are written in the zone they were made in: UTC keeps 07:00
			// 07:00
			TimeZone zone = options.zone().map(TimeZone::getTimeZone).orElse(TimeZone.getTimeZone(ZoneOffset.UTC));
			event.setDateStart(Date.from(at.atZone(zone.toZoneId()).toInstant()));
			event.setDuration(Duration.builder().minutes(session.estimatedMinutes()).build());
			event.setDescription(description(plan, week, session, baseUrl));
			event.setUrl(baseUrl + "/plans/" + plan.id());
			calendar.addEvent(event);
		}
		return Biweekly.write(calendar).go();
	}

	/** Every session with its date, in date order: all of week 1 before any of week 2. */
	static List<Dated> schedule(Plan plan, LocalDate start) {
		List<Dated> sessions = new ArrayList<>();
		for (Plan.Week week : plan.weeks()) {
			LocalDate weekStart = start.plusWeeks(week.week() - 1L);
			for (Plan.Session session : week.sessions()) {
				LocalDate date = weekStart.with(TemporalAdjusters.nextOrSame(java.time.DayOfWeek.of(session.day())));
				sessions.add(new Dated(date, week, session));
			}
		}
		sessions.sort(Comparator.comparing(Dated::date));
		return sessions;
	}

	private static String description(Plan plan, Plan.Week week, Plan.Session session, String baseUrl) {
		StringBuilder description = new StringBuilder(week.theme()).append('\n');
		for (Plan.Block block : session.blocks()) {
			description.append('\n').append(block.kind()).append(":\n");
			for (Plan.Item item : block.items()) {
				description.append("- ").append(item.exercise().name()).append(": ").append(dose(item)).append('\n');
			}
		}
		return description.append('\n').append(baseUrl).append("/plans/").append(plan.id()).toString();
	}

	static String dose(Plan.Item item) {
		String amount = (item.holdSeconds() != null) ? item.holdSeconds() + " s"
				: (item.repsMax() != null) ? item.reps() + "–" + item.repsMax() + " reps" : item.reps() + " reps";
		return item.sets() + " × " + amount + (item.perSide() ? " each side" : "")
				+ ((item.restSeconds() > 0) ? ", rest " + item.restSeconds() + " s" : "");
	}

}
