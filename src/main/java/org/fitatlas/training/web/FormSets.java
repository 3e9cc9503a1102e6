package org.fitatlas.training.web;

import java.math.BigDecimal;
import java.util.Optional;

import org.fitatlas.shared.InvalidParameter;
import org.fitatlas.training.NewSet;
import org.fitatlas.training.progression.SetKind;
import org.fitatlas.training.progression.Side;

import org.springframework.util.MultiValueMap;

/**
 * Reads the player's set form (text fields, empty meaning "not given") into a command.
 */
final class FormSets {

	private FormSets() {
	}

	static NewSet read(MultiValueMap<String, String> form) {
		return new NewSet(text(form, "id").map((v) -> TrainingRequests.id("id", v)).orElse(null),
				text(form, "exercise")
					.orElseThrow(() -> InvalidParameter.of("exercise", "(missing)", "the exercise of the set")),
				null, text(form, "setType").orElse(SetKind.WORKING.token()), whole(form, "reps"),
				decimal(form, "loadKg"), whole(form, "holdSeconds"), text(form, "side").orElse(Side.BOTH.token()),
				decimal(form, "rpe"), whole(form, "rir"), whole(form, "pain"), text(form, "note").orElse(null), null);
	}

	private static Optional<String> text(MultiValueMap<String, String> form, String field) {
		return TrainPageController.optional(form, field);
	}

	private static Integer whole(MultiValueMap<String, String> form, String field) {
		return text(form, field).map((v) -> {
			try {
				return Integer.valueOf(v);
			}
			catch (NumberFormatException ex) {
				throw InvalidParameter.of(field, v, "a whole number");
			}
		}).orElse(null);
	}

	private static BigDecimal decimal(MultiValueMap<String, String> form, String field) {
		return text(form, field).map((v) -> {
			try {
				return new BigDecimal(v.replace(',', '.'));
			}
			catch (NumberFormatException ex) {
				throw InvalidParameter.of(field, v, "a number like 22.5");
			}
		}).orElse(null);
	}

}
