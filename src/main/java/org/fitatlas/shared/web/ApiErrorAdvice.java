package org.fitatlas.shared.web;

import org.fitatlas.shared.InvalidParameter;
import org.fitatlas.shared.TooManyRequests;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns request-binding errors on any REST controller into problem details that name the
 * parameter and the allowed values; module advices handle their own domain errors.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class ApiErrorAdvice {

	@ExceptionHandler(InvalidParameter.class)
	ResponseEntity<ProblemDetail> invalid(InvalidParameter ex) {
		return ResponseEntity.badRequest()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(Problems.invalidParameter(ex.parameter(), Problems.shown(ex.value()), ex.allowed()));
	}

	@ExceptionHandler(TooManyRequests.class)
	ResponseEntity<ProblemDetail> tooMany(TooManyRequests ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, ex.getMessage());
		problem.setTitle("Too many requests");
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.header("Retry-After", String.valueOf(ex.retryAfterSeconds()))
			.body(problem);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		Class<?> type = ex.getRequiredType();
		String allowed = (type == Integer.class || type == int.class || type == Long.class || type == long.class)
				? "a whole number" : (type == Boolean.class || type == boolean.class) ? "true or false"
						: "a value of type " + ((type != null) ? type.getSimpleName() : "?");
		return Problems.invalidParameter(ex.getName(), Problems.shown(String.valueOf(ex.getValue())), allowed);
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	ProblemDetail missing(MissingServletRequestParameterException ex) {
		return Problems.invalidParameter(ex.getParameterName(), "", "a non-empty " + ex.getParameterType());
	}

}
