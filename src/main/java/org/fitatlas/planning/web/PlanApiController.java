package org.fitatlas.planning.web;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

import org.fitatlas.accounts.AccountId;
import org.fitatlas.accounts.CurrentAccount;
import org.fitatlas.catalog.ExerciseCatalog;
import org.fitatlas.planning.Plan;
import org.fitatlas.planning.PlanGenerator;
import org.fitatlas.planning.Plans;
import org.fitatlas.shared.InvalidParameter;
import org.fitatlas.shared.web.JsonBodies;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Plans as JSON and iCalendar under {@code /api/v1/plans}.
 */
@RestController
@RequestMapping("/api/v1/plans")
@Tag(name = "Plans", description = "Personalised training plans with safety screening and reasons")
class PlanApiController {

	private final PlanGenerator generator;

	private final Plans plans;

	private final ExerciseCatalog catalog;

	private final JsonMapper json;

	private final CurrentAccount current;

	private final PlanCreationLimit limit;

	private final String publicUrl;

	PlanApiController(PlanGenerator generator, Plans plans, ExerciseCatalog catalog, JsonMapper json,
			CurrentAccount current, PlanCreationLimit limit,
			@Value("${fitatlas.public-url:http://localhost:8080}") String publicUrl) {
		this.generator = generator;
		this.plans = plans;
		this.catalog = catalog;
		this.json = json;
		this.current = current;
		this.limit = limit;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Generate and store a plan",
			description = "See docs/planning.md for every field, rule and figure. A red flag gives 422.")
	ResponseEntity<Plan> create(@RequestBody(required = false) String body, HttpServletRequest request) {
		JsonNode node = parse(body);
		this.limit.acquire(this.current.id(), request.getRemoteAddr());
		Plan generated = this.generator
			.generate(new PlanRequestReader(this.catalog.taxonomy(), this.catalog::find).read(node));
		Plan plan = this.plans.save(generated, this.current.id());
		// a path, never an address built from the request's Host header
		return ResponseEntity.created(URI.create("/api/v1/plans/" + plan.id())).body(plan);
	}

	@GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "A stored plan")
	Plan get(@PathVariable String id) {
		return this.plans.readable(uuid(id), this.current.id());
	}

	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Your stored plans (sign in with a bearer token)")
	List<Plans.PlanSummary> list() {
		return this.plans.list(this.current.required());
	}

	@PostMapping(path = "/{id}/claim", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Keep a plan made without signing in in your account (it then no longer expires)")
	Plan claim(@PathVariable String id) {
		AccountId me = this.current.required();
		this.plans.claim(uuid(id), me);
		return this.plans.readable(uuid(id), Optional.of(me));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete one of your plans")
	ResponseEntity<Void> delete(@PathVariable String id) {
		this.plans.delete(uuid(id), this.current.required());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}.ics")
	@Operation(summary = "A stored plan's sessions as an iCalendar file",
			description = "Week 1 is the seven days from startDate (this parameter, else the plan's, else next Monday "
					+ "in the time zone); each session on its weekday at time (default 07:00). timeZone is an IANA id "
					+ "such as Europe/Berlin; without it the times float (07:00 wherever the calendar is).")
	ResponseEntity<String> calendar(@PathVariable String id, HttpServletRequest request) {
		Plan plan = this.plans.readable(uuid(id), this.current.id());
		return PlanCalendar.download(plan, request.getParameterMap(), this.publicUrl);
	}

	JsonNode parse(String body) {
		return JsonBodies.object(body, PlanRequestReader.FIELDS, this.json);
	}

	static UUID uuid(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw InvalidParameter.of("id", id, "a plan id like 3f2504e0-4f89-11d3-9a0c-0305e82c3301");
		}
	}

}
