package org.fitatlas.accounts.web;

import org.fitatlas.accounts.internal.AccountPrincipal;
import org.fitatlas.accounts.NotSignedIn;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the signed-in person's display name (for the header), and sends pages
 * that need a sign-in to the sign-in page.
 */
@ControllerAdvice(annotations = Controller.class)
class CurrentUserAdvice {

	@ModelAttribute("currentUser")
	@Nullable String currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal)
				? principal.displayName() : null;
	}

	@ExceptionHandler(NotSignedIn.class)
	String signIn() {
		return "redirect:/login";
	}

}
