package org.fitatlas.calculators;

import org.fitatlas.shared.InvalidParameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Each equation against values worked out by hand for 100 kg lifted 5 times.
 */
class OneRepMaxTests {

	private static final double W = 100;

	private static final int R = 5;

	@Test
	void shouldEstimateEpley() {
		// 100 × (1 + 5/30) = 100 × 1.16667 = 116.67
		assertThat(OneRepMaxFormula.EPLEY.estimate(W, R)).isCloseTo(116.67, within(0.01));
	}

	@Test
	void shouldEstimateBrzycki() {
		// 100 × 36 / (37 − 5) = 3600 / 32 = 112.50
		assertThat(OneRepMaxFormula.BRZYCKI.estimate(W, R)).isCloseTo(112.50, within(0.01));
	}

	@Test
	void shouldEstimateLander() {
		// 100 × 100 / (101.3 − 2.67123 × 5) = 10000 / (101.3 − 13.35615) = 10000 /
		// 87.94385 = 113.71
		assertThat(OneRepMaxFormula.LANDER.estimate(W, R)).isCloseTo(113.71, within(0.01));
	}

	@Test
	void shouldEstimateLombardi() {
		// 100 × 5^0.1 = 100 × e^(0.1 × ln 5) = 100 × e^0.160944 = 100 × 1.174619 = 117.46
		assertThat(OneRepMaxFormula.LOMBARDI.estimate(W, R)).isCloseTo(117.46, within(0.01));
	}

	@Test
	void shouldEstimateMayhew() {
		// e^(−0.055 × 5) = e^−0.275 = 0.759572; 52.2 + 41.9 × 0.759572 = 52.2 + 31.8261 =
		// 84.0261; 10000 / 84.0261 = 119.01
		assertThat(OneRepMaxFormula.MAYHEW.estimate(W, R)).isCloseTo(119.01, within(0.01));
	}

	@Test
	void shouldEstimateOConner() {
		// 100 × (1 + 0.025 × 5) = 100 × 1.125 = 112.50
		assertThat(OneRepMaxFormula.O_CONNER.estimate(W, R)).isCloseTo(112.50, within(0.01));
	}

	@Test
	void shouldEstimateWathen() {
		// e^(−0.075 × 5) = e^−0.375 = 0.687289; 48.8 + 53.8 × 0.687289 = 48.8 + 36.9762 =
		// 85.7762; 10000 / 85.7762 = 116.58
		assertThat(OneRepMaxFormula.WATHEN.estimate(W, R)).isCloseTo(116.58, within(0.01));
	}

	@Test
	void shouldAverageTheSevenEstimates() {
		// (116.667 + 112.5 + 113.709 + 117.462 + 119.011 + 112.5 + 116.583) / 7 = 808.430
		// / 7
		// = 115.49
		OneRepMax result = OneRepMax.of(W, R);
		assertThat(result.estimates()).hasSize(7);
		assertThat(result.averageKg()).isCloseTo(115.49, within(0.01));
		assertThat(result.warning()).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(OneRepMaxFormula.class)
	void shouldReturnTheWeightItselfForOneRepetition(OneRepMaxFormula formula) {
		// Epley alone would say 82.5 × (1 + 1/30) = 85.25; one lift of 82.5 kg is a 1RM
		// of
		// 82.5.
		assertThat(formula.estimate(82.5, 1)).isEqualTo(82.5);
	}

	@Test
	void shouldWarnAboveTenRepetitionsCitingWhisenant() {
		// Epley at 80 kg × 12: 80 × (1 + 12/30) = 80 × 1.4 = 112.0
		OneRepMax result = OneRepMax.of(80, 12);
		assertThat(result.estimates().get(0).oneRepMaxKg()).isCloseTo(112.0, within(0.01));
		assertThat(result.warning())
			.hasValueSatisfying((w) -> assertThat(w).contains("up to 10 repetitions").contains("Whisenant"));
		assertThat(OneRepMax.of(80, 10).warning()).isEmpty();
		assertThat(OneRepMax.of(80, 11).warning()).isPresent();
	}

	@Test
	void shouldStillAnswerAtThirtyRepetitions() {
		// Brzycki at 40 kg × 30: 40 × 36 / (37 − 30) = 1440 / 7 = 205.71
		assertThat(OneRepMaxFormula.BRZYCKI.estimate(40, 30)).isCloseTo(205.71, within(0.01));
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, -1, 31, 37, 1000 })
	void shouldRefuseRepetitionsOutsideOneToThirty(int reps) {
		assertThatThrownBy(() -> OneRepMax.of(100, reps)).isInstanceOfSatisfying(InvalidParameter.class, (ex) -> {
			assertThat(ex.parameter()).isEqualTo("reps");
			assertThat(ex.allowed()).isEqualTo("a whole number from 1 to 30");
		});
	}

	@ParameterizedTest
	@ValueSource(doubles = { 0, -5, 1000.1, Double.NaN, Double.POSITIVE_INFINITY })
	void shouldRefuseWeightsOutsideZeroToOneThousand(double weight) {
		assertThatThrownBy(() -> OneRepMax.of(weight, 5)).isInstanceOfSatisfying(InvalidParameter.class,
				(ex) -> assertThat(ex.parameter()).isEqualTo("weightKg"));
	}

}
