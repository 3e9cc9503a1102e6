package org.fitatlas.training.web;

import org.fitatlas.catalog.ExerciseNotFound;
import org.fitatlas.shared.web.Problems;
import org.fitatlas.planning.PlanNotFound;
import org.fitatlas.training.SessionNotFound;
import org.fitatlas.training.TrainingFiles;
import org.fitatlas.training.logfiles.MalformedLogFile;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MultipartException;

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

	@ExceptionHandler(PlanNotFound.class)
	ResponseEntity<ProblemDetail> planNotFound(PlanNotFound ex) {
		ProblemDetail problem = Problems.notFound("Plan", ex.getMessage());
		problem.setProperty("parameter", "planId");
		return problem(problem);
	}

	@ExceptionHandler(MalformedLogFile.class)
	ResponseEntity<ProblemDetail> malformed(MalformedLogFile ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("The file cannot be read");
		problem.setType(java.net.URI.create("https://fitatlas.org/problems/malformed-file"));
		problem.setProperty("parameter", "file");
		problem.setProperty("line", ex.line());
		return problem(problem);
	}

	@ExceptionHandler(MultipartException.class)
	ResponseEntity<ProblemDetail> multipart(MultipartException ex) {
		return problem(Problems.invalidParameter("file", "(not a readable upload)",
				"a CSV file sent as text/csv, or as the part 'file' of a multipart/form-data upload of at most "
						+ TrainingFiles.MAX_BYTES / 1024 / 1024 + " MB"));
	}

	static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
		return ResponseEntity.status(HttpStatus.valueOf(problem.getStatus()))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
