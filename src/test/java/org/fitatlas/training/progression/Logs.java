package org.fitatlas.training.progression;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Builders for ladders and logged sessions, so each test reads as the training it
 * describes.
 */
final class Logs {

	/** Monday 30 November 2026, the latest session in most tests. */
	static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

	/** Thursday 26 November 2026, the session before it. */
	static final LocalDate THURSDAY = LocalDate.of(2026, 11, 26);

	private Logs() {
	}

	static Prescription reps(int sets, int bottom, int top) {
		return new Prescription(sets, bottom, top, null, null, 90);
	}

	static Prescription holds(int sets, int bottom, int top) {
		return new Prescription(sets, null, null, bottom, top, 60);
	}

	static Rung upper(String name, Prescription range, String step) {
		return new Rung(slug(name), name, range, false, new BigDecimal(step));
	}

	static Rung lower(String name, Prescription range, String step) {
		return new Rung(slug(name), name, range, true, new BigDecimal(step));
	}

	static Ladder alone(Rung rung) {
		return new Ladder(rung, Optional.empty(), Optional.empty());
	}

	static Ladder ladder(Rung easier, Rung current, Rung harder) {
		return new Ladder(current, Optional.ofNullable(easier), Optional.ofNullable(harder));
	}

	private static String slug(String name) {
		return name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
	}

	/**
	 * A working set of reps at a load (null for body weight) and RPE (null: not logged).
	 */
	static SetLog set(int reps, String kg, String rpe) {
		return new SetLog(SetKind.WORKING, reps, decimal(kg), null, Side.BOTH, decimal(rpe), null, null);
	}

	static SetLog withPain(int reps, String kg, int pain) {
		return new SetLog(SetKind.WORKING, reps, decimal(kg), null, Side.BOTH, new BigDecimal("7"), null, pain);
	}

	static SetLog withRir(int reps, String kg, int rir) {
		return new SetLog(SetKind.WORKING, reps, decimal(kg), null, Side.BOTH, null, rir, null);
	}

	static SetLog warmUp(int reps, String kg) {
		return new SetLog(SetKind.WARM_UP, reps, decimal(kg), null, Side.BOTH, null, null, null);
	}

	static SetLog side(Side side, int reps, String kg, String rpe) {
		return new SetLog(SetKind.WORKING, reps, decimal(kg), null, side, decimal(rpe), null, null);
	}

	static SetLog hold(int seconds) {
		return new SetLog(SetKind.WORKING, null, null, seconds, Side.BOTH, null, null, null);
	}

	/** The same set n times. */
	static List<SetLog> times(int n, SetLog set) {
		return Collections.nCopies(n, set);
	}

	static SessionLog on(LocalDate date, List<SetLog> sets) {
		return new SessionLog(UUID.randomUUID(), date, "any", sets, Optional.empty());
	}

	static SessionLog on(LocalDate date, SetLog... sets) {
		return on(date, List.of(sets));
	}

	static SessionLog morning(SessionLog session, int pain, MorningCheck.Comparison comparison) {
		return new SessionLog(session.sessionId(), session.date(), session.exerciseSlug(), session.sets(),
				Optional.of(new MorningCheck(pain, comparison)));
	}

	/** Sessions every third day up to {@link #MONDAY}, each with the given sets. */
	@SafeVarargs
	static List<SessionLog> history(List<SetLog>... sessions) {
		List<SessionLog> logs = new ArrayList<>();
		for (int i = 0; i < sessions.length; i++) {
			logs.add(on(MONDAY.minusDays(3L * (sessions.length - 1 - i)), sessions[i]));
		}
		return logs;
	}

	static List<UUID> ids(List<SessionLog> sessions) {
		return sessions.stream().map(SessionLog::sessionId).toList();
	}

	private static BigDecimal decimal(String value) {
		return (value != null) ? new BigDecimal(value) : null;
	}

}
