package org.fitatlas.accounts.web;

import org.fitatlas.accounts.AccountProblem;
import org.fitatlas.accounts.NotSignedIn;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Account refusals and missing sign-ins as problem details, for every API controller.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class AccountApiAdvice {

	@ExceptionHandler(AccountProblem.class)
	ResponseEntity<ProblemDetail> account(AccountProblem ex) {
		HttpStatus status = HttpStatus.valueOf(ex.status());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
		problem.setTitle(status.getReasonPhrase());
		if (ex.field() != null) {
			problem.setProperty("parameter", ex.field());
		}
		ResponseEntity.BodyBuilder response = ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		if (ex.retryAfterSeconds() > 0) {
			response.header("Retry-After", String.valueOf(ex.retryAfterSeconds()));
		}
		if (ex.status() == 401) {
			response.header("WWW-Authenticate", "Bearer");
		}
		return response.body(problem);
	}

	@ExceptionHandler(NotSignedIn.class)
	ResponseEntity<ProblemDetail> notSignedIn(NotSignedIn ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, ex.getMessage());
		problem.setTitle("Unauthorized");
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.header("WWW-Authenticate", "Bearer")
			.body(problem);
	}

}
