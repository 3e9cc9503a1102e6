package org.fitatlas.training.logfiles;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fitatlas.training.progression.SetKind;
import org.fitatlas.training.progression.Side;
import org.jspecify.annotations.Nullable;

/**
 * Reads our format strictly: ids, tokens and ranges are checked, and a session's columns
 * must agree on every row of it.
 */
final class OurFormatReader {

	private final Map<UUID, Draft> sessions = new LinkedHashMap<>();

	private final Map<UUID, Integer> setLines = new HashMap<>();

	private OurFormatReader() {
	}

	static boolean isOurs(List<String> header) {
		return header.stream().map(Columns::name).toList().equals(OurColumns.ALL);
	}

	static LogFile read(CsvTable table) {
		OurFormatReader reader = new OurFormatReader();
		for (CsvRow row : table.rows()) {
			reader.readRow(row);
		}
		List<LogFileSession> sessions = new ArrayList<>();
		for (Draft draft : reader.sessions.values()) {
			sessions.add(draft.session());
		}
		return new LogFile(LogFormat.FITATLAS, sessions, List.of());
	}

	private void readRow(CsvRow row) {
		int line = row.line();
		UUID sessionId = Values.uuid(line, "session_id", cell(row, "session_id"));
		if (sessionId == null) {
			throw MalformedLogFile.at(line, "session_id is empty; every row names its session");
		}
		LogFileSession session = readSession(row, sessionId);
		Draft draft = this.sessions.get(sessionId);
		if (draft == null) {
			draft = new Draft(row, session);
			this.sessions.put(sessionId, draft);
		}
		else {
			draft.checkSameSession(row);
		}
		LogFileSet set = readSet(row);
		draft.add(row, set);
	}

	private static LogFileSession readSession(CsvRow row, UUID id) {
		int line = row.line();
		OffsetDateTime startedAt = DateTimes.ours(line, "session_started_at", cell(row, "session_started_at"));
		if (startedAt == null) {
			throw MalformedLogFile.at(line, "session_started_at is empty; every session has a start");
		}
		OffsetDateTime endedAt = DateTimes.ours(line, "session_ended_at", cell(row, "session_ended_at"));
		Integer feeling = Values.whole(line, "session_feeling", cell(row, "session_feeling"));
		Values.checkRange(line, "session_feeling", feeling, 1, 5);
		UUID planId = Values.uuid(line, "plan_id", cell(row, "plan_id"));
		Integer week = Values.whole(line, "plan_week", cell(row, "plan_week"));
		Values.checkRange(line, "plan_week", week, 1, 520);
		Integer day = Values.whole(line, "plan_day", cell(row, "plan_day"));
		Values.checkRange(line, "plan_day", day, 1, 7);
		return new LogFileSession(id, asWritten(cell(row, "session_title")), startedAt, endedAt, feeling,
				asWritten(cell(row, "session_note")), planId, week, day, List.of());
	}

	/** The set of a row, or null for the one row of a session without sets. */
	private @Nullable LogFileSet readSet(CsvRow row) {
		int line = row.line();
		UUID id = Values.uuid(line, "set_id", cell(row, "set_id"));
		if (id == null) {
			for (int i = OurColumns.SET_ID + 1; i < OurColumns.ALL.size(); i++) {
				if (!row.get(i).isEmpty()) {
					throw MalformedLogFile.at(line, "set_id is empty but " + OurColumns.name(i) + " is \"" + row.get(i)
							+ "\"; a row without a set leaves every set column empty");
				}
			}
			return null;
		}
		Integer before = this.setLines.putIfAbsent(id, line);
		if (before != null) {
			throw MalformedLogFile.at(line,
					"set_id " + id + " is already used on line " + before + "; every set has its own id");
		}
		Integer order = Values.whole(line, "set_order", cell(row, "set_order"));
		if (order == null || order < 1) {
			throw MalformedLogFile.at(line,
					"set_order \"" + cell(row, "set_order") + "\" must be a whole number from 1");
		}
		String name = asWritten(cell(row, "exercise_name"));
		if (name == null || name.isBlank()) {
			throw MalformedLogFile.at(line, "exercise_name is empty; every set names its exercise");
		}
		String setType = cell(row, "set_type");
		if (SetKind.of(setType).isEmpty()) {
			throw MalformedLogFile.at(line, "set_type \"" + cell(row, "set_type")
					+ "\" is not a known set type; allowed: " + SetKind.allowed());
		}
		Integer reps = Values.whole(line, "reps", cell(row, "reps"));
		Values.checkReps(line, "reps", reps);
		BigDecimal load = Values.decimal(line, "load_kg", cell(row, "load_kg"), false);
		Values.checkLoad(line, "load_kg", load);
		Integer hold = Values.whole(line, "hold_seconds", cell(row, "hold_seconds"));
		Values.checkHold(line, "hold_seconds", hold);
		if (reps == null && hold == null) {
			throw MalformedLogFile.at(line, "the set has neither reps nor hold_seconds; a set has one or both");
		}
		String side = asWritten(cell(row, "side"));
		if (side != null && Side.of(side).isEmpty()) {
			throw MalformedLogFile.at(line,
					"side \"" + cell(row, "side") + "\" is not a known side; allowed: " + Side.allowed() + " or empty");
		}
		BigDecimal rpe = Values.decimal(line, "rpe", cell(row, "rpe"), false);
		if (rpe != null && !Values.isRpe(rpe)) {
			throw MalformedLogFile.at(line,
					"rpe " + cell(row, "rpe") + " is not allowed; allowed: 1 to 10 in half steps (1, 1.5, … 10)");
		}
		Integer rir = Values.whole(line, "rir", cell(row, "rir"));
		Values.checkRange(line, "rir", rir, 0, 10);
		Integer pain = Values.whole(line, "pain", cell(row, "pain"));
		Values.checkRange(line, "pain", pain, 0, 10);
		return new LogFileSet(line, id, order, asWritten(cell(row, "exercise_slug")), name, setType, reps, load, hold,
				side, rpe, rir, pain, asWritten(cell(row, "set_note")),
				DateTimes.ours(line, "set_completed_at", cell(row, "set_completed_at")));
	}

	private static String cell(CsvRow row, String column) {
		return OurColumns.cell(row, column);
	}

	/**
	 * Text exactly as written, only an empty cell absent, so that what we wrote reads
	 * back unchanged.
	 */
	private static @Nullable String asWritten(String cell) {
		return cell.isEmpty() ? null : cell;
	}

	/** A session being gathered from its rows. */
	private static final class Draft {

		private final CsvRow first;

		private final LogFileSession session;

		private final List<LogFileSet> sets = new ArrayList<>();

		private final Map<Integer, Integer> orders = new HashMap<>();

		private boolean setless;

		Draft(CsvRow first, LogFileSession session) {
			this.first = first;
			this.session = session;
		}

		void checkSameSession(CsvRow row) {
			for (int i = 0; i < OurColumns.SESSION_COLUMNS; i++) {
				if (!row.get(i).equals(this.first.get(i))) {
					throw MalformedLogFile.at(row.line(),
							OurColumns.name(i) + " \"" + row.get(i) + "\" differs from \"" + this.first.get(i)
									+ "\" on line " + this.first.line() + " of the same session " + this.session.id()
									+ "; a session's columns are the same on all its rows");
				}
			}
		}

		void add(CsvRow row, @Nullable LogFileSet set) {
			boolean mixed = (set == null) ? !this.sets.isEmpty() || this.setless : this.setless;
			if (mixed) {
				throw MalformedLogFile.at(row.line(), "session " + this.session.id()
						+ " has a row without a set besides other rows; only a session without sets has that one row");
			}
			if (set == null) {
				this.setless = true;
				return;
			}
			Integer before = this.orders.putIfAbsent(set.order(), row.line());
			if (before != null) {
				throw MalformedLogFile.at(row.line(), "set_order " + set.order() + " of session " + this.session.id()
						+ " is already used on line " + before + "; each set has its own place");
			}
			this.sets.add(set);
		}

		LogFileSession session() {
			List<LogFileSet> ordered = new ArrayList<>(this.sets);
			ordered.sort(Comparator.comparingInt(LogFileSet::order));
			LogFileSession s = this.session;
			return new LogFileSession(s.id(), s.title(), s.startedAt(), s.endedAt(), s.feeling(), s.note(), s.planId(),
					s.week(), s.day(), ordered);
		}

	}

}
