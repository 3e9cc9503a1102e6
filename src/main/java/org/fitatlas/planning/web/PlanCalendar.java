package org.fitatlas.planning.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Summary;
import biweekly.util.Duration;
import org.fitatlas.planning.Plan;

/**
 * A plan's sessions as iCalendar events (RFC 5545, written by biweekly): one event per
 * session, from the plan's start date (the Monday of its week) at 07:00.
 */
final class PlanCalendar {

	private PlanCalendar() {
	}

	static String write(Plan plan, LocalDate fallbackStart, String baseUrl) {
		LocalDate start = (plan.profile().startDate() != null) ? LocalDate.parse(plan.profile().startDate())
				: fallbackStart;
		if (start.getYear() < 1970 || start.getYear() > 9000) {
			// stored before start dates were bounded; a calendar cannot hold such dates
			start = fallbackStart;
		}
		LocalDate monday = start.minusDays(start.getDayOfWeek().getValue() - 1L);
		ICalendar calendar = new ICalendar();
		calendar.setProductId("-//FitAtlas//Training plans//EN");
		for (Plan.Week week : plan.weeks()) {
			for (Plan.Session session : week.sessions()) {
				LocalDate date = monday.plusWeeks(week.week() - 1L).plusDays(session.day() - 1L);
				if (date.isBefore(start)) {
					date = date.plusWeeks(plan.weeks().size());
				}
				VEvent event = new VEvent();
				event.setUid(plan.id() + "-w" + week.week() + "-d" + session.day());
				event.setSummary(new Summary("FitAtlas week " + week.week() + ": " + session.title()));
				LocalDateTime at = date.atTime(7, 0);
				event.setDateStart(Date.from(at.atZone(ZoneId.systemDefault()).toInstant()));
				event.setDuration(Duration.builder().minutes(session.estimatedMinutes()).build());
				StringBuilder description = new StringBuilder(week.theme()).append('\n');
				for (Plan.Block block : session.blocks()) {
					description.append('\n').append(block.kind()).append(":\n");
					for (Plan.Item item : block.items()) {
						description.append("- ")
							.append(item.exercise().name())
							.append(": ")
							.append(dose(item))
							.append('\n');
					}
				}
				description.append('\n').append(baseUrl).append("/plans/").append(plan.id());
				event.setDescription(description.toString());
				calendar.addEvent(event);
			}
		}
		return Biweekly.write(calendar).go();
	}

	static String dose(Plan.Item item) {
		String amount = (item.holdSeconds() != null) ? item.holdSeconds() + " s"
				: (item.repsMax() != null) ? item.reps() + "–" + item.repsMax() + " reps" : item.reps() + " reps";
		return item.sets() + " × " + amount + (item.perSide() ? " each side" : "")
				+ ((item.restSeconds() > 0) ? ", rest " + item.restSeconds() + " s" : "");
	}

}
