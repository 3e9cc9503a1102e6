package org.fitatlas.planning.web;

import java.net.URI;

import org.fitatlas.planning.PlanNotFound;
import org.fitatlas.planning.RedFlagFound;
import org.fitatlas.shared.web.Problems;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The plan API's errors as problem details.
 */
@RestControllerAdvice(assignableTypes = PlanApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PlanApiAdvice {

	@ExceptionHandler(RedFlagFound.class)
	ResponseEntity<ProblemDetail> redFlag(RedFlagFound ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage());
		problem.setTitle("See a clinician before training");
		problem.setType(URI.create("https://fitatlas.org/problems/red-flag"));
		problem.setProperty("redFlags", ex.flags().stream().map((f) -> f.token()).toList());
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	@ExceptionHandler(PlanNotFound.class)
	ResponseEntity<ProblemDetail> notFound(PlanNotFound ex) {
		ProblemDetail problem = Problems.notFound("Plan", ex.getMessage());
		problem.setProperty("parameter", "id");
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
