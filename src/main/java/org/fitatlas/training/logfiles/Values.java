package org.fitatlas.training.logfiles;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Parses and checks the numbers and ids of a log file; every failure names the line, the
 * column, the value and what is allowed.
 */
final class Values {

	static final int MAX_REPS = 1000;

	static final BigDecimal MAX_LOAD_KG = BigDecimal.valueOf(2000);

	static final int MAX_HOLD_SECONDS = 86_400;

	private static final BigDecimal KG_PER_LB = new BigDecimal("0.45359237");

	private static final Pattern PLAIN_DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

	private static final Pattern WHOLE = Pattern.compile("[+-]?\\d{1,9}");

	private Values() {
	}

	static @Nullable Integer whole(int line, String column, @Nullable String raw) {
		String value = clean(raw);
		if (value == null) {
			return null;
		}
		if (!WHOLE.matcher(value).matches()) {
			throw MalformedLogFile.at(line, column + " \"" + raw + "\" is not a whole number");
		}
		return Integer.valueOf(value);
	}

	/**
	 * A plain decimal ({@code 22.5}); with {@code decimalComma} also {@code 22,5}. No
	 * exponent, no thousands separator.
	 */
	static @Nullable BigDecimal decimal(int line, String column, @Nullable String raw, boolean decimalComma) {
		String value = clean(raw);
		if (value == null) {
			return null;
		}
		String normal = decimalComma ? value.replace(',', '.') : value;
		if (!PLAIN_DECIMAL.matcher(normal).matches()) {
			throw MalformedLogFile.at(line, column + " \"" + raw + "\" is not a number (expected digits with "
					+ (decimalComma ? "a decimal comma or point, like 22,5" : "a decimal point, like 22.5") + ")");
		}
		return canonical(new BigDecimal(normal));
	}

	static @Nullable UUID uuid(int line, String column, @Nullable String raw) {
		String value = clean(raw);
		if (value == null) {
			return null;
		}
		try {
			UUID id = UUID.fromString(value);
			if (id.toString().equalsIgnoreCase(value)) {
				return id;
			}
		}
		catch (IllegalArgumentException ex) {
			// reported below
		}
		throw MalformedLogFile.at(line,
				column + " \"" + raw + "\" is not a UUID (like 3f2504e0-4f89-41d3-9a0c-0305e82c3301)");
	}

	/** The smallest non-negative scale, so {@code 22.50}, {@code 22.5} compare equal. */
	static BigDecimal canonical(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

	/** Pounds to kilograms, to the nearest 0.01 kg. */
	static BigDecimal poundsToKg(BigDecimal pounds) {
		return canonical(pounds.multiply(KG_PER_LB).setScale(2, RoundingMode.HALF_UP));
	}

	static void checkReps(int line, String column, @Nullable Integer reps) {
		if (reps != null && (reps < 0 || reps > MAX_REPS)) {
			throw MalformedLogFile.at(line, column + " " + reps + " is outside 0.." + MAX_REPS);
		}
	}

	static void checkHold(int line, String column, @Nullable Integer seconds) {
		if (seconds != null && (seconds < 0 || seconds > MAX_HOLD_SECONDS)) {
			throw MalformedLogFile.at(line,
					column + " " + seconds + " is outside 0.." + MAX_HOLD_SECONDS + " seconds (one day)");
		}
	}

	static void checkLoad(int line, String column, @Nullable BigDecimal kg) {
		if (kg != null && (kg.signum() < 0 || kg.compareTo(MAX_LOAD_KG) > 0)) {
			throw MalformedLogFile.at(line,
					column + " " + kg.toPlainString() + " kg is outside 0.." + MAX_LOAD_KG + " kg");
		}
	}

	static void checkRange(int line, String column, @Nullable Integer value, int min, int max) {
		if (value != null && (value < min || value > max)) {
			throw MalformedLogFile.at(line, column + " " + value + " is outside " + min + ".." + max);
		}
	}

	/** RPE as our format allows it: 1 to 10 in half steps. */
	static boolean isRpe(BigDecimal rpe) {
		return rpe.compareTo(BigDecimal.ONE) >= 0 && rpe.compareTo(BigDecimal.TEN) <= 0
				&& rpe.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() <= 0;
	}

	static @Nullable String clean(@Nullable String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		return raw.strip();
	}

	/** Text kept as written; only an empty cell is absent. */
	static @Nullable String text(@Nullable String raw) {
		return (raw == null || raw.isBlank()) ? null : raw;
	}

}
