package org.fitatlas.calculators.web;

import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.fitatlas.calculators.EnergyCost;
import org.fitatlas.calculators.LoadChart;
import org.fitatlas.calculators.MetActivity;
import org.fitatlas.calculators.OneRepMax;
import org.fitatlas.calculators.PlateLoading;
import org.fitatlas.calculators.web.CalculatorViews.EnergyView;
import org.fitatlas.calculators.web.CalculatorViews.OneRepMaxView;
import org.fitatlas.calculators.web.CalculatorViews.PercentagesView;
import org.fitatlas.calculators.web.CalculatorViews.PlatesView;
import org.fitatlas.catalog.Exercise;
import org.fitatlas.catalog.ExerciseCatalog;
import org.fitatlas.catalog.ExerciseNotFound;
import org.fitatlas.shared.InvalidParameter;
import org.fitatlas.shared.web.RequestParameters;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Training calculators as JSON under {@code /api/v1/calculators}; open to anyone.
 */
@RestController
@RequestMapping(path = "/api/v1/calculators", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Calculators", description = "One-rep max, loads by repetitions, plates per side and energy cost")
class CalculatorApiController {

	private final ExerciseCatalog catalog;

	CalculatorApiController(ExerciseCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/one-rep-max")
	@Operation(summary = "Estimate a one-repetition maximum",
			description = "Seven published equations (Epley, Brzycki, Lander, Lombardi, Mayhew et al., O'Conner et al., "
					+ "Wathen) and their average, to 0.1 kg. One repetition gives the weight itself. From 11 to 30 "
					+ "repetitions a warning says the equations are reliable only up to 10 (Whisenant et al., 2003). "
					+ "See docs/calculators.md.")
	OneRepMaxView oneRepMax(
			@Parameter(description = "greater than 0, at most 1000") @RequestParam(required = false) String weightKg,
			@Parameter(description = "repetitions to failure, 1..30") @RequestParam(required = false) String reps,
			HttpServletRequest request) {
		Map<String, String[]> params = params(request, "weightKg", "reps");
		double weight = CalculatorParameters.decimal(params, OneRepMax.WEIGHT);
		int repetitions = CalculatorParameters.whole(params, OneRepMax.REPS);
		return OneRepMaxView.of(OneRepMax.of(weight, repetitions));
	}

	@GetMapping("/percentages")
	@Operation(summary = "Loads by repetitions from a one-repetition maximum",
			description = "The NSCA repetitions-to-%1RM chart (1 to 10 and 12 repetitions), loads to 0.1 kg. Rows "
					+ "for 11 and 15 repetitions are not in the chart: 11 is interpolated between 10 and 12, 15 "
					+ "continues the 10-to-12 slope (62.5 %); both are marked interpolated.")
	PercentagesView percentages(
			@Parameter(description = "greater than 0, at most 1000") @RequestParam(required = false) String oneRepMaxKg,
			HttpServletRequest request) {
		Map<String, String[]> params = params(request, "oneRepMaxKg");
		double oneRepMax = CalculatorParameters.decimal(params, LoadChart.ONE_REP_MAX);
		return PercentagesView.of(oneRepMax, LoadChart.rows(oneRepMax));
	}

	@GetMapping("/plates")
	@Operation(summary = "Plates per side of a bar for a target weight",
			description = "Unlimited pairs of each plate size; the fewest plates that come closest to the target "
					+ "without passing it. The remainder is what could not be loaded.")
	PlatesView plates(
			@Parameter(description = "from the bar's weight to 1000") @RequestParam(required = false) String targetKg,
			@Parameter(description = "0..100, default 20") @RequestParam(required = false) String barKg,
			@Parameter(
					description = "1 to 20 plate weights in steps of 0.05 kg, default 25,20,15,10,5,2.5,1.25") @RequestParam(
							required = false) String plates,
			HttpServletRequest request) {
		Map<String, String[]> params = params(request, "targetKg", "barKg", "plates");
		double target = CalculatorParameters.decimal(params, PlateLoading.TARGET);
		double bar = CalculatorParameters.decimal(params, PlateLoading.BAR, PlateLoading.DEFAULT_BAR_KG);
		return PlatesView
			.of(PlateLoading.load(target, bar, CalculatorParameters.plates(params, PlateLoading.DEFAULT_PLATES)));
	}

	@GetMapping("/energy")
	@Operation(summary = "Energy cost of an exercise in kcal",
			description = "kcal = MET × body weight (kg) × hours (Ainsworth et al., 2011 Compendium of Physical "
					+ "Activities). Send exactly one of exercise (a slug; its MET comes from its category, see "
					+ "docs/calculators.md) or met.")
	EnergyView energy(@Parameter(description = "an exercise slug") @RequestParam(required = false) String exercise,
			@Parameter(description = "1..25") @RequestParam(required = false) String met,
			@Parameter(description = "20..400") @RequestParam(required = false) String bodyWeightKg,
			@Parameter(description = "1..600") @RequestParam(required = false) String minutes,
			HttpServletRequest request) {
		Map<String, String[]> params = params(request, "exercise", "met", "bodyWeightKg", "minutes");
		String slug = RequestParameters.single(params, "exercise");
		Double given = CalculatorParameters.optionalDecimal(params, EnergyCost.MET);
		if (slug == null && given == null) {
			throw InvalidParameter.of("exercise", "(missing)", "an exercise slug, or instead met from 1 to 25");
		}
		if (slug != null && given != null) {
			throw InvalidParameter.of("met", String.valueOf(RequestParameters.single(params, "met")),
					"no met when an exercise is given (its MET comes from the exercise); send one of the two");
		}
		double weight = CalculatorParameters.decimal(params, EnergyCost.BODY_WEIGHT);
		double duration = CalculatorParameters.decimal(params, EnergyCost.MINUTES);
		if (slug == null) {
			return EnergyView.of(EnergyCost.of(given, weight, duration));
		}
		Exercise found = this.catalog.find(slug).orElseThrow(() -> ExerciseNotFound.forSlug(slug));
		return EnergyView.of(EnergyCost.of(MetActivity.forExercise(found), weight, duration));
	}

	private static Map<String, String[]> params(HttpServletRequest request, String... allowed) {
		Map<String, String[]> params = request.getParameterMap();
		RequestParameters.rejectUnknown(params, Set.of(allowed));
		return params;
	}

}
