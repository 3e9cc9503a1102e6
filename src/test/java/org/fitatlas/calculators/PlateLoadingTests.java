package org.fitatlas.calculators;

import java.util.List;

import org.fitatlas.calculators.PlateLoading.PlateCount;
import org.fitatlas.shared.InvalidParameter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class PlateLoadingTests {

	private static final List<Double> STANDARD = PlateLoading.DEFAULT_PLATES;

	@Test
	void shouldLoadHundredKilosWithTwoPlatesASide() {
		// (100 − 20) / 2 = 40 a side = 25 + 15
		PlateLoading loading = PlateLoading.load(100, 20, STANDARD);
		assertThat(loading.perSide()).containsExactly(new PlateCount(25, 1), new PlateCount(15, 1));
		assertThat(loading.achievedKg()).isEqualTo(100);
		assertThat(loading.remainderKg()).isZero();
	}

	@Test
	void shouldUseTheSmallChangePlates() {
		// (142.5 − 20) / 2 = 61.25 a side = 25 + 25 + 10 + 1.25
		PlateLoading loading = PlateLoading.load(142.5, 20, STANDARD);
		assertThat(loading.perSide()).containsExactly(new PlateCount(25, 2), new PlateCount(10, 1),
				new PlateCount(1.25, 1));
		assertThat(loading.achievedKg()).isEqualTo(142.5);
	}

	@Test
	void shouldNeverPassTheTargetAndReportTheRemainder() {
		// (101 − 20) / 2 = 40.5 a side; best below is 40 (25 + 15) → 100 kg, 1 kg short
		PlateLoading loading = PlateLoading.load(101, 20, STANDARD);
		assertThat(loading.achievedKg()).isEqualTo(100);
		assertThat(loading.remainderKg()).isCloseTo(1, within(1e-9));
	}

	@Test
	void shouldLoadTheBareBarWhenTheTargetIsTheBar() {
		PlateLoading loading = PlateLoading.load(20, 20, STANDARD);
		assertThat(loading.perSide()).isEmpty();
		assertThat(loading.achievedKg()).isEqualTo(20);
		assertThat(loading.remainderKg()).isZero();
	}

	@Test
	void shouldUseFewerPlatesThanGreedyWhenGreedyIsWrong() {
		// Plates 20, 15, 2; (80 − 20) / 2 = 30 a side. Greedy: 20 + 2 × 5 = 6 plates;
		// best:
		// 15 + 15 = 2 plates.
		PlateLoading loading = PlateLoading.load(80, 20, List.of(20.0, 15.0, 2.0));
		assertThat(loading.perSide()).containsExactly(new PlateCount(15, 2));
		assertThat(loading.achievedKg()).isEqualTo(80);
	}

	@Test
	void shouldComeCloserThanGreedyWhenGreedyLeavesARemainder() {
		// Plates 20, 15; (80 − 20) / 2 = 30 a side. Greedy stops at 20 (10 kg short a
		// side);
		// 15 + 15 is exact.
		PlateLoading loading = PlateLoading.load(80, 20, List.of(20.0, 15.0));
		assertThat(loading.perSide()).containsExactly(new PlateCount(15, 2));
		assertThat(loading.remainderKg()).isZero();
		// Plates 20, 15, 2; (88 − 20) / 2 = 34 a side = 15 + 15 + 2 + 2 (greedy: 20 + 7 ×
		// 2)
		assertThat(PlateLoading.load(88, 20, List.of(20.0, 15.0, 2.0)).perSide()).containsExactly(new PlateCount(15, 2),
				new PlateCount(2, 2));
	}

	@Test
	void shouldLeaveWhatNoCombinationReaches() {
		// Plates 20, 15, 2; (27 − 20) / 2 = 3.5 a side: one 2 kg plate, 27 − 24 = 3 kg
		// short
		PlateLoading loading = PlateLoading.load(27, 20, List.of(20.0, 15.0, 2.0));
		assertThat(loading.perSide()).containsExactly(new PlateCount(2, 1));
		assertThat(loading.achievedKg()).isEqualTo(24);
		assertThat(loading.remainderKg()).isCloseTo(3, within(1e-9));
	}

	@Test
	void shouldRefuseATargetBelowTheBar() {
		assertThatThrownBy(() -> PlateLoading.load(15, 20, STANDARD)).isInstanceOfSatisfying(InvalidParameter.class,
				(ex) -> {
					assertThat(ex.parameter()).isEqualTo("targetKg");
					assertThat(ex.allowed()).contains("at least the bar (20 kg)");
				});
	}

	@Test
	void shouldRefuseBadPlateLists() {
		assertThatThrownBy(() -> PlateLoading.load(100, 20, List.of())).isInstanceOfSatisfying(InvalidParameter.class,
				(ex) -> assertThat(ex.parameter()).isEqualTo("plates"));
		assertThatThrownBy(() -> PlateLoading.load(100, 20, List.of(20.0, -5.0)))
			.isInstanceOfSatisfying(InvalidParameter.class, (ex) -> assertThat(ex.value()).isEqualTo("-5"));
		assertThatThrownBy(() -> PlateLoading.load(100, 20, List.of(20.0, 0.01)))
			.isInstanceOfSatisfying(InvalidParameter.class, (ex) -> assertThat(ex.allowed()).contains("0.05 kg"));
		List<Double> many = java.util.stream.IntStream.rangeClosed(1, 21).mapToObj((i) -> (double) i).toList();
		assertThatThrownBy(() -> PlateLoading.load(100, 20, many)).isInstanceOf(InvalidParameter.class);
	}

}
