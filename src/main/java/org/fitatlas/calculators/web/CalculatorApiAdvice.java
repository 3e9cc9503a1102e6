package org.fitatlas.calculators.web;

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
 * The calculator API's own errors as problem details; bad numbers are answered by the
 * shared advice.
 */
@RestControllerAdvice(assignableTypes = CalculatorApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CalculatorApiAdvice {

	@ExceptionHandler(ExerciseNotFound.class)
	ResponseEntity<ProblemDetail> notFound(ExerciseNotFound ex) {
		ProblemDetail problem = Problems.notFound("Exercise", "No exercise has the slug '" + Problems.shown(ex.slug())
				+ "'; list them at /api/v1/exercises, or send met instead");
		problem.setProperty("parameter", "exercise");
		problem.setProperty("value", Problems.shown(ex.slug()));
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
