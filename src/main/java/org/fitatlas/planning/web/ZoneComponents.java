package org.fitatlas.planning.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

import biweekly.component.DaylightSavingsTime;
import biweekly.component.Observance;
import biweekly.component.StandardTime;
import biweekly.component.VTimezone;
import biweekly.util.DateTimeComponents;
import biweekly.util.UtcOffset;

/**
 * A VTIMEZONE for an IANA zone over the plan's dates, built from Java's own time-zone
 * rules: RFC 5545 asks for one with every TZID, and biweekly would otherwise download it.
 */
final class ZoneComponents {

	private ZoneComponents() {
	}

	/** The observance in force on {@code from} and every change up to {@code to}. */
	static VTimezone vtimezone(ZoneId zone, LocalDate from, LocalDate to) {
		VTimezone component = new VTimezone(zone.getId());
		ZoneRules rules = zone.getRules();
		Instant begin = from.minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		Instant end = to.plusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant();
		ZoneOffsetTransition before = rules.previousTransition(begin);
		if (before != null) {
			add(component, rules, before);
		}
		else {
			ZoneOffset offset = rules.getOffset(begin);
			StandardTime always = new StandardTime();
			always.setDateStart(new DateTimeComponents(1970, 1, 1, 0, 0, 0, false));
			always.setTimezoneOffsetFrom(offset(offset));
			always.setTimezoneOffsetTo(offset(offset));
			component.addStandardTime(always);
		}
		for (ZoneOffsetTransition t = rules.nextTransition(begin); t != null
				&& t.getInstant().isBefore(end); t = rules.nextTransition(t.getInstant())) {
			add(component, rules, t);
		}
		return component;
	}

	private static void add(VTimezone component, ZoneRules rules, ZoneOffsetTransition transition) {
		boolean daylight = rules.isDaylightSavings(transition.getInstant());
		Observance observance = daylight ? new DaylightSavingsTime() : new StandardTime();
		// the onset in local time as it was before the change (RFC 5545, 3.6.5)
		LocalDateTime onset = transition.getDateTimeBefore();
		observance.setDateStart(new DateTimeComponents(onset.getYear(), onset.getMonthValue(), onset.getDayOfMonth(),
				onset.getHour(), onset.getMinute(), onset.getSecond(), false));
		observance.setTimezoneOffsetFrom(offset(transition.getOffsetBefore()));
		observance.setTimezoneOffsetTo(offset(transition.getOffsetAfter()));
		if (daylight) {
			component.addDaylightSavingsTime((DaylightSavingsTime) observance);
		}
		else {
			component.addStandardTime((StandardTime) observance);
		}
	}

	private static UtcOffset offset(ZoneOffset offset) {
		return new UtcOffset(offset.getTotalSeconds() * 1000L);
	}

}
