package org.fitatlas.training.web;

import org.fitatlas.catalog.ExerciseNotFound;
import org.fitatlas.shared.web.Problems;
import org.fitatlas.training.SessionNotFound;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The training API's own errors as problem details.
 */
@RestControllerAdvice(basePackageClasses = TrainingApiAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class TrainingApiAdvice {

	@ExceptionHandler(SessionNotFound.class)
	ResponseEntity<ProblemDetail> sessionNotFound(SessionNotFound ex) {
		ProblemDetail problem = Problems.notFound("Session", ex.getMessage());
		problem.setProperty("parameter", "id");
		return problem(problem);
	}

	@ExceptionHandler(ExerciseNotFound.class)
	ResponseEntity<ProblemDetail> exerciseNotFound(ExerciseNotFound ex) {
		ProblemDetail problem = Problems.notFound("Exercise",
				"No exercise has the slug '" + Problems.shown(ex.slug()) + "'; list them at /api/v1/exercises");
		problem.setProperty("parameter", "slug");
		return problem(problem);
	}

	static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
		return ResponseEntity.status(HttpStatus.valueOf(problem.getStatus()))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
