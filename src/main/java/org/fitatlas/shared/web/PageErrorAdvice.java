package org.fitatlas.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import org.fitatlas.shared.InvalidParameter;
import org.fitatlas.shared.TooManyRequests;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A bad filter or form value on a page gets the error page with a 400 and the reason; a
 * rate limit gets it with a 429.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrorAdvice {

	@ExceptionHandler(InvalidParameter.class)
	String invalid(InvalidParameter ex, Model model, HttpServletResponse response) {
		response.setStatus(400);
		model.addAttribute("status", 400);
		model.addAttribute("title", "That value is not valid");
		model.addAttribute("message", ex.sentence());
		return "error";
	}

	@ExceptionHandler(TooManyRequests.class)
	String tooMany(TooManyRequests ex, Model model, HttpServletResponse response) {
		response.setStatus(429);
		response.setHeader("Retry-After", String.valueOf(ex.retryAfterSeconds()));
		model.addAttribute("status", 429);
		model.addAttribute("title", "Please wait a little");
		model.addAttribute("message", ex.getMessage());
		return "error";
	}

}
