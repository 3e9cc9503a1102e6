package org.fitatlas.training.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.fitatlas.accounts.CurrentAccount;
import org.fitatlas.shared.web.JsonBodies;
import org.fitatlas.training.LoggedSet;
import org.fitatlas.training.SessionSummary;
import org.fitatlas.training.Stored;
import org.fitatlas.training.TrainingLog;
import org.fitatlas.training.TrainingSession;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Training sessions and their sets under {@code /api/v1/sessions}: owner-only (no token:
 * 401; someone else's: 404). Posting the same client-made id twice stores it once.
 */
@RestController
@RequestMapping("/api/v1/sessions")
@Tag(name = "Training log", description = "Sessions, sets, effort and pain; replay-safe for offline clients")
class SessionApiController {

	private final TrainingLog log;

	private final CurrentAccount current;

	private final JsonMapper json;

	SessionApiController(TrainingLog log, CurrentAccount current, JsonMapper json) {
		this.log = log;
		this.current = current;
		this.json = json;
	}

	@PostMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Start a session",
			description = "201 with Location; the same client-made id again answers 200 with the stored session")
	ResponseEntity<TrainingSession> start(@RequestBody(required = false) String body) {
		var account = this.current.required();
		var command = TrainingRequests.session(JsonBodies.object(body, TrainingRequests.SESSION_FIELDS, this.json));
		Stored<TrainingSession> stored = this.log.start(account, command);
		return stored(stored, stored.value().id().toString());
	}

	@GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "One of your sessions with its sets")
	TrainingSession get(@PathVariable String id) {
		return this.log.session(this.current.required(), TrainingRequests.id("id", id));
	}

	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Your sessions started from one day to another (both included), newest first",
			description = "Days run in the zone of the Time-Zone header (an IANA id such as Europe/Berlin); UTC without one.")
	Map<String, List<SessionSummary>> list(@RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String limit,
			java.time.ZoneId zone) {
		var account = this.current.required();
		LocalDate start = TrainingRequests.date("from", from, LocalDate.of(1900, 1, 1));
		LocalDate end = TrainingRequests.date("to", to, LocalDate.of(2200, 12, 31));
		return Map.of("items",
				this.log.sessions(account, start, end, TrainingRequests.whole("limit", limit, 100), zone));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete one of your sessions and its sets")
	ResponseEntity<Void> delete(@PathVariable String id) {
		this.log.delete(this.current.required(), TrainingRequests.id("id", id));
		return ResponseEntity.noContent().build();
	}

	@PostMapping(path = "/{id}/finish", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Finish a session: when it ended (default now), how it felt (1..5), a note")
	TrainingSession finish(@PathVariable String id, @RequestBody(required = false) String body) {
		var account = this.current.required();
		var session = TrainingRequests.id("id", id);
		var command = TrainingRequests.finish((body == null || body.isBlank()) ? this.json.createObjectNode()
				: JsonBodies.object(body, TrainingRequests.FINISH_FIELDS, this.json));
		return this.log.finish(account, session, command);
	}

	@PostMapping(path = "/{id}/sets", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Log a set",
			description = "reps or holdSeconds required; the same client-made set id again answers 200 and stores nothing")
	ResponseEntity<LoggedSet> log(@PathVariable String id, @RequestBody(required = false) String body) {
		var account = this.current.required();
		var session = TrainingRequests.id("id", id);
		var command = TrainingRequests.set(JsonBodies.object(body, TrainingRequests.SET_FIELDS, this.json));
		Stored<LoggedSet> stored = this.log.log(account, session, command);
		return stored(stored, stored.value().id().toString());
	}

	@PatchMapping(path = "/{id}/sets/{setId}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Change some fields of a set (null clears an optional field)")
	LoggedSet change(@PathVariable String id, @PathVariable String setId, @RequestBody(required = false) String body) {
		var account = this.current.required();
		var session = TrainingRequests.id("id", id);
		var set = TrainingRequests.id("setId", setId);
		var fields = JsonBodies.object(body, TrainingRequests.SET_FIELDS, this.json);
		LoggedSet current = this.log.set(account, session, set);
		return this.log.change(account, session, set, TrainingRequests.change(current, fields));
	}

	@DeleteMapping("/{id}/sets/{setId}")
	@Operation(summary = "Delete a set")
	ResponseEntity<Void> deleteSet(@PathVariable String id, @PathVariable String setId) {
		this.log.deleteSet(this.current.required(), TrainingRequests.id("id", id), TrainingRequests.id("setId", setId));
		return ResponseEntity.noContent().build();
	}

	private static <T> ResponseEntity<T> stored(Stored<T> stored, String id) {
		if (!stored.created()) {
			return ResponseEntity.ok(stored.value());
		}
		URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").buildAndExpand(id).toUri();
		return ResponseEntity.created(location).body(stored.value());
	}

}
