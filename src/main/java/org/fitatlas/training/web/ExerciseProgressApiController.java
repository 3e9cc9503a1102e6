package org.fitatlas.training.web;

import java.math.BigDecimal;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.fitatlas.accounts.CurrentAccount;
import org.fitatlas.shared.InvalidParameter;
import org.fitatlas.training.ExerciseHistories;
import org.fitatlas.training.ExerciseHistory;
import org.fitatlas.training.NextTarget;
import org.fitatlas.training.Progression;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A signed-in person's history of an exercise and their next target for it.
 */
@RestController
@Tag(name = "Training log", description = "Sessions, sets, effort and pain; replay-safe for offline clients")
class ExerciseProgressApiController {

	private final ExerciseHistories histories;

	private final Progression progression;

	private final CurrentAccount current;

	ExerciseProgressApiController(ExerciseHistories histories, Progression progression, CurrentAccount current) {
		this.histories = histories;
		this.progression = progression;
		this.current = current;
	}

	@GetMapping(path = "/api/v1/exercises/{slug}/history", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(
			summary = "Your history of an exercise: per session the sets, best set, estimated 1RM, "
					+ "total reps, volume, longest hold and highest pain; plus personal records",
			description = "formula: epley (default), brzycki, lander, lombardi, mayhew, oconner or wathen")
	ExerciseHistory history(@PathVariable String slug, @RequestParam(required = false) String formula) {
		var account = this.current.required();
		return this.histories.of(account, slug, formula(formula));
	}

	@GetMapping(path = "/api/v1/progression/{slug}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Your next target for an exercise, with the rule and the reason",
			description = "stepKg: the smallest load you can add (default by equipment: 2.5 kg barbell, machine "
					+ "and cable, 4 kg kettlebell, 0.5 kg otherwise)")
	NextTarget next(@PathVariable String slug, @RequestParam(required = false) String stepKg) {
		var account = this.current.required();
		return this.progression.next(account, slug, step(stepKg));
	}

	static Optional<BigDecimal> step(@Nullable String value) {
		if (value == null) {
			return Optional.empty();
		}
		try {
			BigDecimal step = new BigDecimal(value.trim());
			if (step.compareTo(Progression.MIN_STEP) >= 0 && step.compareTo(Progression.MAX_STEP) <= 0
					&& step.stripTrailingZeros().scale() <= 2) {
				return Optional.of(step);
			}
		}
		catch (NumberFormatException ex) {
			// answered below
		}
		throw InvalidParameter.of("stepKg", value, "a number 0.25..20 with at most 2 decimals");
	}

	static ExerciseHistories.OneRepMaxFormula formula(@Nullable String token) {
		return ExerciseHistories.formula(token);
	}

}
