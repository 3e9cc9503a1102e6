package org.fitatlas.training.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.UUID;

import org.fitatlas.shared.InvalidParameter;
import org.fitatlas.shared.web.JsonFields;
import org.fitatlas.training.Finish;
import org.fitatlas.training.LoggedSet;
import org.fitatlas.training.NewSession;
import org.fitatlas.training.NewSet;
import org.fitatlas.training.progression.SetKind;
import org.fitatlas.training.progression.Side;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads the training API's JSON bodies and parameters into commands, naming the field and
 * what is allowed on anything that does not fit.
 */
final class TrainingRequests {

	static final Set<String> SESSION_FIELDS = Set.of("id", "startedAt", "title", "planId", "week", "day");

	static final Set<String> SET_FIELDS = Set.of("id", "exercise", "setType", "reps", "loadKg", "holdSeconds", "side",
			"rpe", "rir", "pain", "note", "completedAt");

	static final Set<String> FINISH_FIELDS = Set.of("endedAt", "feeling", "note");

	private static final BigDecimal MAX_LOAD = NewSet.MAX_LOAD;

	private TrainingRequests() {
	}

	static NewSession session(JsonNode body) {
		return new NewSession(JsonFields.uuid(body, "id").orElse(null),
				JsonFields.dateTime(body, "startedAt").orElse(null),
				JsonFields.text(body, "title", NewSession.MAX_TITLE).orElse(null),
				JsonFields.uuid(body, "planId").orElse(null), JsonFields.integer(body, "week", 1, 52).orElse(null),
				JsonFields.integer(body, "day", 1, 7).orElse(null));
	}

	static NewSet set(JsonNode body) {
		String exercise = JsonFields.text(body, "exercise", 120)
			.orElseThrow(() -> InvalidParameter.of("exercise", "(missing)",
					"the slug of an exercise of the atlas, like bird-dog"));
		return new NewSet(JsonFields.uuid(body, "id").orElse(null), exercise, null,
				token(body, "setType", SetKind.allowed()).orElse(SetKind.WORKING.token()),
				JsonFields.integer(body, "reps", 0, 1000).orElse(null),
				JsonFields.decimal(body, "loadKg", BigDecimal.ZERO, MAX_LOAD, 2).orElse(null),
				JsonFields.integer(body, "holdSeconds", 1, 86400).orElse(null),
				token(body, "side", Side.allowed()).orElse(Side.BOTH.token()), rpe(body),
				JsonFields.integer(body, "rir", 0, 10).orElse(null),
				JsonFields.integer(body, "pain", 0, 10).orElse(null),
				JsonFields.text(body, "note", NewSet.MAX_NOTE).orElse(null),
				JsonFields.dateTime(body, "completedAt").orElse(null));
	}

	/**
	 * The stored set with the fields the body names replaced; a field sent as
	 * {@code null} is cleared (where the set can do without it).
	 */
	static NewSet change(LoggedSet current, JsonNode body) {
		if (body.has("id")) {
			throw InvalidParameter.of("id", body.get("id").toString(), "no id: a set's id cannot change");
		}
		NewSet base = current.asNew();
		return new NewSet(base.id(),
				body.has("exercise") ? JsonFields.text(body, "exercise", 120)
					.orElseThrow(() -> InvalidParameter.of("exercise", "null", "the slug of an exercise of the atlas"))
						: base.exercise(),
				base.exerciseName(),
				body.has("setType") ? token(body, "setType", SetKind.allowed()).orElse(SetKind.WORKING.token())
						: base.setType(),
				body.has("reps") ? JsonFields.integer(body, "reps", 0, 1000).orElse(null) : base.reps(),
				body.has("loadKg") ? JsonFields.decimal(body, "loadKg", BigDecimal.ZERO, MAX_LOAD, 2).orElse(null)
						: base.loadKg(),
				body.has("holdSeconds") ? JsonFields.integer(body, "holdSeconds", 1, 86400).orElse(null)
						: base.holdSeconds(),
				body.has("side") ? token(body, "side", Side.allowed()).orElse(Side.BOTH.token()) : base.side(),
				body.has("rpe") ? rpe(body) : base.rpe(),
				body.has("rir") ? JsonFields.integer(body, "rir", 0, 10).orElse(null) : base.rir(),
				body.has("pain") ? JsonFields.integer(body, "pain", 0, 10).orElse(null) : base.pain(),
				body.has("note") ? JsonFields.text(body, "note", NewSet.MAX_NOTE).orElse(null) : base.note(),
				body.has("completedAt") ? JsonFields.dateTime(body, "completedAt").orElse(null) : base.completedAt());
	}

	static Finish finish(JsonNode body) {
		return new Finish(JsonFields.dateTime(body, "endedAt").orElse(null),
				JsonFields.integer(body, "feeling", 1, 5).orElse(null),
				JsonFields.text(body, "note", Finish.MAX_NOTE).orElse(null));
	}

	static UUID id(String parameter, String value) {
		try {
			UUID id = UUID.fromString(value);
			if (id.toString().equalsIgnoreCase(value)) {
				return id;
			}
		}
		catch (IllegalArgumentException ex) {
			// answered below
		}
		throw InvalidParameter.of(parameter, value, "an id like 3f2504e0-4f89-11d3-9a0c-0305e82c3301");
	}

	/**
	 * A whole-number query parameter; the fallback when absent (the range is checked by
	 * the caller).
	 */
	static int whole(String parameter, @Nullable String value, int fallback) {
		if (value == null || value.isEmpty()) {
			return fallback;
		}
		try {
			return Integer.parseInt(value.trim());
		}
		catch (NumberFormatException ex) {
			throw InvalidParameter.of(parameter, value, "a whole number");
		}
	}

	static LocalDate date(String parameter, @Nullable String value, LocalDate fallback) {
		if (value == null || value.isEmpty()) {
			return fallback;
		}
		try {
			LocalDate date = LocalDate.parse(value);
			if (date.getYear() >= 1900 && date.getYear() <= 2200) {
				return date;
			}
		}
		catch (DateTimeParseException ex) {
			// answered below
		}
		throw InvalidParameter.of(parameter, value, "a date like 2026-11-30 (years 1900..2200)");
	}

	private static @Nullable BigDecimal rpe(JsonNode body) {
		return JsonFields.decimal(body, "rpe", BigDecimal.ONE, BigDecimal.TEN, 1).map((rpe) -> {
			if (rpe.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() > 0) {
				throw InvalidParameter.of("rpe", rpe.toPlainString(), "1..10 in half steps, like 7 or 8.5");
			}
			return rpe;
		}).orElse(null);
	}

	private static java.util.Optional<String> token(JsonNode body, String field, String allowed) {
		return JsonFields.text(body, field, 40).map((value) -> {
			if (!java.util.Arrays.asList(allowed.split(", ")).contains(value)) {
				throw InvalidParameter.of(field, value, allowed);
			}
			return value;
		});
	}

}
