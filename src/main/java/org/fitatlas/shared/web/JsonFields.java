package org.fitatlas.shared.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;

import org.fitatlas.shared.InvalidParameter;
import tools.jackson.databind.JsonNode;

/**
 * Typed, optional fields of a JSON object read by {@link JsonBodies}: each reader answers
 * empty for a missing or null field and names the field, the value and what is allowed
 * for anything else that does not fit.
 */
public final class JsonFields {

	private JsonFields() {
	}

	public static Optional<String> text(JsonNode body, String field, int maxLength) {
		return present(body, field).map((node) -> {
			if (!node.isString()) {
				throw InvalidParameter.of(field, node.toString(), "text of at most " + maxLength + " characters");
			}
			String value = node.stringValue();
			if (value.length() > maxLength) {
				throw InvalidParameter.of(field, value, "at most " + maxLength + " characters, was " + value.length());
			}
			if (value.codePoints().anyMatch((c) -> c == 0)) {
				throw InvalidParameter.of(field, value, "text without NUL characters");
			}
			return value;
		});
	}

	public static Optional<Integer> integer(JsonNode body, String field, int min, int max) {
		return present(body, field).map((node) -> {
			if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < min || node.intValue() > max) {
				throw InvalidParameter.of(field, node.toString(), "a whole number " + min + ".." + max);
			}
			return node.intValue();
		});
	}

	/**
	 * A number from {@code min} to {@code max} with at most {@code scale} decimals (a
	 * number in a string is refused: clients should send numbers).
	 */
	public static Optional<BigDecimal> decimal(JsonNode body, String field, BigDecimal min, BigDecimal max, int scale) {
		return present(body, field).map((node) -> {
			String allowed = "a number " + min.toPlainString() + ".." + max.toPlainString() + " with at most " + scale
					+ " decimals";
			if (!node.isNumber()) {
				throw InvalidParameter.of(field, node.toString(), allowed);
			}
			BigDecimal value;
			try {
				value = node.decimalValue();
			}
			catch (RuntimeException ex) {
				throw InvalidParameter.of(field, node.toString(), allowed);
			}
			if (value.compareTo(min) < 0 || value.compareTo(max) > 0 || value.stripTrailingZeros().scale() > scale) {
				throw InvalidParameter.of(field, node.toString(), allowed);
			}
			BigDecimal stripped = value.stripTrailingZeros();
			return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
		});
	}

	public static Optional<UUID> uuid(JsonNode body, String field) {
		return text(body, field, 36).map((value) -> {
			try {
				UUID id = UUID.fromString(value);
				if (!id.toString().equalsIgnoreCase(value)) {
					throw new IllegalArgumentException(value);
				}
				return id;
			}
			catch (IllegalArgumentException ex) {
				throw InvalidParameter.of(field, value, "an id like 3f2504e0-4f89-11d3-9a0c-0305e82c3301");
			}
		});
	}

	/**
	 * An instant with its offset, like {@code 2026-11-30T07:30:00Z} or
	 * {@code 2026-11-30T08:30:00+01:00}.
	 */
	public static Optional<OffsetDateTime> dateTime(JsonNode body, String field) {
		return text(body, field, 40).map((value) -> {
			try {
				OffsetDateTime time = OffsetDateTime.parse(value);
				if (time.getYear() < 1900 || time.getYear() > 2200) {
					throw InvalidParameter.of(field, value, "a date-time between the years 1900 and 2200");
				}
				return time;
			}
			catch (DateTimeParseException ex) {
				throw InvalidParameter.of(field, value, "a date-time with its offset, like 2026-11-30T07:30:00Z");
			}
		});
	}

	public static Optional<LocalDate> date(JsonNode body, String field) {
		return text(body, field, 20).map((value) -> {
			try {
				LocalDate date = LocalDate.parse(value);
				if (date.getYear() < 1900 || date.getYear() > 2200) {
					throw InvalidParameter.of(field, value, "a date between the years 1900 and 2200");
				}
				return date;
			}
			catch (DateTimeParseException ex) {
				throw InvalidParameter.of(field, value, "a date like 2026-11-30");
			}
		});
	}

	private static Optional<JsonNode> present(JsonNode body, String field) {
		JsonNode node = body.get(field);
		return (node == null || node.isNull()) ? Optional.empty() : Optional.of(node);
	}

}
