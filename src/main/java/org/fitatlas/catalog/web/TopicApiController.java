package org.fitatlas.catalog.web;

import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.fitatlas.catalog.ExerciseTopics;
import org.fitatlas.catalog.Taxonomy;
import org.fitatlas.catalog.Topic;
import org.fitatlas.catalog.TopicNotFound;
import org.fitatlas.shared.web.Problems;
import org.fitatlas.shared.web.RequestParameters;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A muscle, body part or piece of equipment with its best exercises and stretches, as
 * JSON under {@code /api/v1}.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Exercises", description = "The exercise atlas")
class TopicApiController {

	private final ExerciseTopics topics;

	TopicApiController(ExerciseTopics topics) {
		this.topics = topics;
	}

	@GetMapping("/muscles/{token}")
	@Operation(summary = "A muscle: its best exercises by score and its stretches (docs/topic-pages.md)")
	Topic muscle(@PathVariable String token, HttpServletRequest request) {
		return topic(Taxonomy.MUSCLES, token, request);
	}

	@GetMapping("/body-parts/{token}")
	@Operation(summary = "A body part: its best exercises by score and its stretches")
	Topic bodyPart(@PathVariable String token, HttpServletRequest request) {
		return topic(Taxonomy.BODY_PARTS, token, request);
	}

	@GetMapping("/equipment/{token}")
	@Operation(summary = "A piece of equipment: its best exercises by score and its stretches")
	Topic equipment(@PathVariable String token, HttpServletRequest request) {
		return topic(Taxonomy.EQUIPMENT, token, request);
	}

	private Topic topic(String table, String token, HttpServletRequest request) {
		RequestParameters.rejectUnknown(request.getParameterMap(), Set.of());
		return this.topics.topic(table, token);
	}

	@ExceptionHandler(TopicNotFound.class)
	ResponseEntity<ProblemDetail> notFound(TopicNotFound ex) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem(ex));
	}

	/** Names the field, the value and every token allowed. */
	static ProblemDetail problem(TopicNotFound ex) {
		String parameter = ex.kind().equals("body part") ? "bodyPart" : ex.kind();
		ProblemDetail problem = Problems.notFound(capitalized(ex.kind()),
				"No " + ex.kind() + " has the token '" + Problems.shown(ex.value()) + "'; allowed: " + ex.allowed());
		problem.setProperty("parameter", parameter);
		problem.setProperty("value", Problems.shown(ex.value()));
		problem.setProperty("allowed", ex.allowed());
		return problem;
	}

	private static String capitalized(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
