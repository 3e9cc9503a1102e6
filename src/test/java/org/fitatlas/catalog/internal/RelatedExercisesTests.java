package org.fitatlas.catalog.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fitatlas.catalog.Exercise;
import org.fitatlas.catalog.RelatedExercise;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Related exercises by similarity: the same target muscles count most, then category,
 * equipment and level; the exercise itself, its ladder and its alternatives never come
 * back.
 */
class RelatedExercisesTests {

	private static final List<Exercise> ALL = RepositoryCatalog.EXERCISES;

	private static final Map<String, Exercise> BY_SLUG = ALL.stream()
		.collect(Collectors.toMap(Exercise::slug, Function.identity()));

	@Test
	void shouldRankTheSameTargetMusclesAboveTheSameEquipment() {
		Exercise base = exercise("base", List.of("hamstrings"), List.of("gluteus-maximus"), List.of("kettlebell"),
				"beginner", "strength");
		Exercise sameTarget = exercise("same-target", List.of("hamstrings"), List.of(), List.of("barbell"),
				"intermediate", "strength");
		Exercise sameKit = exercise("same-kit", List.of("deltoids"), List.of("gluteus-maximus"), List.of("kettlebell"),
				"beginner", "strength");

		assertThat(Similarity.score(base, sameTarget)).isGreaterThan(Similarity.score(base, sameKit));
		List<RelatedExercise> related = Similarity.related(base, List.of(sameKit, sameTarget, base),
				Map.of("base", base), 6);
		assertThat(related).extracting((r) -> r.exercise().slug()).containsExactly("same-target");
		assertThat(related.get(0).sharedTargets()).containsExactly("hamstrings");
	}

	@Test
	void shouldPreferTheSameLevelAndEquipmentWhenTheMusclesAreEqual() {
		Exercise base = exercise("base", List.of("quadriceps"), List.of(), List.of("dumbbell"), "beginner", "strength");
		Exercise near = exercise("near", List.of("quadriceps"), List.of(), List.of("dumbbell"), "beginner", "strength");
		Exercise far = exercise("far", List.of("quadriceps"), List.of(), List.of("barbell"), "advanced", "strength");

		List<RelatedExercise> related = Similarity.related(base, List.of(far, near), Map.of(), 6);

		assertThat(related).extracting((r) -> r.exercise().slug()).containsExactly("near", "far");
		assertThat(related.get(0).sameEquipment()).isTrue();
		assertThat(related.get(0).sameLevel()).isTrue();
	}

	@Test
	void shouldNeverListTheExerciseItsWholeLadderOrItsAlternatives() {
		for (Exercise e : ALL) {
			Set<String> ladder = Similarity.ladder(e, BY_SLUG::get);
			List<RelatedExercise> related = Similarity.related(e, ALL, BY_SLUG, 6);
			assertThat(related).as(e.slug()).hasSizeLessThanOrEqualTo(6);
			assertThat(related).as(e.slug())
				.extracting((r) -> r.exercise().slug())
				.doesNotHaveDuplicates()
				.doesNotContainAnyElementsOf(ladder)
				.doesNotContainAnyElementsOf(e.alternatives());
		}
	}

	@Test
	void shouldWalkTheLadderBeyondTheNextStep() {
		Exercise e = BY_SLUG.get("lying-leg-raise");
		Set<String> ladder = Similarity.ladder(e, BY_SLUG::get);

		assertThat(ladder).contains("lying-leg-raise", "lying-leg-raise-heels-touching", "bench-leg-raise");
		for (String harder : BY_SLUG.get("bench-leg-raise").harder()) {
			assertThat(ladder).contains(harder);
		}
	}

	@Test
	void shouldRelateTheHamstringStretchToHamstringWorkNotToTheAlphabet() {
		Exercise stretch = BY_SLUG.get("leg-up-hamstring-stretch");
		List<RelatedExercise> related = Similarity.related(stretch, ALL, BY_SLUG, 6);

		assertThat(related).isNotEmpty();
		assertThat(related).extracting((r) -> r.exercise().name())
			.doesNotContain("Ankle Circles", "Barbell Back Squat");
		for (RelatedExercise r : related) {
			Exercise other = BY_SLUG.get(r.exercise().slug());
			assertThat(other.works("hamstrings", false)).as(other.slug()).isTrue();
		}
		assertThat(related).extracting(RelatedExercise::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
	}

	@Test
	void shouldScoreSymmetrically() {
		for (int i = 0; i + 1 < ALL.size(); i += 7) {
			Exercise a = ALL.get(i);
			Exercise b = ALL.get(i + 1);
			assertThat(Similarity.score(a, b)).as(a.slug() + " / " + b.slug()).isEqualTo(Similarity.score(b, a));
		}
	}

	@Test
	void shouldRankAnExerciseOfTheSameMovementPatternAboveOneOfAnother() {
		Exercise row = exercise("row", List.of("latissimus-dorsi"), List.of(), List.of("dumbbell"), "beginner",
				"strength", "horizontal-pull");
		Exercise otherRow = exercise("other-row", List.of("latissimus-dorsi"), List.of(), List.of("dumbbell"),
				"beginner", "strength", "horizontal-pull");
		Exercise pulldown = exercise("pulldown", List.of("latissimus-dorsi"), List.of(), List.of("dumbbell"),
				"beginner", "strength", "vertical-pull");

		assertThat(Similarity.score(row, otherRow)).isGreaterThan(Similarity.score(row, pulldown));
	}

	static Exercise exercise(String slug, List<String> targets, List<String> secondary, List<String> equipment,
			String level, String category) {
		return exercise(slug, targets, secondary, equipment, level, category,
				BY_SLUG.get("leg-up-hamstring-stretch").pattern());
	}

	static Exercise exercise(String slug, List<String> targets, List<String> secondary, List<String> equipment,
			String level, String category, String pattern) {
		Exercise t = BY_SLUG.get("leg-up-hamstring-stretch");
		return new Exercise(slug, slug, List.of(), t.summary(), "legs", targets, secondary, equipment, level, category,
				t.force(), t.mechanic(), pattern, t.position(), t.sides(), t.defaultDose(), t.steps(), t.tips(),
				t.mistakes(), List.of(), t.breathing(), List.of(), List.of(), List.of(), List.of(), List.of(), null,
				t.sources());
	}

}
