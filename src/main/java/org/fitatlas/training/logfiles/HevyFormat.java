package org.fitatlas.training.logfiles;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Reads Hevy's export: one row per set with the workout's title, start and end on each
 * row, weights in kg or lbs by column name.
 */
final class HevyFormat {

	private static final String TITLE = "title";

	private static final String START = "start_time";

	private static final String END = "end_time";

	private static final String DESCRIPTION = "description";

	private static final String EXERCISE = "exercise_title";

	private static final String EXERCISE_NOTES = "exercise_notes";

	private static final String SET_TYPE = "set_type";

	private static final String REPS = "reps";

	private static final String DURATION = "duration_seconds";

	private static final String RPE = "rpe";

	private final Columns columns;

	private final ZoneId zone;

	private final String weightColumn;

	private HevyFormat(Columns columns, ZoneId zone) {
		this.columns = columns;
		this.zone = zone;
		this.weightColumn = columns.firstOf("weight_kg", "weight_lbs").orElse("weight_kg");
	}

	static boolean isHevy(Columns columns) {
		return columns.hasAll(TITLE, START, END, EXERCISE, SET_TYPE, REPS, DURATION)
				&& columns.firstOf("weight_kg", "weight_lbs").isPresent();
	}

	static LogFile read(CsvTable table, ZoneId zone) {
		HevyFormat format = new HevyFormat(new Columns(table.header().values()), zone);
		ForeignSessions sessions = new ForeignSessions(LogFormat.HEVY);
		for (CsvRow row : table.rows()) {
			format.readRow(row, sessions);
		}
		return sessions.toLogFile();
	}

	private void readRow(CsvRow row, ForeignSessions sessions) {
		int line = row.line();
		OffsetDateTime startedAt = DateTimes.hevy(line, START, cell(row, START), this.zone, true);
		OffsetDateTime endedAt = DateTimes.hevy(line, END, cell(row, END), this.zone, false);
		String exercise = Values.text(cell(row, EXERCISE));
		if (exercise == null) {
			throw MalformedLogFile.at(line, EXERCISE + " is empty; every set names its exercise");
		}
		String setType = setType(line, cell(row, SET_TYPE));
		Integer reps = Values.whole(line, REPS, cell(row, REPS));
		Values.checkReps(line, REPS, reps);
		Integer seconds = Values.whole(line, DURATION, cell(row, DURATION));
		Values.checkHold(line, DURATION, seconds);
		BigDecimal weight = Values.decimal(line, this.weightColumn, cell(row, this.weightColumn), false);
		BigDecimal load = (weight != null && this.weightColumn.equals("weight_lbs")) ? Values.poundsToKg(weight)
				: weight;
		Values.checkLoad(line, this.weightColumn, load);
		BigDecimal rpe = Values.decimal(line, RPE, cell(row, RPE), false);
		boolean hasReps = reps != null && reps > 0;
		boolean hasHold = seconds != null && seconds > 0;
		if (!hasReps && !hasHold) {
			sessions.skip(line, "line " + line + " has neither reps nor duration_seconds (a distance-only or empty set)"
					+ " (" + exercise + ")");
			return;
		}
		sessions.add(new ForeignSet(line, startedAt, Values.text(cell(row, TITLE)), endedAt,
				Values.text(cell(row, DESCRIPTION)), exercise, setType, hasReps ? reps : null, load,
				hasReps ? null : seconds, sessions.rpe(line, rpe), Values.text(cell(row, EXERCISE_NOTES))));
	}

	private static String setType(int line, @Nullable String raw) {
		String value = Values.clean(raw);
		return switch ((value != null) ? value.toLowerCase(Locale.ROOT) : "") {
			case "normal" -> "working";
			case "warmup" -> "warm-up";
			case "dropset" -> "drop";
			case "failure" -> "failure";
			default -> throw MalformedLogFile.at(line, SET_TYPE + " \"" + ((raw != null) ? raw : "")
					+ "\" is not one of normal, warmup, dropset, failure");
		};
	}

	private @Nullable String cell(CsvRow row, String column) {
		return this.columns.cell(row, column);
	}

}
