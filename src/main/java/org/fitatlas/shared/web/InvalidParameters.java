package org.fitatlas.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.InvalidParameterException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Request parameters that are not valid UTF-8 (junk bytes) make Tomcat throw when they
 * are read; answer with a 400 that says so, as problem+json on the API and a page
 * elsewhere.
 */
@ControllerAdvice
class InvalidParameters {

	static String describe() {
		return "A request parameter is not valid UTF-8 text; send parameters as percent-encoded UTF-8.";
	}

	@ExceptionHandler(InvalidParameterException.class)
	Object invalid(HttpServletRequest request) {
		if (FitAtlasErrorController.wantsProblem(request, request.getRequestURI())) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, describe());
			problem.setTitle("Invalid parameter");
			return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		ModelAndView page = new ModelAndView("error",
				java.util.Map.of("status", 400, "title", "Invalid address", "message", describe()));
		page.setStatus(HttpStatus.BAD_REQUEST);
		return page;
	}

}
