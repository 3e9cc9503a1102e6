package org.fitatlas.catalog.internal;

import java.util.List;

import org.fitatlas.catalog.Dose;
import org.fitatlas.catalog.Exercise;
import org.fitatlas.catalog.ExerciseQuery;
import org.fitatlas.shared.InvalidParameter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The atlas filters, as plain rules.
 */
class ExerciseFilterTests {

	private final Exercise bodyWeight = exercise("crunch", List.of("none"), "core", List.of("rectus-abdominis"),
			List.of("obliques"));

	private final Exercise benchPress = exercise("dumbbell-bench-press", List.of("dumbbell", "bench"), "chest",
			List.of("pectorals"), List.of("triceps"));

	private final Exercise barbell = exercise("barbell-row", List.of("barbell"), "back", List.of("latissimus-dorsi"),
			List.of());

	@Test
	void shouldMatchExercisesThatNeedNothingBeyondTheListedEquipment() {
		ExerciseQuery dumbbellAndBench = query(List.of("dumbbell", "bench"), null, false);
		assertThat(ExerciseFilter.matches(this.benchPress, dumbbellAndBench)).isTrue();
		assertThat(ExerciseFilter.matches(this.bodyWeight, dumbbellAndBench)).isTrue();
		assertThat(ExerciseFilter.matches(this.barbell, dumbbellAndBench)).isFalse();
		assertThat(ExerciseFilter.matches(this.benchPress, query(List.of("dumbbell"), null, false))).isFalse();
	}

	@Test
	void shouldTreatNoneAsBodyWeightOnly() {
		ExerciseQuery none = query(List.of("none"), null, false);
		assertThat(ExerciseFilter.matches(this.bodyWeight, none)).isTrue();
		assertThat(ExerciseFilter.matches(this.benchPress, none)).isFalse();
	}

	@Test
	void shouldMatchSecondaryMusclesUnlessTargetOnly() {
		assertThat(ExerciseFilter.matches(this.bodyWeight, query(List.of(), "obliques", false))).isTrue();
		assertThat(ExerciseFilter.matches(this.bodyWeight, query(List.of(), "obliques", true))).isFalse();
		assertThat(ExerciseFilter.matches(this.bodyWeight, query(List.of(), "rectus-abdominis", true))).isTrue();
	}

	@Test
	void shouldIgnoreOnlyTheFacetBeingCounted() {
		ExerciseQuery q = query(List.of("none"), "pectorals", false);
		assertThat(ExerciseFilter.matches(this.benchPress, q, ExerciseFilter.EQUIPMENT)).isTrue();
		assertThat(ExerciseFilter.matches(this.benchPress, q, ExerciseFilter.MUSCLE)).isFalse();
	}

	@Test
	void shouldRejectPagingOutsideItsRange() {
		assertThatThrownBy(
				() -> new ExerciseQuery(null, null, false, List.of(), null, null, null, null, -1, 20, "name"))
			.isInstanceOf(InvalidParameter.class)
			.hasMessageContaining("'page'");
		assertThatThrownBy(
				() -> new ExerciseQuery(null, null, false, List.of(), null, null, null, null, 0, 101, "name"))
			.isInstanceOf(InvalidParameter.class)
			.hasMessageContaining("1..100");
		assertThatThrownBy(() -> new ExerciseQuery(null, null, false, List.of(), null, null, null, null, 0, 20, "fun"))
			.isInstanceOf(InvalidParameter.class)
			.hasMessageContaining("name, level");
	}

	private static ExerciseQuery query(List<String> equipment, String muscle, boolean targetOnly) {
		return new ExerciseQuery(null, muscle, targetOnly, equipment, null, null, null, null, 0, 20, "name");
	}

	private static Exercise exercise(String slug, List<String> equipment, String bodyPart, List<String> target,
			List<String> secondary) {
		return new Exercise(slug, slug, List.of(), "summary", bodyPart, target, secondary, equipment, "beginner",
				"strength", "push", "compound", "horizontal-push", "standing", "both",
				new Dose(3, 10, 12, null, null, 60), List.of("a", "b", "c"), List.of("a", "b"), List.of("a", "b"),
				List.of(), "breathe", List.of(), List.of(), List.of(), List.of(), List.of(), null, List.of("s"));
	}

}
