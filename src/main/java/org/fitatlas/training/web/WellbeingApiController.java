package org.fitatlas.training.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.fitatlas.accounts.CurrentAccount;
import org.fitatlas.shared.InvalidParameter;
import org.fitatlas.shared.web.JsonBodies;
import org.fitatlas.shared.web.JsonFields;
import org.fitatlas.training.BodyWeight;
import org.fitatlas.training.PainCheck;
import org.fitatlas.training.PendingPainCheck;
import org.fitatlas.training.Wellbeing;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Morning pain checks after painful sessions, and body weight: owner-only.
 */
@RestController
@Tag(name = "Training log", description = "Sessions, sets, effort and pain; replay-safe for offline clients")
class WellbeingApiController {

	static final Set<String> PAIN_CHECK_FIELDS = Set.of("sessionId", "morningPain", "comparedToBefore");

	static final Set<String> BODY_WEIGHT_FIELDS = Set.of("date", "kg");

	private final Wellbeing wellbeing;

	private final CurrentAccount current;

	private final JsonMapper json;

	WellbeingApiController(Wellbeing wellbeing, CurrentAccount current, JsonMapper json) {
		this.wellbeing = wellbeing;
		this.current = current;
		this.json = json;
	}

	@GetMapping(path = "/api/v1/pain-checks/pending", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Finished sessions with pain of 3/10 or more that have no morning check yet")
	Map<String, List<PendingPainCheck>> pending() {
		return Map.of("items", this.wellbeing.pendingPainChecks(this.current.required()));
	}

	@GetMapping(path = "/api/v1/pain-checks", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Your morning pain checks")
	Map<String, List<PainCheck>> checks() {
		return Map.of("items", this.wellbeing.painChecks(this.current.required()));
	}

	@PostMapping(path = "/api/v1/pain-checks", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "How the pain is the morning after a session (0..10, better/same/worse than before)",
			description = "201 when new, 200 when it replaces the session's earlier check")
	ResponseEntity<PainCheck> check(@RequestBody(required = false) String body) {
		var account = this.current.required();
		JsonNode fields = JsonBodies.object(body, PAIN_CHECK_FIELDS, this.json);
		PainCheck check = new PainCheck(
				JsonFields.uuid(fields, "sessionId").orElseThrow(() -> missing("sessionId", "the id of your session")),
				JsonFields.integer(fields, "morningPain", 0, 10)
					.orElseThrow(() -> missing("morningPain", "a whole number 0..10")),
				JsonFields.text(fields, "comparedToBefore", 10)
					.orElseThrow(() -> missing("comparedToBefore", "better, same, worse")),
				null);
		boolean created = this.wellbeing.check(account, check);
		return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(check);
	}

	@PostMapping(path = "/api/v1/body-weight", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Your body weight on a day (a second value for the same day replaces the first)")
	ResponseEntity<BodyWeight> weigh(@RequestBody(required = false) String body) {
		var account = this.current.required();
		JsonNode fields = JsonBodies.object(body, BODY_WEIGHT_FIELDS, this.json);
		BodyWeight weight = new BodyWeight(
				JsonFields.date(fields, "date").orElseThrow(() -> missing("date", "a date like 2026-11-30")),
				JsonFields.decimal(fields, "kg", BigDecimal.valueOf(20), BigDecimal.valueOf(400), 2)
					.orElseThrow(() -> missing("kg", "a number 20..400 with at most 2 decimals")));
		boolean created = this.wellbeing.weigh(account, weight);
		return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(weight);
	}

	@GetMapping(path = "/api/v1/body-weight", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Your body weight over time, oldest first")
	Map<String, List<BodyWeight>> weights() {
		return Map.of("items", this.wellbeing.weights(this.current.required()));
	}

	private static InvalidParameter missing(String field, String allowed) {
		return InvalidParameter.of(field, "(missing)", allowed);
	}

}
