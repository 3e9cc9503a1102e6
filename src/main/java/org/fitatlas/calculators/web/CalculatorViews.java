package org.fitatlas.calculators.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.fitatlas.calculators.EnergyCost;
import org.fitatlas.calculators.LoadChart;
import org.fitatlas.calculators.OneRepMax;
import org.fitatlas.calculators.PlateLoading;
import org.jspecify.annotations.Nullable;

/**
 * The calculators' answers as JSON: computed in double, rounded only here, at the edge.
 */
final class CalculatorViews {

	private CalculatorViews() {
	}

	static double tenth(double value) {
		return round(value, 1);
	}

	static double hundredth(double value) {
		return round(value, 2);
	}

	private static double round(double value, int places) {
		return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).doubleValue();
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record OneRepMaxView(List<EstimateView> estimates, double averageKg, @Nullable String warning) {

		static OneRepMaxView of(OneRepMax result) {
			return new OneRepMaxView(result.estimates()
				.stream()
				.map((e) -> new EstimateView(e.formula().label(), tenth(e.oneRepMaxKg())))
				.toList(), tenth(result.averageKg()), result.warning().orElse(null));
		}

	}

	record EstimateView(String formula, double oneRepMaxKg) {
	}

	record PercentagesView(double oneRepMaxKg, List<RowView> rows) {

		static PercentagesView of(double oneRepMaxKg, List<LoadChart.Row> rows) {
			return new PercentagesView(oneRepMaxKg,
					rows.stream()
						.map((r) -> new RowView(r.reps(), r.percent(), tenth(r.loadKg()), r.interpolated()))
						.toList());
		}

	}

	record RowView(int reps, double percent, double loadKg, boolean interpolated) {
	}

	/** Plate weights to the hundredth: 1.25 kg plates must stay 1.25. */
	record PlatesView(double targetKg, double barKg, List<PlateView> perSide, double achievedKg, double remainderKg) {

		static PlatesView of(PlateLoading loading) {
			return new PlatesView(loading.targetKg(), loading.barKg(),
					loading.perSide().stream().map((p) -> new PlateView(hundredth(p.kg()), p.count())).toList(),
					hundredth(loading.achievedKg()), hundredth(loading.remainderKg()));
		}

	}

	record PlateView(double kg, int count) {
	}

	record EnergyView(double met, String metSource, double bodyWeightKg, double minutes, double kcal) {

		static EnergyView of(EnergyCost cost) {
			return new EnergyView(cost.met(), cost.metSource(), cost.bodyWeightKg(), cost.minutes(),
					tenth(cost.kcal()));
		}

	}

}
