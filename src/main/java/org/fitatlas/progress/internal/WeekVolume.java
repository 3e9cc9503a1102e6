package org.fitatlas.progress.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.fitatlas.shared.InvalidParameter;

/**
 * The volume (reps × kg, warm-ups left out) of one exercise in the week that starts on
 * Monday {@code weekOf}, over its {@code sessions}.
 */
public record WeekVolume(LocalDate weekOf, BigDecimal volumeKg, int sessions) {

	public WeekVolume {
		if (weekOf.getDayOfWeek() != java.time.DayOfWeek.MONDAY) {
			throw InvalidParameter.of("weekOf", weekOf.toString(), "a Monday");
		}
		if (volumeKg.signum() < 0) {
			throw InvalidParameter.of("volumeKg", volumeKg.toPlainString(), "0 or more");
		}
	}

}
