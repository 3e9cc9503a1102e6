package org.fitatlas.calculators.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fitatlas.calculators.EnergyCost;
import org.fitatlas.calculators.LoadChart;
import org.fitatlas.calculators.MetActivity;
import org.fitatlas.calculators.OneRepMax;
import org.fitatlas.calculators.OneRepMaxFormula;
import org.fitatlas.calculators.PlateLoading;
import org.fitatlas.calculators.web.CalculatorViews.EnergyView;
import org.fitatlas.calculators.web.CalculatorViews.OneRepMaxView;
import org.fitatlas.calculators.web.CalculatorViews.PercentagesView;
import org.fitatlas.calculators.web.CalculatorViews.PlatesView;
import org.fitatlas.catalog.Exercise;
import org.fitatlas.catalog.ExerciseCatalog;
import org.fitatlas.shared.InvalidParameter;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The calculators page: one-rep max, loads by repetitions, plates per side and energy
 * cost, each a GET form whose URL can be shared; the results render on the server from
 * the query string.
 */
@Controller
class CalculatorPageController {

	/** Plate sizes offered as choices: the usual kilogram plates and the small ones. */
	static final List<String> PLATE_CHOICES = List.of("25", "20", "15", "10", "5", "2.5", "2", "1.25", "1", "0.5");

	private final ExerciseCatalog catalog;

	CalculatorPageController(ExerciseCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/calculators")
	String page(HttpServletRequest request, Model model, HttpServletResponse response) {
		CalculatorForm form = new CalculatorForm(request.getParameterMap());
		if (form.asked("weightKg", "reps")) {
			oneRepMax(form, model);
		}
		if (form.asked("oneRepMaxKg")) {
			percentages(form, model);
		}
		if (form.asked("targetKg", "barKg", "plates")) {
			plates(form, model);
		}
		if (form.asked("exercise", "met", "bodyWeightKg", "minutes")) {
			energy(form, model);
		}
		if (!form.valid()) {
			response.setStatus(400);
		}
		model.addAttribute("form", form);
		model.addAttribute("formulas", OneRepMaxFormula.values());
		model.addAttribute("plateChoices", PLATE_CHOICES);
		model.addAttribute("defaultPlates", PlateLoading.DEFAULT_PLATES);
		model.addAttribute("activities", MetActivity.values());
		model.addAttribute("exercises",
				this.catalog.active()
					.stream()
					.sorted(Comparator.comparing(Exercise::name, String.CASE_INSENSITIVE_ORDER))
					.toList());
		return "calculators/calculators";
	}

	private static void oneRepMax(CalculatorForm form, Model model) {
		Double weight = form.decimal(OneRepMax.WEIGHT);
		Double reps = form.decimal(OneRepMax.REPS);
		if (weight == null || reps == null) {
			return;
		}
		OneRepMax estimate = OneRepMax.of(weight, reps.intValue());
		double average = CalculatorViews.tenth(estimate.averageKg());
		model.addAttribute("oneRepMax", OneRepMaxView.of(estimate));
		model.addAttribute("oneRepMaxChart", PercentagesView.of(average, LoadChart.rows(average)));
	}

	private static void percentages(CalculatorForm form, Model model) {
		Double oneRepMax = form.decimal(LoadChart.ONE_REP_MAX);
		if (oneRepMax != null) {
			model.addAttribute("chart", PercentagesView.of(oneRepMax, LoadChart.rows(oneRepMax)));
		}
	}

	private static void plates(CalculatorForm form, Model model) {
		Double target = form.decimal(PlateLoading.TARGET);
		Double bar = form.decimal(PlateLoading.BAR, PlateLoading.DEFAULT_BAR_KG);
		List<Double> plates = form.plates(PlateLoading.DEFAULT_PLATES);
		if (target == null || bar == null || plates == null) {
			return;
		}
		PlatesView loading = form.read(() -> PlatesView.of(PlateLoading.load(target, bar, plates)));
		if (loading != null) {
			model.addAttribute("plates", loading);
		}
	}

	private void energy(CalculatorForm form, Model model) {
		int before = form.errors().size();
		String slug = form.text("exercise");
		Double met = form.decimal(EnergyCost.MET, 0);
		Double weight = form.decimal(EnergyCost.BODY_WEIGHT);
		Double minutes = form.decimal(EnergyCost.MINUTES);
		if (slug == null && !form.asked("met") && form.error("exercise") == null) {
			form.reject(InvalidParameter.of("exercise", "(missing)",
					"an exercise from the list, or instead a MET value from 1 to 25"));
		}
		if (slug != null && form.asked("met")) {
			form.reject(InvalidParameter.of("met", form.value("met"),
					"nothing when an exercise is chosen (its MET comes from the exercise); choose one of the two"));
		}
		Optional<Exercise> exercise = Optional.ofNullable(slug).flatMap(this.catalog::find);
		if (slug != null && exercise.isEmpty()) {
			form.reject(InvalidParameter.of("exercise", slug, "an exercise from the list"));
		}
		if (met == null || weight == null || minutes == null || form.errors().size() > before) {
			return;
		}
		EnergyCost cost = exercise.map((e) -> EnergyCost.of(MetActivity.forExercise(e), weight, minutes))
			.orElseGet(() -> EnergyCost.of(met, weight, minutes));
		model.addAttribute("energy", EnergyView.of(cost));
		exercise.ifPresent((e) -> model.addAttribute("energyExercise", e.name()));
	}

}
