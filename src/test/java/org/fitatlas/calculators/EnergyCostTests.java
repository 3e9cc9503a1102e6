package org.fitatlas.calculators;

import java.util.List;

import org.fitatlas.catalog.Dose;
import org.fitatlas.catalog.Exercise;
import org.fitatlas.shared.InvalidParameter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class EnergyCostTests {

	@Test
	void shouldMultiplyMetByWeightAndHours() {
		// 3.5 MET × 70 kg × 30/60 h = 122.5 kcal
		assertThat(EnergyCost.of(3.5, 70, 30).kcal()).isCloseTo(122.5, within(1e-9));
		// 8.0 × 82.5 × 45/60 = 8 × 82.5 × 0.75 = 495 kcal
		EnergyCost cost = EnergyCost.of(MetActivity.CALISTHENICS_VIGOROUS, 82.5, 45);
		assertThat(cost.kcal()).isCloseTo(495, within(1e-9));
		assertThat(cost.metSource()).contains("Compendium").contains("vigorous");
	}

	@Test
	void shouldPickTheActivityFromCategoryAndTraits() {
		assertThat(MetActivity.forExercise(exercise("strength", "external-load")).met()).isEqualTo(3.5);
		assertThat(MetActivity.forExercise(exercise("strength", "abdominal-loading")).met()).isEqualTo(3.8);
		assertThat(MetActivity.forExercise(exercise("strength", "repeated-spinal-flexion")).met()).isEqualTo(2.8);
		assertThat(MetActivity.forExercise(exercise("stretching")).met()).isEqualTo(2.3);
		assertThat(MetActivity.forExercise(exercise("mobility")).met()).isEqualTo(2.5);
		assertThat(MetActivity.forExercise(exercise("balance")).met()).isEqualTo(2.8);
		assertThat(MetActivity.forExercise(exercise("cardio")).met()).isEqualTo(8.0);
		assertThat(MetActivity.forExercise(exercise("plyometrics")).met()).isEqualTo(8.0);
	}

	@Test
	void shouldRefuseValuesOutsideTheirRanges() {
		assertThatThrownBy(() -> EnergyCost.of(0.5, 70, 30)).isInstanceOfSatisfying(InvalidParameter.class,
				(ex) -> assertThat(ex.parameter()).isEqualTo("met"));
		assertThatThrownBy(() -> EnergyCost.of(3, 19.9, 30)).isInstanceOfSatisfying(InvalidParameter.class,
				(ex) -> assertThat(ex.parameter()).isEqualTo("bodyWeightKg"));
		assertThatThrownBy(() -> EnergyCost.of(3, 70, 601)).isInstanceOfSatisfying(InvalidParameter.class,
				(ex) -> assertThat(ex.allowed()).isEqualTo("a number from 1 to 600 minutes"));
	}

	private static Exercise exercise(String category, String... traits) {
		return new Exercise("x", "X", List.of(), "", "core", List.of(), List.of(), List.of("none"), "beginner",
				category, "push", "compound", "horizontal-push", "standing", "both", dose(), List.of(), List.of(),
				List.of(), List.of(), "", List.of(), List.of(), List.of(), List.of(), List.of(traits), null, List.of());
	}

	private static Dose dose() {
		return new Dose(3, 10, 12, null, null, 60);
	}

}
