package org.fitatlas.planning.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.fitatlas.catalog.Exercise;
import org.fitatlas.catalog.Taxonomy;
import org.fitatlas.catalog.internal.RepositoryCatalog;
import org.fitatlas.planning.Goal;
import org.fitatlas.planning.Plan;
import org.fitatlas.planning.PlanRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generator's rules as plain Java against the real catalog, no Spring.
 */
class PlanBuilderTests {

	static final Taxonomy TAXONOMY = RepositoryCatalog.TAXONOMY;

	static final List<Exercise> CATALOG = RepositoryCatalog.EXERCISES;

	static final Map<String, Exercise> BY_SLUG = CATALOG.stream()
		.collect(Collectors.toMap(Exercise::slug, Function.identity()));

	static PlanRequest request(Goal goal, String level, int days, int minutes, int weeks, List<String> equipment,
			List<String> conditions, Integer trimester) {
		return new PlanRequest(goal, level, days, minutes, weeks, equipment, conditions, trimester, List.of(),
				List.of(), null, 7);
	}

	static Plan plan(PlanRequest request) {
		return new PlanBuilder(request, CATALOG, TAXONOMY).build();
	}

	static Stream<Plan.Item> items(Plan plan, String kind) {
		return plan.weeks()
			.stream()
			.flatMap((w) -> w.sessions().stream())
			.flatMap((s) -> s.blocks().stream())
			.filter((b) -> kind == null || b.kind().equals(kind))
			.flatMap((b) -> b.items().stream());
	}

	@Test
	void shouldNotFillAnAdvancedLiftersSquatSlotWithAWallSitWhenTheWeekAlreadySquats() {
		for (int days : List.of(3, 4)) {
			Plan plan = plan(
					new PlanRequest(Goal.STRENGTH, "advanced", days, 60, 4, List.of("barbell", "bench", "pull-up-bar"),
							List.of(), null, List.of(), List.of(), null, 1, Map.of()));
			List<String> main = items(plan, "main").map((i) -> i.exercise().slug()).toList();
			assertThat(main).as(days + " days").contains("barbell-back-squat").doesNotContain("wall-sit");
		}
	}

	@Test
	void shouldExcludeSupineExercisesAfterTheFirstTrimesterButNotBefore() {
		Plan third = plan(request(Goal.CORE, "beginner", 3, 30, 2, List.of(), List.of("pregnancy"), 3));
		assertThat(items(third, null)).extracting((i) -> BY_SLUG.get(i.exercise().slug()).position())
			.doesNotContain("supine", "prone");
		assertThat(third.excluded()).anySatisfy((x) -> assertThat(x.reason()).contains("lying on the back"));
		Plan first = plan(request(Goal.CORE, "beginner", 3, 30, 2, List.of(), List.of("pregnancy"), 1));
		assertThat(first.excluded()).noneSatisfy((x) -> assertThat(x.reason()).contains("after the first trimester"));
		assertThat(items(first, null))
			.noneMatch((i) -> BY_SLUG.get(i.exercise().slug()).traits().contains("abdominal-loading"));
	}

	@Test
	void shouldNeverRollOnTheSpineOrFlexRepeatedlyWithADiscHerniation() {
		Plan plan = plan(
				request(Goal.BACK_HEALTH, "beginner", 5, 45, 6, List.of(), List.of("spinal-disc-herniation"), null));
		assertThat(items(plan, null)).map((i) -> BY_SLUG.get(i.exercise().slug()).traits())
			.noneMatch((t) -> t.contains("spinal-rolling") || t.contains("repeated-spinal-flexion")
					|| t.contains("loaded-spinal-flexion"));
		assertThat(plan.excluded()).extracting(Plan.Excluded::slug).contains("rocking-knee-hug");
	}

	@Test
	void shouldKeepOnlyGentleMobilityForAcuteLowBackPainAndSaySo() {
		Plan plan = plan(request(Goal.STRENGTH, "advanced", 4, 60, 4, List.of("barbell", "bench"),
				List.of("acute-low-back-pain"), null));
		assertThat(items(plan, null)).allSatisfy(
				(i) -> assertThat(SafetyScreen.gentleMobility(BY_SLUG.get(i.exercise().slug()))).as(i.exercise().slug())
					.isTrue());
		assertThat(plan.warnings().get(0)).as("the pain rules come first").startsWith("Acute low back pain");
		for (Plan.Session session : plan.weeks().get(0).sessions()) {
			Set<String> programme = session.blocks()
				.stream()
				.filter((b) -> b.kind().equals("main"))
				.flatMap((b) -> b.items().stream())
				.map((i) -> i.exercise().slug())
				.collect(Collectors.toSet());
			assertThat(programme).hasSizeBetween(4, 6)
				.contains("pelvic-tilt", "single-knee-to-chest", "cat-cow", "prone-press-up", "walking");
		}
	}

	@Test
	void shouldStartBeginnersAtTheBottomOfEachLadder() {
		Plan plan = plan(request(Goal.CORE, "beginner", 3, 40, 1, List.of(), List.of(), null));
		Set<String> used = items(plan, "main").map((i) -> i.exercise().slug()).collect(Collectors.toSet());
		assertThat(used).doesNotContain("lying-leg-raise", "weighted-lying-leg-raise");
		for (String slug : used) {
			assertThat(BY_SLUG.get(slug).level()).isEqualTo("beginner");
		}
	}

	@Test
	void shouldNotTrainTheSameMusclesOnConsecutiveDays() {
		for (int days = 1; days <= 7; days++) {
			Plan plan = plan(request(Goal.STRENGTH, "intermediate", days, 60, 5, List.of("dumbbell", "bench", "band"),
					List.of(), null));
			List<Set<String>> byAbsoluteDay = new ArrayList<>();
			for (int d = 0; d < 7 * 5 + 1; d++) {
				byAbsoluteDay.add(Set.of());
			}
			for (Plan.Week week : plan.weeks()) {
				for (Plan.Session session : week.sessions()) {
					Set<String> muscles = session.blocks()
						.stream()
						.filter((b) -> b.kind().equals("main"))
						.flatMap((b) -> b.items().stream())
						.map((i) -> BY_SLUG.get(i.exercise().slug()))
						.filter((e) -> e.category().equals("strength") || e.category().equals("plyometrics"))
						.flatMap((e) -> e.targetMuscles().stream())
						.collect(Collectors.toSet());
					byAbsoluteDay.set((week.week() - 1) * 7 + session.day(), muscles);
				}
			}
			for (int d = 1; d < byAbsoluteDay.size() - 1; d++) {
				Set<String> overlap = new java.util.HashSet<>(byAbsoluteDay.get(d));
				overlap.retainAll(byAbsoluteDay.get(d + 1));
				assertThat(overlap).as("%d days a week, absolute days %d and %d", days, d, d + 1).isEmpty();
			}
			assertThat(plan.weeks().get(0).sessions()).hasSize(days);
		}
	}

	@Test
	void shouldStayWithinTheTimeBudgetEveryWeek() {
		for (int minutes : new int[] { 10, 15, 20, 45, 90 }) {
			Plan plan = plan(request(Goal.CORE, "advanced", 3, minutes, 12, List.of("exercise-ball"), List.of(), null));
			plan.weeks().forEach((w) -> w.sessions().forEach((s) -> {
				assertThat(s.estimatedMinutes()).as("%d minutes, week %d", minutes, w.week())
					.isLessThanOrEqualTo(minutes);
				int seconds = s.blocks().stream().mapToInt((b) -> TimeModel.seconds(b.items())).sum();
				assertThat(TimeModel.minutes(seconds)).isEqualTo(s.estimatedMinutes());
				assertThat(TimeModel.seconds(s.blocks().get(0).items())).isGreaterThanOrEqualTo(300);
			}));
		}
	}

	@Test
	void shouldDeloadEveryFourthWeekForTrainedPeopleOnly() {
		Plan trained = plan(
				request(Goal.HYPERTROPHY, "intermediate", 3, 60, 8, List.of("dumbbell", "bench"), List.of(), null));
		assertThat(trained.weeks()).filteredOn(Plan.Week::deload).extracting(Plan.Week::week).containsExactly(4, 8);
		Plan beginner = plan(
				request(Goal.HYPERTROPHY, "beginner", 3, 60, 8, List.of("dumbbell", "bench"), List.of(), null));
		assertThat(beginner.weeks()).noneMatch(Plan.Week::deload);
	}

	@Test
	void shouldClimbRepsThenSetsThenTheHarderVariation() {
		Plan plan = plan(request(Goal.CORE, "beginner", 2, 60, 16, List.of(), List.of(), null));
		List<Plan.Item> series = plan.weeks()
			.stream()
			.map((w) -> w.sessions().get(0).blocks().get(1).items().get(0))
			.toList();
		for (int i = 1; i < series.size(); i++) {
			Plan.Item before = series.get(i - 1);
			Plan.Item after = series.get(i);
			if (after.exercise().slug().equals(before.exercise().slug())) {
				assertThat(volume(after)).isGreaterThanOrEqualTo(volume(before));
			}
			else {
				assertThat(BY_SLUG.get(before.exercise().slug()).harder()).contains(after.exercise().slug());
			}
		}
		assertThat(series.get(series.size() - 1).exercise().slug()).isNotEqualTo(series.get(0).exercise().slug());
	}

	@Test
	void shouldGiveTheSamePlanForTheSameInputAndSeed() {
		PlanRequest request = request(Goal.GENERAL_FITNESS, "intermediate", 4, 45, 6, List.of("kettlebell", "band"),
				List.of("knee-pain"), null);
		assertThat(plan(request)).isEqualTo(plan(request));
	}

	@Test
	void shouldCarrySeed002sNutrientTableForBackHealth() {
		Plan plan = plan(request(Goal.BACK_HEALTH, "beginner", 3, 30, 4, List.of(), List.of(), null));
		assertThat(plan.guidance()).anySatisfy((g) -> assertThat(g.nutrients()).extracting(Plan.Nutrient::nutrient)
			.contains("Calcium", "Magnesium and phosphorus"));
		assertThat(plan.rules()).allSatisfy((r) -> assertThat(r.source()).isNotBlank());
	}

	@Test
	void shouldPreferTheMoreEffectiveExerciseWhenOthersAreEqual() {
		Plan plan = plan(
				request(Goal.CORE, "advanced", 1, 60, 1, List.of("pull-up-bar", "bench", "ab-wheel"), List.of(), null));
		List<String> front = items(plan, "main").map((i) -> i.exercise().slug()).toList();
		assertThat(front).contains("hanging-leg-raise");
	}

	private static int volume(Plan.Item item) {
		int amount = (item.holdSeconds() != null) ? item.holdSeconds()
				: (item.repsMax() != null) ? item.repsMax() : item.reps();
		return item.sets() * amount;
	}

}
