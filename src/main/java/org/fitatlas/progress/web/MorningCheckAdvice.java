package org.fitatlas.progress.web;

import jakarta.servlet.http.HttpServletRequest;
import org.fitatlas.accounts.CurrentAccount;
import org.fitatlas.training.PendingPainCheck;
import org.fitatlas.training.Wellbeing;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the newest painful session still waiting for its morning check, so the
 * header can ask about it; only for a signed-in person opening a whole page (not a form
 * post, not an htmx fragment, not the API), with one query.
 */
@ControllerAdvice(annotations = Controller.class)
class MorningCheckAdvice {

	private final Wellbeing wellbeing;

	private final CurrentAccount current;

	MorningCheckAdvice(Wellbeing wellbeing, CurrentAccount current) {
		this.wellbeing = wellbeing;
		this.current = current;
	}

	@ModelAttribute("pendingPainCheck")
	@Nullable PendingPainCheck pendingPainCheck(HttpServletRequest request) {
		if (!wholePage(request)) {
			return null;
		}
		return this.current.id()
			.flatMap((account) -> this.wellbeing.pendingPainChecks(account).stream().findFirst())
			.orElse(null);
	}

	/**
	 * A browser opening a page: a GET that accepts HTML, not an htmx fragment and not the
	 * API (whose {@code @RestController}s this advice reaches too).
	 */
	static boolean wholePage(HttpServletRequest request) {
		String accept = request.getHeader("Accept");
		return "GET".equals(request.getMethod()) && request.getHeader("HX-Request") == null
				&& !request.getRequestURI().startsWith("/api/") && accept != null && accept.contains("text/html");
	}

	/** Where the check's form sends the person back to: this page. */
	@ModelAttribute("morningCheckReturnTo")
	String returnTo(HttpServletRequest request) {
		String query = request.getQueryString();
		return MorningCheckController.localPath(request.getRequestURI() + ((query != null) ? "?" + query : ""));
	}

}
