package org.fitatlas.training.web;

import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.fitatlas.accounts.CurrentAccount;
import org.fitatlas.training.Today;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The next session of your plan, with today's targets.
 */
@RestController
@Tag(name = "Training log", description = "Sessions, sets, effort and pain; replay-safe for offline clients")
class TodayApiController {

	private final Today today;

	private final CurrentAccount current;

	TodayApiController(Today today, CurrentAccount current) {
		this.today = today;
		this.current = current;
	}

	@GetMapping(path = "/api/v1/today", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(
			summary = "The next session of your current plan (or of planId) that you have not finished, "
					+ "with each main exercise's target from the progression engine",
			description = "planId is null when you have no plan; complete is true when every session is done")
	Today.NextSession next(@RequestParam(required = false) String planId) {
		var account = this.current.required();
		return this.today.next(account, Optional.ofNullable(planId).map((id) -> TrainingRequests.id("planId", id)));
	}

}
