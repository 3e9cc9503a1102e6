package org.fitatlas.training.logfiles;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The 23 columns of our format, in the order they are written and must be read.
 */
final class OurColumns {

	static final List<String> ALL = List.of("session_id", "session_title", "session_started_at", "session_ended_at",
			"session_feeling", "session_note", "plan_id", "plan_week", "plan_day", "set_id", "set_order",
			"exercise_slug", "exercise_name", "set_type", "reps", "load_kg", "hold_seconds", "side", "rpe", "rir",
			"pain", "set_note", "set_completed_at");

	/** The columns that describe the session and so must agree on every row of it. */
	static final int SESSION_COLUMNS = 9;

	static final int SET_ID = 9;

	private OurColumns() {
	}

	private static final Map<String, Integer> INDEX = IntStream.range(0, ALL.size())
		.boxed()
		.collect(Collectors.toUnmodifiableMap(ALL::get, (i) -> i));

	static String name(int index) {
		return ALL.get(index);
	}

	/** The cell of a column of ours, by its name. */
	static String cell(CsvRow row, String column) {
		Integer index = INDEX.get(column);
		if (index == null) {
			throw new IllegalArgumentException("not a column of our format: " + column);
		}
		return row.get(index);
	}

}
