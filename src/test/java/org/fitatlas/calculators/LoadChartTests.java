package org.fitatlas.calculators;

import java.util.List;

import org.fitatlas.shared.InvalidParameter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class LoadChartTests {

	@Test
	void shouldGiveTheNscaChartRowsInOrderOfRepetitions() {
		List<LoadChart.Row> rows = LoadChart.rows(100);
		assertThat(rows).extracting(LoadChart.Row::reps).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 15);
		assertThat(rows).extracting(LoadChart.Row::percent)
			.containsExactly(100.0, 95.0, 93.0, 90.0, 87.0, 85.0, 83.0, 80.0, 77.0, 75.0, 72.5, 70.0, 62.5);
	}

	@Test
	void shouldMarkOnlyElevenAndFifteenAsInterpolated() {
		assertThat(LoadChart.rows(100)).filteredOn(LoadChart.Row::interpolated)
			.extracting(LoadChart.Row::reps)
			.containsExactly(11, 15);
	}

	@Test
	void shouldComputeLoadsFromTheOneRepMax() {
		List<LoadChart.Row> rows = LoadChart.rows(142.5);
		// 5 reps: 142.5 × 0.87 = 123.975
		assertThat(row(rows, 5).loadKg()).isCloseTo(123.975, within(1e-9));
		// 11 reps, halfway between 75 % and 70 %: 142.5 × 0.725 = 103.3125
		assertThat(row(rows, 11).loadKg()).isCloseTo(103.3125, within(1e-9));
		// 15 reps, 75 − 5 × 2.5 = 62.5 %: 142.5 × 0.625 = 89.0625
		assertThat(row(rows, 15).loadKg()).isCloseTo(89.0625, within(1e-9));
		assertThat(row(rows, 1).loadKg()).isEqualTo(142.5);
	}

	@Test
	void shouldRefuseAOneRepMaxOfZero() {
		assertThatThrownBy(() -> LoadChart.rows(0)).isInstanceOfSatisfying(InvalidParameter.class,
				(ex) -> assertThat(ex.parameter()).isEqualTo("oneRepMaxKg"));
	}

	private static LoadChart.Row row(List<LoadChart.Row> rows, int reps) {
		return rows.stream().filter((r) -> r.reps() == reps).findFirst().orElseThrow();
	}

}
