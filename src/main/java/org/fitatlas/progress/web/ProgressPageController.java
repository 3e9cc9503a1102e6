package org.fitatlas.progress.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.fitatlas.accounts.AccountId;
import org.fitatlas.accounts.CurrentAccount;
import org.fitatlas.catalog.ExerciseNotFound;
import org.fitatlas.progress.internal.ExerciseProgress;
import org.fitatlas.progress.internal.SessionCalendar;
import org.fitatlas.shared.InvalidParameter;
import org.fitatlas.shared.web.Problems;
import org.fitatlas.training.BodyWeight;
import org.fitatlas.training.ExerciseHistories;
import org.fitatlas.training.ExerciseHistories.OneRepMaxFormula;
import org.fitatlas.training.ExerciseHistory;
import org.fitatlas.training.PainCheck;
import org.fitatlas.training.TrainingLog;
import org.fitatlas.training.Wellbeing;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The progress page: pick an exercise you logged and see it over time, your records, a
 * calendar of your sessions and your body weight; add today's weight.
 */
@Controller
class ProgressPageController {

	/** Months in the session calendar, this one included. */
	static final int CALENDAR_MONTHS = 3;

	private final ExerciseHistories histories;

	private final TrainingLog log;

	private final Wellbeing wellbeing;

	private final CurrentAccount current;

	private final JsonMapper json;

	private final Clock clock = Clock.systemUTC();

	ProgressPageController(ExerciseHistories histories, TrainingLog log, Wellbeing wellbeing, CurrentAccount current,
			JsonMapper json) {
		this.histories = histories;
		this.log = log;
		this.wellbeing = wellbeing;
		this.current = current;
		this.json = json;
	}

	@GetMapping("/progress")
	String progress(@RequestParam(required = false) @Nullable String exercise,
			@RequestParam(required = false) @Nullable String formula, Model model, HttpServletResponse response,
			java.time.ZoneId zone) {
		Optional<AccountId> account = this.current.id();
		if (account.isEmpty()) {
			return "redirect:/login";
		}
		return page(account.get(), blank(exercise), blank(formula), model, response, zone);
	}

	@PostMapping("/progress/body-weight")
	String weigh(@RequestParam(defaultValue = "") String kg, @RequestParam(required = false) @Nullable String exercise,
			@RequestParam(required = false) @Nullable String formula, Model model, HttpServletResponse response,
			RedirectAttributes redirect, java.time.ZoneId zone) {
		Optional<AccountId> account = this.current.id();
		if (account.isEmpty()) {
			return "redirect:/login";
		}
		try {
			BodyWeight weight = new BodyWeight(LocalDate.now(this.clock.withZone(zone)), kilograms(kg));
			this.wellbeing.weigh(account.get(), weight);
			redirect.addFlashAttribute("weightSaved", weight.kg().stripTrailingZeros().toPlainString());
		}
		catch (InvalidParameter ex) {
			response.setStatus(400);
			model.addAttribute("weightError",
					(kg.isBlank() ? "Body weight: nothing was entered; enter "
							: "Body weight: '" + ex.value() + "' is not possible here; enter ")
							+ "a number from 20 to 400 kg with at most 2 decimals, like 72.5.");
			model.addAttribute("weightValue", kg);
			return page(account.get(), blank(exercise), blank(formula), model, response, zone);
		}
		UriComponentsBuilder back = UriComponentsBuilder.fromPath("/progress");
		if (blank(exercise) != null) {
			back.queryParam("exercise", exercise);
		}
		if (blank(formula) != null) {
			back.queryParam("formula", formula);
		}
		return "redirect:" + back.fragment("body-weight").encode().build().toUriString();
	}

	private String page(AccountId account, @Nullable String exercise, @Nullable String formulaToken, Model model,
			HttpServletResponse response, java.time.ZoneId zone) {
		LocalDate today = LocalDate.now(this.clock.withZone(zone));
		List<BodyWeight> weights = this.wellbeing.weights(account);
		model.addAttribute("today", today);
		model.addAttribute("exercises", this.histories.logged(account));
		model.addAttribute("formulas", ExerciseHistories.formulas());
		model.addAttribute("months",
				SessionCalendar.of(this.log.sessions(account, SessionCalendar.from(today, CALENDAR_MONTHS), today,
						TrainingLog.MAX_LIST, zone), today, CALENDAR_MONTHS, zone));
		model.addAttribute("weights", weights);
		List<BodyWeight> newestFirst = new java.util.ArrayList<>(weights);
		java.util.Collections.reverse(newestFirst);
		model.addAttribute("weightsNewestFirst", newestFirst);
		model.addAttribute("formula", "epley");
		OneRepMaxFormula formula = ExerciseHistories.formula(null);
		try {
			formula = ExerciseHistories.formula(formulaToken);
			model.addAttribute("formula", formula.token());
		}
		catch (InvalidParameter ex) {
			response.setStatus(400);
			model.addAttribute("formulaError",
					"'" + ex.value() + "' is not a formula we know; pick one of "
							+ ExerciseHistories.formulas()
								.stream()
								.map(OneRepMaxFormula::label)
								.collect(Collectors.joining(", "))
							+ ". The charts below use Epley.");
		}
		ExerciseProgress progress = null;
		if (exercise != null) {
			try {
				ExerciseHistory history = this.histories.of(account, exercise, formula);
				Set<java.util.UUID> ids = history.sessions()
					.stream()
					.map(ExerciseHistory.SessionEntry::sessionId)
					.collect(Collectors.toSet());
				Map<java.util.UUID, PainCheck> checks = this.wellbeing.painChecks(account)
					.stream()
					.filter((c) -> ids.contains(c.sessionId()))
					.collect(Collectors.toMap(PainCheck::sessionId, (c) -> c));
				progress = ExerciseProgress.of(history, checks, zone);
				model.addAttribute("history", history);
				model.addAttribute("progress", progress);
				model.addAttribute("formulaLabel", formula.label());
			}
			catch (ExerciseNotFound ex) {
				response.setStatus(404);
				model.addAttribute("exerciseError",
						"No exercise of the atlas has the name '" + Problems.shown(ex.slug())
								+ "'. Pick one of the exercises you logged, or find it in the atlas.");
			}
		}
		model.addAttribute("chartJson", ChartData.json(this.json, progress, formula.label(), weights));
		return "progress/progress";
	}

	/** A weight as typed: a comma works as the decimal point too. */
	static BigDecimal kilograms(String typed) {
		String value = typed.trim().replace(',', '.');
		try {
			return new BigDecimal(value);
		}
		catch (NumberFormatException ex) {
			throw InvalidParameter.of("kg", typed.isBlank() ? "(nothing)" : typed,
					"a number 20..400 with at most 2 decimals");
		}
	}

	private static @Nullable String blank(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
