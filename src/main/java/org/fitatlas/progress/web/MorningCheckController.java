package org.fitatlas.progress.web;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;

import org.fitatlas.accounts.AccountId;
import org.fitatlas.accounts.CurrentAccount;
import org.fitatlas.shared.InvalidParameter;
import org.fitatlas.training.PainCheck;
import org.fitatlas.training.SessionNotFound;
import org.fitatlas.training.Wellbeing;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Takes the answer to the morning pain check and sends the person back to the page they
 * were on (only ever a path of this site), with any error shown next to the question.
 */
@Controller
class MorningCheckController {

	static final String FALLBACK = "/progress";

	private final Wellbeing wellbeing;

	private final CurrentAccount current;

	MorningCheckController(Wellbeing wellbeing, CurrentAccount current) {
		this.wellbeing = wellbeing;
		this.current = current;
	}

	@PostMapping("/progress/pain-check")
	RedirectView answer(@RequestParam(defaultValue = "") String sessionId,
			@RequestParam(defaultValue = "") String morningPain,
			@RequestParam(defaultValue = "") String comparedToBefore,
			@RequestParam(defaultValue = FALLBACK) String returnTo, RedirectAttributes redirect) {
		Optional<AccountId> account = this.current.id();
		if (account.isEmpty()) {
			return redirect("/login");
		}
		try {
			this.wellbeing.check(account.get(),
					new PainCheck(session(sessionId), pain(morningPain), compared(comparedToBefore), null));
			redirect.addFlashAttribute("morningCheckSaved", true);
		}
		catch (InvalidParameter ex) {
			redirect.addFlashAttribute("morningCheckError", message(ex));
			redirect.addFlashAttribute("morningCheckField", ex.parameter());
		}
		catch (SessionNotFound ex) {
			redirect.addFlashAttribute("morningCheckError",
					"That session is not in your log any more, so there is nothing to answer for it.");
		}
		return redirect(localPath(returnTo));
	}

	/** The path itself when it stays on this site, else the progress page. */
	static String localPath(@Nullable String path) {
		if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")
				|| path.chars().anyMatch(Character::isISOControl) || path.length() > 2000) {
			return FALLBACK;
		}
		try {
			URI uri = URI.create(path);
			return (uri.getScheme() == null && uri.getRawAuthority() == null) ? path : FALLBACK;
		}
		catch (IllegalArgumentException ex) {
			return FALLBACK;
		}
	}

	private static RedirectView redirect(String path) {
		RedirectView view = new RedirectView(path, true);
		view.setExpandUriTemplateVariables(false);
		view.setPropagateQueryParams(false);
		return view;
	}

	private static UUID session(String value) {
		try {
			UUID id = UUID.fromString(value);
			if (id.toString().equalsIgnoreCase(value)) {
				return id;
			}
		}
		catch (IllegalArgumentException ex) {
			// answered below
		}
		throw InvalidParameter.of("sessionId", value.isEmpty() ? "(nothing)" : value, "the id of one of your sessions");
	}

	private static int pain(String value) {
		try {
			return Integer.parseInt(value.trim());
		}
		catch (NumberFormatException ex) {
			throw InvalidParameter.of("morningPain", value.isEmpty() ? "(nothing)" : value, "a whole number 0..10");
		}
	}

	private static String compared(String value) {
		if (value.isBlank()) {
			throw InvalidParameter.of("comparedToBefore", "(nothing)", "better, same, worse");
		}
		return value.trim();
	}

	private static String message(InvalidParameter ex) {
		return switch (ex.parameter()) {
			case "morningPain" -> "Pain this morning: '" + ex.value() + "' is not on the scale; pick a whole number "
					+ "from 0 (no pain) to 10 (the worst you can imagine).";
			case "comparedToBefore" ->
				"Compared with before the session: '" + ex.value() + "' is not an answer; pick better, same or worse.";
			default -> "The answer arrived incomplete; please answer the question again.";
		};
	}

}
