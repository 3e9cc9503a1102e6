package org.fitatlas.shared.web;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.fitatlas.shared.InvalidParameter;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The last stop for every error no controller handled: problem+json for the API and for
 * clients that do not ask for HTML, the error page for browsers. Never a stack trace.
 */
@Controller
class FitAtlasErrorController implements ErrorController {

	@RequestMapping("/error")
	Object error(HttpServletRequest request) {
		String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
		if (request.getAttribute(RequestGuardFilter.INVALID_PARAMETER) instanceof InvalidParameter invalid) {
			return invalid(request, uri, invalid);
		}
		HttpStatus status = status(request);
		String detail = detail(request, status);
		if (wantsProblem(request, uri)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
			problem.setTitle(status.getReasonPhrase());
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		ModelAndView page = new ModelAndView("error",
				Map.of("status", status.value(), "title",
						(status == HttpStatus.NOT_FOUND) ? "Page not found"
								: status.is5xxServerError() ? "Something went wrong" : status.getReasonPhrase(),
						"message", detail));
		page.setStatus(status);
		return page;
	}

	private static Object invalid(HttpServletRequest request, String uri, InvalidParameter invalid) {
		if (wantsProblem(request, uri)) {
			return ResponseEntity.badRequest()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(Problems.invalidParameter(invalid.parameter(), invalid.value(), invalid.allowed()));
		}
		ModelAndView page = new ModelAndView("error",
				Map.of("status", 400, "title", "That value is not valid", "message", invalid.getMessage()));
		page.setStatus(HttpStatus.BAD_REQUEST);
		return page;
	}

	static boolean wantsProblem(HttpServletRequest request, String uri) {
		String accept = request.getHeader("Accept");
		return uri.startsWith("/api/") || uri.startsWith("/actuator") || accept == null
				|| !accept.contains("text/html");
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code == null && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) == null) {
			// /error opened directly: there is no error to report, and nothing lives here
			return HttpStatus.NOT_FOUND;
		}
		if (rootCause(request) instanceof InvalidParameterException) {
			return HttpStatus.BAD_REQUEST;
		}
		if (code instanceof Integer value) {
			HttpStatus status = HttpStatus.resolve(value);
			if (status != null) {
				return status;
			}
		}
		return HttpStatus.INTERNAL_SERVER_ERROR;
	}

	private static String detail(HttpServletRequest request, HttpStatus status) {
		if (rootCause(request) instanceof InvalidParameterException) {
			return InvalidParameters.describe();
		}
		if (status == HttpStatus.NOT_FOUND) {
			return "Nothing lives at this address.";
		}
		if (status.is5xxServerError()) {
			return "Something went wrong on our side; the error has been logged.";
		}
		Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
		return (message != null && !String.valueOf(message).isBlank()) ? Problems.shown(String.valueOf(message))
				: status.getReasonPhrase();
	}

	private static Throwable rootCause(HttpServletRequest request) {
		Object error = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		Throwable t = (error instanceof Throwable throwable) ? throwable : null;
		while (t != null && !(t instanceof InvalidParameterException) && t.getCause() != null && t.getCause() != t) {
			t = t.getCause();
		}
		return t;
	}

}
