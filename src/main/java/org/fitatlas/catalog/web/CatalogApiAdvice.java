package org.fitatlas.catalog.web;

import org.fitatlas.catalog.ExerciseNotFound;
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
 * The catalog API's errors as problem details.
 */
@RestControllerAdvice(assignableTypes = ExerciseApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CatalogApiAdvice {

	@ExceptionHandler(ExerciseNotFound.class)
	ResponseEntity<ProblemDetail> notFound(ExerciseNotFound ex) {
		ProblemDetail problem = Problems.notFound("Exercise",
				"No exercise has the slug '" + ex.slug() + "'; list them at /api/v1/exercises");
		problem.setProperty("parameter", "slug");
		return problem(problem);
	}

	/** Problems are JSON whatever the client asked for (a Markdown request included). */
	private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
		return ResponseEntity.status(HttpStatus.valueOf(problem.getStatus()))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
