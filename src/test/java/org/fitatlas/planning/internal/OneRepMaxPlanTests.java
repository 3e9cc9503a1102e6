package org.fitatlas.planning.internal;

import java.util.List;
import java.util.Map;

import org.fitatlas.planning.Goal;
import org.fitatlas.planning.Plan;
import org.fitatlas.planning.PlanRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loads from a one-rep max the person gave: strength plans of trained people name them in
 * kilograms, week by week; other plans say why they do not.
 */
class OneRepMaxPlanTests {

	static final List<String> GYM = List.of("machine", "cable", "dumbbell", "barbell", "bench", "kettlebell",
			"pull-up-bar", "exercise-ball", "band");

	static final Map<String, Double> LIFTS = Map.of("barbell-back-squat", 140.0, "barbell-bench-press", 92.0,
			"barbell-deadlift", 180.0, "overhead-press", 60.0);

	static PlanRequest request(Goal goal, String level, int weeks, Map<String, Double> oneRepMaxes) {
		return new PlanRequest(goal, level, 3, 75, weeks, GYM, List.of(), null, List.of(), List.of(), null, 3,
				oneRepMaxes);
	}

	/** The first main item of this lift in each week, week 1 first. */
	static List<Plan.Item> weekly(Plan plan, String slug) {
		return plan.weeks()
			.stream()
			.map((w) -> w.sessions()
				.stream()
				.flatMap((s) -> s.blocks().stream())
				.filter((b) -> b.kind().equals("main"))
				.flatMap((b) -> b.items().stream())
				.filter((i) -> i.exercise().slug().equals(slug))
				.findFirst()
				.orElseThrow())
			.toList();
	}

	@Test
	void shouldNameTheLoadInKilogramsRoundedDownToTheBarbellStep() {
		Plan plan = PlanBuilderTests.plan(request(Goal.STRENGTH, "advanced", 8, LIFTS));
		Plan.Item bench = weekly(plan, "barbell-bench-press").get(0);
		assertThat(bench.sets()).isEqualTo(4);
		assertThat(bench.reps()).isEqualTo(6);
		// 80 % of 92 kg is 73.6 kg: down to the 2.5 kg step
		assertThat(bench.load()).isEqualTo("72.5 kg (80 % of your 1RM of 92 kg)");
		assertThat(bench.loadKg()).isEqualTo(72.5);
		assertThat(bench.percentOfOneRepMax()).isEqualTo(80);
		assertThat(bench.why()).contains("ACSM 2009, Ratamess et al.", "NSCA training load chart",
				"Essentials of Strength Training and Conditioning");
	}

	@Test
	void shouldWaveAnAdvancedLiftHeavierOverThreeWeeksThenDeload() {
		Plan plan = PlanBuilderTests.plan(request(Goal.STRENGTH, "advanced", 8, LIFTS));
		List<Plan.Item> squat = weekly(plan, "barbell-back-squat");
		assertThat(squat).extracting(Plan.Item::percentOfOneRepMax).containsExactly(80, 82, 85, 80, 82, 85, 88, 82);
		assertThat(squat).extracting(Plan.Item::reps).containsExactly(6, 5, 4, 6, 5, 4, 3, 5);
		assertThat(squat).extracting(Plan.Item::sets).containsExactly(4, 4, 4, 3, 4, 4, 4, 3);
		assertThat(squat).extracting(Plan.Item::loadKg)
			.containsExactly(110.0, 112.5, 117.5, 110.0, 112.5, 117.5, 122.5, 112.5);
	}

	@Test
	void shouldKeepAnIntermediateLiftAtSixtyToSeventyPercentForTwelveToEightReps() {
		Plan plan = PlanBuilderTests.plan(request(Goal.STRENGTH, "intermediate", 4, LIFTS));
		List<Plan.Item> deadlift = weekly(plan, "barbell-deadlift");
		assertThat(deadlift).extracting(Plan.Item::percentOfOneRepMax).containsExactly(60, 65, 70, 60);
		assertThat(deadlift).extracting(Plan.Item::reps).containsExactly(12, 10, 8, 12);
		assertThat(deadlift).extracting(Plan.Item::loadKg).containsExactly(107.5, 115.0, 125.0, 107.5);
	}

	@Test
	void shouldKeepTheLoadWordingForLiftsWithoutAGivenOneRepMax() {
		Plan plan = PlanBuilderTests.plan(request(Goal.STRENGTH, "advanced", 4, LIFTS));
		assertThat(PlanBuilderTests.items(plan, "main").filter((i) -> !LIFTS.containsKey(i.exercise().slug())))
			.isNotEmpty()
			.allSatisfy((i) -> {
				assertThat(i.loadKg()).isNull();
				assertThat(i.percentOfOneRepMax()).isNull();
				assertThat(i.load()).doesNotContain("1RM of");
			});
		assertThat(plan.rules()).anySatisfy((r) -> assertThat(r.source()).contains("Ratamess", "NSCA"));
		assertThat(plan.guidance().get(0).advice()).startsWith("Used for loads in kilograms")
			.contains("Barbell Bench Press (92 kg)");
	}

	@Test
	void shouldSayWhyAGivenOneRepMaxIsNotUsedOutsideStrengthPlansOfTrainedPeople() {
		Plan hypertrophy = PlanBuilderTests.plan(request(Goal.HYPERTROPHY, "advanced", 4, LIFTS));
		Plan beginner = PlanBuilderTests.plan(request(Goal.STRENGTH, "beginner", 4, LIFTS));
		for (Plan plan : List.of(hypertrophy, beginner)) {
			assertThat(PlanBuilderTests.items(plan, null)).allSatisfy((i) -> assertThat(i.loadKg()).isNull());
			assertThat(plan.guidance()).anySatisfy((g) -> {
				assertThat(g.topic()).isEqualTo("Your one-rep maxes");
				assertThat(g.advice()).startsWith("Not used: ")
					.contains("Barbell Back Squat (140 kg)", "strength plans of intermediate and advanced lifters");
			});
			assertThat(plan.rules()).noneSatisfy((r) -> assertThat(r.rule()).contains("one-rep max you gave"));
		}
		assertThat(beginner.guidance().get(0).advice()).contains("beginners first learn the movements");
	}

	@Test
	void shouldAddNoAdviceWhenNoOneRepMaxIsGiven() {
		Plan plan = PlanBuilderTests.plan(request(Goal.STRENGTH, "advanced", 4, Map.of()));
		assertThat(plan.guidance()).noneSatisfy((g) -> assertThat(g.topic()).isEqualTo("Your one-rep maxes"));
		assertThat(plan.profile().oneRepMaxes()).isEmpty();
	}

}
