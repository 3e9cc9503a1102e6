package org.fitatlas.training.logfiles;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The date-times and durations of the log files: ours with an offset, Strong's and Hevy's
 * local ones placed in the reader's zone.
 */
final class DateTimes {

	/** Always with seconds, so every written timestamp has the same shape. */
	static final DateTimeFormatter OURS = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	static final String STRONG_PATTERN = "yyyy-MM-dd HH:mm:ss";

	static final String HEVY_PATTERN = "d MMM yyyy, HH:mm";

	private static final List<DateTimeFormatter> STRONG = List.of(
			DateTimeFormatter.ofPattern(STRONG_PATTERN, Locale.ROOT),
			DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT),
			new DateTimeFormatterBuilder().parseCaseInsensitive()
				.appendPattern("yyyy-MM-dd h:mm:ss a")
				.toFormatter(Locale.ENGLISH));

	private static final DateTimeFormatter HEVY = new DateTimeFormatterBuilder().parseCaseInsensitive()
		.appendPattern(HEVY_PATTERN)
		.toFormatter(Locale.ENGLISH);

	private static final Pattern DURATION_PART = Pattern.compile("(\\d{1,6})\\s*([hms])");

	private DateTimes() {
	}

	static @Nullable OffsetDateTime ours(int line, String column, @Nullable String raw) {
		String value = Values.clean(raw);
		if (value == null) {
			return null;
		}
		try {
			return OffsetDateTime.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw MalformedLogFile.at(line, column + " \"" + raw
					+ "\" is not an ISO-8601 date-time with offset (yyyy-MM-ddTHH:mm:ssZ, like 2026-11-30T07:30:00Z)");
		}
	}

	static String write(@Nullable OffsetDateTime time) {
		return (time != null) ? OURS.format(time.withOffsetSameInstant(ZoneOffset.UTC)) : "";
	}

	static OffsetDateTime strong(int line, String column, @Nullable String raw, ZoneId zone) {
		String value = spaced(Values.clean(raw));
		if (value != null) {
			for (DateTimeFormatter format : STRONG) {
				try {
					return LocalDateTime.parse(value, format).atZone(zone).toOffsetDateTime();
				}
				catch (DateTimeParseException ex) {
					// try the next shape
				}
			}
		}
		throw MalformedLogFile.at(line,
				column + " \"" + raw + "\" is not a date-time like 2025-09-15 07:48:00 (" + STRONG_PATTERN + ")");
	}

	/** Hevy writes {@code 15 Sep 2025, 07:48}; ISO date-times are taken too. */
	static @Nullable OffsetDateTime hevy(int line, String column, @Nullable String raw, ZoneId zone, boolean required) {
		String value = Values.clean(raw);
		if (value == null && !required) {
			return null;
		}
		if (value != null) {
			try {
				return LocalDateTime.parse(value, HEVY).atZone(zone).toOffsetDateTime();
			}
			catch (DateTimeParseException ex) {
				// try ISO
			}
			try {
				return OffsetDateTime.parse(value);
			}
			catch (DateTimeParseException ex) {
				// try ISO without offset
			}
			try {
				return LocalDateTime.parse(value).atZone(zone).toOffsetDateTime();
			}
			catch (DateTimeParseException ex) {
				// reported below
			}
		}
		throw MalformedLogFile.at(line, column + " \"" + raw + "\" is not a date-time like 15 Sep 2025, 07:48 ("
				+ HEVY_PATTERN + ", English month) or ISO-8601 like 2025-09-15T07:48:00");
	}

	/** Strong's workout duration: {@code 1h 5m}, {@code 45m}, {@code 50s}, in seconds. */
	static @Nullable Integer strongDuration(int line, String column, @Nullable String raw) {
		String value = Values.clean(raw);
		if (value == null) {
			return null;
		}
		if (value.chars().allMatch(Character::isDigit) && value.length() < 9) {
			return Integer.valueOf(value);
		}
		Matcher parts = DURATION_PART.matcher(value);
		int seconds = 0;
		int end = 0;
		while (parts.find() && value.substring(end, parts.start()).isBlank()) {
			int amount = Integer.parseInt(parts.group(1));
			seconds += switch (parts.group(2)) {
				case "h" -> amount * 3600;
				case "m" -> amount * 60;
				default -> amount;
			};
			end = parts.end();
		}
		if (end == 0 || !value.substring(end).isBlank()) {
			throw MalformedLogFile.at(line,
					column + " \"" + raw + "\" is not a duration like 1h 5m, 45m or 50s (or whole seconds)");
		}
		return seconds;
	}

	/** Newer Strong exports put a narrow no-break space before AM/PM. */
	private static @Nullable String spaced(@Nullable String value) {
		return (value != null) ? value.replace('\u202f', ' ').replace('\u00a0', ' ') : null;
	}

}
