package org.fitatlas.calculators;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Loads for a number of repetitions from a one-repetition maximum, after the NSCA chart
 * of repetitions allowed at a percentage of 1RM (Baechle and Earle (eds.), Essentials of
 * Strength Training and Conditioning, NSCA).
 */
public final class LoadChart {

	public static final Bounds ONE_REP_MAX = Bounds.decimal("oneRepMaxKg", 0, false, 1000, "kg");

	/**
	 * The chart as published: repetitions to percent of 1RM. It has no row for 11 or 15.
	 */
	static final Map<Integer, Double> CHART = Map.ofEntries(Map.entry(1, 100.0), Map.entry(2, 95.0), Map.entry(3, 93.0),
			Map.entry(4, 90.0), Map.entry(5, 87.0), Map.entry(6, 85.0), Map.entry(7, 83.0), Map.entry(8, 80.0),
			Map.entry(9, 77.0), Map.entry(10, 75.0), Map.entry(12, 70.0));

	/**
	 * Rows the chart lacks but people ask for: 11 lies between 10 and 12; 15 continues
	 * the 10 → 12 slope (2.5 points per repetition), which gives 62.5 %.
	 */
	static final List<Integer> FILLED_IN = List.of(11, 15);

	private LoadChart() {
	}

	/** Every row of the chart plus the filled-in ones, by repetitions. */
	public static List<Row> rows(double oneRepMaxKg) {
		ONE_REP_MAX.check(oneRepMaxKg);
		Map<Integer, Row> rows = new TreeMap<>();
		CHART.forEach((reps, percent) -> rows.put(reps, row(oneRepMaxKg, reps, percent, false)));
		double slope = (CHART.get(12) - CHART.get(10)) / 2;
		for (int reps : FILLED_IN) {
			rows.put(reps, row(oneRepMaxKg, reps, CHART.get(10) + slope * (reps - 10), true));
		}
		return new ArrayList<>(rows.values());
	}

	private static Row row(double oneRepMaxKg, int reps, double percent, boolean interpolated) {
		return new Row(reps, percent, oneRepMaxKg * percent / 100, interpolated);
	}

	/**
	 * The load for a number of repetitions; {@code interpolated} when the chart has no
	 * such row.
	 */
	public record Row(int reps, double percent, double loadKg, boolean interpolated) {

		public Row {
			if (reps < 1) {
				throw new IllegalArgumentException("reps must be at least 1, was " + reps);
			}
			if (!(percent > 0 && percent <= 100)) {
				throw new IllegalArgumentException("percent must be in (0, 100], was " + percent);
			}
		}

	}

}
