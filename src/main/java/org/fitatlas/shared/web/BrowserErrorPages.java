package org.fitatlas.shared.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An address nothing lives at, or a method it does not take, gets the error page when a
 * browser asks; the API and clients that ask for JSON keep the problem details Spring
 * writes for them.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class BrowserErrorPages {

	@ExceptionHandler({ NoResourceFoundException.class, NoHandlerFoundException.class,
			HttpRequestMethodNotSupportedException.class })
	Object unknownAddress(Exception ex, HttpServletRequest request, HttpServletResponse response) {
		ErrorResponse error = (ErrorResponse) ex;
		if (FitAtlasErrorController.wantsProblem(request, request.getRequestURI())) {
			return ResponseEntity.status(error.getStatusCode())
				.headers(error.getHeaders())
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(error.getBody());
		}
		HttpStatus status = HttpStatus.valueOf(error.getStatusCode().value());
		boolean notFound = status == HttpStatus.NOT_FOUND;
		ModelAndView page = new ModelAndView("error",
				Map.of("status", status.value(), "title",
						notFound ? "Page not found" : "This address does not take that request", "message",
						notFound ? "Nothing lives at this address. It may have moved, or the link has a typo."
								: "Open the page from the atlas or the menu instead."));
		page.setStatus(status);
		error.getHeaders().forEach((name, values) -> values.forEach((v) -> response.addHeader(name, v)));
		return page;
	}

}
