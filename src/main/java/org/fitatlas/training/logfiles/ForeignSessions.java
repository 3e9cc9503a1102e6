package org.fitatlas.training.logfiles;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Gathers the set rows of a foreign file into workouts (same start and title), in file
 * order, with ids derived from the workout and the set's position so that reading a file
 * twice gives the same ids; keeps the list of rows left out and why.
 */
final class ForeignSessions {

	private final LogFormat format;

	private final Map<String, List<ForeignSet>> workouts = new LinkedHashMap<>();

	private final List<LogFile.Skipped> skipped = new ArrayList<>();

	ForeignSessions(LogFormat format) {
		this.format = format;
	}

	void skip(int line, String reason) {
		this.skipped.add(new LogFile.Skipped(line, reason));
	}

	/**
	 * An RPE outside 1..10 is not a reason to lose the set: it is dropped, and said so.
	 */
	@Nullable BigDecimal rpe(int line, @Nullable BigDecimal rpe) {
		if (rpe == null) {
			return null;
		}
		if (!Values.isRpe(rpe)) {
			skip(line, "the RPE " + rpe.toPlainString() + " on line " + line
					+ " was ignored: RPE must be 1..10 in half steps; the set was kept without it");
			return null;
		}
		return rpe;
	}

	void add(ForeignSet set) {
		this.workouts.computeIfAbsent(set.workoutKey(), (key) -> new ArrayList<>()).add(set);
	}

	LogFile toLogFile() {
		List<LogFileSession> sessions = new ArrayList<>();
		for (List<ForeignSet> rows : this.workouts.values()) {
			sessions.add(session(rows));
		}
		List<LogFile.Skipped> sorted = new ArrayList<>(this.skipped);
		sorted.sort((a, b) -> Integer.compare(a.line(), b.line()));
		return new LogFile(this.format, sessions, sorted);
	}

	private LogFileSession session(List<ForeignSet> rows) {
		ForeignSet first = rows.get(0);
		UUID sessionId = UUID.nameUUIDFromBytes(
				(this.format.token() + "|" + first.startedAt() + "|" + first.title()).getBytes(StandardCharsets.UTF_8));
		List<LogFileSet> sets = new ArrayList<>();
		String note = null;
		OffsetDateTime endedAt = null;
		for (ForeignSet row : rows) {
			int order = sets.size() + 1;
			UUID setId = UUID.nameUUIDFromBytes((sessionId + "|" + order).getBytes(StandardCharsets.UTF_8));
			sets.add(new LogFileSet(row.line(), setId, order, null, row.exerciseName(), row.setType(), row.reps(),
					row.loadKg(), row.holdSeconds(), null, row.rpe(), null, null, row.note(), null));
			note = (note != null) ? note : row.workoutNote();
			endedAt = (endedAt != null) ? endedAt : row.endedAt();
		}
		return new LogFileSession(sessionId, first.title(), first.startedAt(), endedAt, null, note, null, null, null,
				sets);
	}

}
