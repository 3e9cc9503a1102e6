package org.fitatlas.accounts.web;

import java.util.UUID;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fitatlas.accounts.AccountId;
import org.fitatlas.accounts.AccountProblem;
import org.fitatlas.accounts.CurrentAccount;
import org.fitatlas.accounts.internal.AccountService;
import org.fitatlas.shared.InvalidParameter;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Register, sign in, and the profile page that manages API tokens and personal data.
 */
@Controller
class AccountPageController {

	private final AccountService accounts;

	private final CurrentAccount current;

	AccountPageController(AccountService accounts, CurrentAccount current) {
		this.accounts = accounts;
		this.current = current;
	}

	@GetMapping("/register")
	String registerForm() {
		return "accounts/register";
	}

	@PostMapping("/register")
	String register(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String displayName, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		try {
			this.accounts.registerFrom(email, password, displayName, request.getRemoteAddr());
			return "redirect:/login?registered";
		}
		catch (InvalidParameter | AccountProblem ex) {
			response.setStatus((ex instanceof AccountProblem problem) ? problem.status() : 400);
			model.addAttribute("error",
					(ex instanceof InvalidParameter invalid) ? invalid.sentence() : ex.getMessage());
			model.addAttribute("email", email);
			model.addAttribute("displayName", displayName);
			return "accounts/register";
		}
	}

	@GetMapping("/login")
	String login() {
		return "accounts/login";
	}

	@GetMapping("/profile")
	String profile(Model model) {
		AccountId me = this.current.required();
		model.addAttribute("account", this.accounts.profile(me));
		model.addAttribute("tokens", this.accounts.tokens(me));
		return "accounts/profile";
	}

	@PostMapping("/profile/tokens")
	String createToken(@RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String expiresInDays, RedirectAttributes redirect) {
		try {
			AccountService.IssuedToken token = this.accounts.createToken(this.current.required(), name,
					days(expiresInDays));
			redirect.addFlashAttribute("newToken", token);
		}
		catch (InvalidParameter ex) {
			redirect.addFlashAttribute("error", ex.sentence());
		}
		return "redirect:/profile";
	}

	@PostMapping("/profile/tokens/{id}/delete")
	String deleteToken(@PathVariable String id) {
		this.accounts.deleteToken(this.current.required(), AccountApiController.uuid(id));
		return "redirect:/profile";
	}

	@GetMapping("/profile/export")
	ResponseEntity<java.util.Map<String, Object>> export() {
		return ResponseEntity.ok()
			.header("Content-Disposition", "attachment; filename=\"fitatlas-my-data.json\"")
			.body(this.accounts.export(this.current.required()));
	}

	@PostMapping("/profile/delete")
	String delete(@RequestParam(defaultValue = "") String confirm, HttpServletRequest request,
			RedirectAttributes redirect) throws ServletException {
		if (!"DELETE".equals(confirm)) {
			redirect.addFlashAttribute("error", "Type DELETE to confirm that your account should be deleted.");
			return "redirect:/profile";
		}
		this.accounts.delete(this.current.required());
		request.logout();
		return "redirect:/?deleted";
	}

	/** A token id of someone else or of a deleted token: the error page with 404. */
	@ExceptionHandler(AccountProblem.class)
	String problem(AccountProblem ex, Model model, HttpServletResponse response) {
		response.setStatus(ex.status());
		if (ex.retryAfterSeconds() > 0) {
			response.setHeader("Retry-After", String.valueOf(ex.retryAfterSeconds()));
		}
		model.addAttribute("status", ex.status());
		model.addAttribute("title", (ex.status() == 404) ? "Not found" : "That did not work");
		model.addAttribute("message", ex.getMessage());
		return "error";
	}

	private static @Nullable Integer days(String value) {
		if (value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			throw InvalidParameter.of("expiresInDays", value,
					"a whole number of days, 1.." + AccountService.MAX_TOKEN_DAYS);
		}
	}

	/** Kept for links that carry a token id of someone else or a deleted one. */
	static UUID uuid(String id) {
		return AccountApiController.uuid(id);
	}

}
