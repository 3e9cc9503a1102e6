package org.fitatlas.training.logfiles;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Reads the three shapes of Strong's export (iOS, Android, the older one with unit
 * columns): one row per set, workouts told apart by start and name.
 */
final class StrongFormat {

	private static final String DATE = "Date";

	private static final String WORKOUT = "Workout Name";

	private static final String EXERCISE = "Exercise Name";

	private static final String SET_ORDER = "Set Order";

	private static final String REPS = "Reps";

	private static final String SECONDS = "Seconds";

	private static final String NOTES = "Notes";

	private static final String WORKOUT_NOTES = "Workout Notes";

	private static final String RPE = "RPE";

	private static final String WEIGHT_UNIT = "Weight Unit";

	private final LogFormat format;

	private final Columns columns;

	private final ZoneId zone;

	private final boolean decimalComma;

	private final String weightColumn;

	private StrongFormat(LogFormat format, Columns columns, ZoneId zone) {
		this.format = format;
		this.columns = columns;
		this.zone = zone;
		this.decimalComma = format != LogFormat.STRONG_IOS;
		this.weightColumn = columns.firstOf("Weight (kg)", "Weight (lbs)", "Weight").orElse("Weight");
	}

	/** The columns each shape must have; the rest are read when present. */
	static boolean isIos(Columns columns) {
		return columns.hasAll(DATE, WORKOUT, "Duration", EXERCISE, SET_ORDER, "Weight", REPS, SECONDS);
	}

	static boolean isAndroid(Columns columns) {
		return columns.hasAll("Workout #", DATE, WORKOUT, EXERCISE, SET_ORDER, REPS, SECONDS)
				&& columns.firstOf("Weight (kg)", "Weight (lbs)").isPresent();
	}

	static boolean isLegacy(Columns columns) {
		return columns.hasAll(DATE, WORKOUT, EXERCISE, SET_ORDER, "Weight", WEIGHT_UNIT, REPS, SECONDS,
				"Distance Unit");
	}

	static LogFile read(LogFormat format, CsvTable table, ZoneId zone) {
		return new StrongFormat(format, new Columns(table.header().values()), zone).read(table);
	}

	private LogFile read(CsvTable table) {
		ForeignSessions sessions = new ForeignSessions(this.format);
		for (CsvRow row : table.rows()) {
			readRow(row, sessions);
		}
		return sessions.toLogFile();
	}

	private void readRow(CsvRow row, ForeignSessions sessions) {
		int line = row.line();
		String order = Values.clean(cell(row, SET_ORDER));
		String exercise = Values.text(cell(row, EXERCISE));
		if ("Rest Timer".equalsIgnoreCase(order)) {
			sessions.skip(line, "a rest-timer row, not a set" + of(exercise));
			return;
		}
		if ("Note".equalsIgnoreCase(order)) {
			sessions.skip(line, "a note row, not a set" + of(exercise));
			return;
		}
		String setType = setType(line, order);
		OffsetDateTime startedAt = DateTimes.strong(line, DATE, cell(row, DATE), this.zone);
		if (exercise == null) {
			throw MalformedLogFile.at(line, EXERCISE + " is empty; every set names its exercise");
		}
		Integer reps = whole(line, REPS, cell(row, REPS));
		Values.checkReps(line, REPS, reps);
		Integer seconds = whole(line, SECONDS, cell(row, SECONDS));
		Values.checkHold(line, SECONDS, seconds);
		BigDecimal load = loadKg(row);
		BigDecimal rpe = Values.decimal(line, RPE, cell(row, RPE), this.decimalComma);
		boolean hasReps = reps != null && reps > 0;
		boolean hasHold = seconds != null && seconds > 0;
		if (!hasReps && !hasHold) {
			sessions.skip(line,
					"line " + line + " has neither reps nor seconds (a distance-only or empty set)" + of(exercise));
			return;
		}
		sessions.add(new ForeignSet(line, startedAt, Values.text(cell(row, WORKOUT)), endedAt(row, startedAt),
				Values.text(cell(row, WORKOUT_NOTES)), exercise, setType, hasReps ? reps : null, load,
				hasReps ? null : seconds, sessions.rpe(line, rpe), Values.text(cell(row, NOTES))));
	}

	private static String setType(int line, @Nullable String order) {
		if (order != null && order.chars().allMatch(Character::isDigit)) {
			return "working";
		}
		return switch ((order != null) ? order.toUpperCase(Locale.ROOT) : "") {
			case "W" -> "warm-up";
			case "D" -> "drop";
			case "F" -> "failure";
			default -> throw MalformedLogFile.at(line, SET_ORDER + " \"" + ((order != null) ? order : "")
					+ "\" is not a set number, W (warm-up), D (drop), F (failure), Rest Timer or Note");
		};
	}

	/**
	 * Strong writes some counts as {@code 60.0}; only whole values are taken, and
	 * anything past a day's seconds is refused before it can overflow.
	 */
	private @Nullable Integer whole(int line, String column, @Nullable String raw) {
		BigDecimal value = Values.decimal(line, column, raw, this.decimalComma);
		if (value == null) {
			return null;
		}
		if (value.scale() > 0) {
			throw MalformedLogFile.at(line, column + " \"" + raw + "\" is not a whole number");
		}
		if (value.abs().compareTo(BigDecimal.valueOf(Values.MAX_HOLD_SECONDS)) > 0) {
			throw MalformedLogFile.at(line, column + " " + value.toPlainString() + " is outside 0.."
					+ (column.equals(REPS) ? Values.MAX_REPS : Values.MAX_HOLD_SECONDS + " seconds (one day)"));
		}
		return value.intValueExact();
	}

	private @Nullable BigDecimal loadKg(CsvRow row) {
		int line = row.line();
		BigDecimal weight = Values.decimal(line, this.weightColumn, cell(row, this.weightColumn), this.decimalComma);
		if (weight == null) {
			return null;
		}
		boolean pounds;
		if (this.columns.has(WEIGHT_UNIT)) {
			String unit = Values.clean(cell(row, WEIGHT_UNIT));
			unit = (unit != null) ? unit.toLowerCase(Locale.ROOT) : "kg";
			if (!unit.equals("kg") && !unit.equals("lbs") && !unit.equals("lb")) {
				throw MalformedLogFile.at(line, WEIGHT_UNIT + " \"" + cell(row, WEIGHT_UNIT) + "\" is not kg or lbs");
			}
			pounds = !unit.equals("kg");
		}
		else {
			pounds = this.weightColumn.equals("Weight (lbs)");
		}
		BigDecimal kg = pounds ? Values.poundsToKg(weight) : weight;
		Values.checkLoad(line, this.weightColumn, kg);
		return kg;
	}

	private @Nullable OffsetDateTime endedAt(CsvRow row, OffsetDateTime startedAt) {
		String column = this.columns.firstOf("Duration (sec)", "Duration", "Workout Duration").orElse(null);
		if (column == null) {
			return null;
		}
		Integer seconds = (column.equals("Duration (sec)")) ? whole(row.line(), column, cell(row, column))
				: DateTimes.strongDuration(row.line(), column, cell(row, column));
		return (seconds != null) ? startedAt.plusSeconds(seconds) : null;
	}

	private @Nullable String cell(CsvRow row, String column) {
		return this.columns.cell(row, column);
	}

	private static String of(@Nullable String exercise) {
		return (exercise != null) ? " (" + exercise + ")" : "";
	}

}
