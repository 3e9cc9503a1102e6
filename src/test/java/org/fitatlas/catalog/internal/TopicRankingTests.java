package org.fitatlas.catalog.internal;

import java.util.List;

import org.fitatlas.catalog.Effectiveness;
import org.fitatlas.catalog.Exercise;
import org.fitatlas.catalog.RankedExercise;
import org.fitatlas.catalog.Taxonomy;
import org.fitatlas.catalog.Topic;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The order of a muscle, body-part or equipment page: centrality, then measured
 * effectiveness, then the easier level; stretches apart.
 */
class TopicRankingTests {

	private static final Taxonomy TAXONOMY = RepositoryCatalog.TAXONOMY;

	@Test
	void shouldPutExercisesThatTargetTheMuscleAboveThoseWhereItOnlyHelps() {
		Exercise helper = RelatedExercisesTests.exercise("helper", List.of("quadriceps"), List.of("hamstrings"),
				List.of("none"), "beginner", "strength");
		Exercise target = RelatedExercisesTests.exercise("target", List.of("hamstrings"), List.of(), List.of("none"),
				"advanced", "strength");

		Topic topic = TopicRanking.rank(TAXONOMY, Taxonomy.MUSCLES, "hamstrings", List.of(helper, target), 10);

		assertThat(topic.best()).extracting((r) -> r.exercise().slug()).containsExactly("target", "helper");
		assertThat(topic.best()).extracting(RankedExercise::role).containsExactly("target", "secondary");
	}

	@Test
	void shouldPutASoleTargetAboveOneOfSeveral() {
		Exercise sole = RelatedExercisesTests.exercise("sole", List.of("hamstrings"), List.of(), List.of("none"),
				"intermediate", "strength");
		Exercise shared = RelatedExercisesTests.exercise("shared", List.of("gluteus-maximus", "hamstrings"), List.of(),
				List.of("none"), "intermediate", "strength");

		Topic topic = TopicRanking.rank(TAXONOMY, Taxonomy.MUSCLES, "hamstrings", List.of(shared, sole), 10);

		assertThat(topic.best()).extracting((r) -> r.exercise().slug()).containsExactly("sole", "shared");
	}

	@Test
	void shouldLetMeasuredEffectivenessOfThatMuscleLiftAnExercise() {
		Exercise measured = withEvidence(RelatedExercisesTests.exercise("measured", List.of("rectus-abdominis"),
				List.of(), List.of("none"), "advanced", "strength"), "relative EMG of the lower rectus abdominis", 120);
		Exercise plain = RelatedExercisesTests.exercise("plain", List.of("rectus-abdominis"), List.of(),
				List.of("none"), "beginner", "strength");
		Exercise otherMuscle = withEvidence(RelatedExercisesTests.exercise("other", List.of("rectus-abdominis"),
				List.of(), List.of("none"), "advanced", "strength"), "relative EMG of the gluteus maximus", 150);

		Topic topic = TopicRanking.rank(TAXONOMY, Taxonomy.MUSCLES, "rectus-abdominis",
				List.of(plain, otherMuscle, measured), 10);

		assertThat(topic.best()).extracting((r) -> r.exercise().slug()).containsExactly("measured", "plain", "other");
		assertThat(topic.best().get(0).evidence()).isNotNull();
		assertThat(topic.best().get(2).evidence()).as("a figure for another muscle does not count").isNull();
	}

	@Test
	void shouldListStretchesApartFromTheBestExercises() {
		Topic topic = TopicRanking.rank(TAXONOMY, Taxonomy.MUSCLES, "hamstrings", RepositoryCatalog.EXERCISES, 500);

		assertThat(topic.stretches()).isNotEmpty();
		assertThat(topic.stretches()).extracting((r) -> r.exercise().slug()).contains("leg-up-hamstring-stretch");
		assertThat(topic.best()).extracting((r) -> r.exercise().slug()).doesNotContain("leg-up-hamstring-stretch");
		assertThat(topic.best().size() + topic.stretches().size()).isEqualTo(topic.total());
		assertThat(topic.best()).extracting(RankedExercise::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
		assertThat(topic.strongMuscles()).containsExactly("hamstrings");
		assertThat(topic.lightMuscles()).doesNotContain("hamstrings").hasSizeLessThanOrEqualTo(4);
	}

	@Test
	void shouldPutTheKettlebellFirstOnItsOwnPage() {
		Topic topic = TopicRanking.rank(TAXONOMY, Taxonomy.EQUIPMENT, "kettlebell", RepositoryCatalog.EXERCISES, 500);

		assertThat(topic.total()).isPositive();
		for (RankedExercise r : topic.best()) {
			Exercise e = RepositoryCatalog.EXERCISES.stream()
				.filter((x) -> x.slug().equals(r.exercise().slug()))
				.findFirst()
				.orElseThrow();
			assertThat(e.equipment()).as(e.slug()).contains("kettlebell");
		}
	}

	@Test
	void shouldShowTheMusclesABodyPartsExercisesTarget() {
		Topic topic = TopicRanking.rank(TAXONOMY, Taxonomy.BODY_PARTS, "core", RepositoryCatalog.EXERCISES, 500);

		assertThat(topic.strongMuscles()).contains("rectus-abdominis");
		assertThat(topic.lightMuscles()).doesNotContainAnyElementsOf(topic.strongMuscles());
	}

	private static Exercise withEvidence(Exercise e, String measure, double value) {
		return new Exercise(e.slug(), e.name(), e.aliases(), e.summary(), e.bodyPart(), e.targetMuscles(),
				e.secondaryMuscles(), e.equipment(), e.level(), e.category(), e.force(), e.mechanic(), e.pattern(),
				e.position(), e.sides(), e.defaultDose(), e.steps(), e.tips(), e.mistakes(), e.faq(), e.breathing(),
				e.easier(), e.harder(), e.alternatives(), e.contraindications(), e.traits(),
				new Effectiveness(measure, value, "relative EMG units", "Contreras 2010"), e.sources());
	}

}
