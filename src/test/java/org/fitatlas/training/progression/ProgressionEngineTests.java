package org.fitatlas.training.progression;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.fitatlas.training.progression.Logs.MONDAY;
import static org.fitatlas.training.progression.Logs.THURSDAY;
import static org.fitatlas.training.progression.Logs.alone;
import static org.fitatlas.training.progression.Logs.history;
import static org.fitatlas.training.progression.Logs.holds;
import static org.fitatlas.training.progression.Logs.ids;
import static org.fitatlas.training.progression.Logs.ladder;
import static org.fitatlas.training.progression.Logs.lower;
import static org.fitatlas.training.progression.Logs.on;
import static org.fitatlas.training.progression.Logs.reps;
import static org.fitatlas.training.progression.Logs.set;
import static org.fitatlas.training.progression.Logs.side;
import static org.fitatlas.training.progression.Logs.times;
import static org.fitatlas.training.progression.Logs.upper;
import static org.fitatlas.training.progression.Logs.warmUp;
import static org.fitatlas.training.progression.Logs.withRir;

/**
 * The engine's rules for starting, loaded work and failures, one block per rule; the
 * ladder, holds and pain have their own test classes.
 */
class ProgressionEngineTests {

	static final ProgressionEngine ENGINE = new ProgressionEngine(Settings.defaults());

	/** Dumbbell curl, 3 × 8–12, 0.5 kg steps, upper body. */
	static final Rung CURL = upper("Dumbbell curl", reps(3, 8, 12), "0.5");

	static List<SetLog> curls(int reps, String rpe) {
		return times(3, set(reps, "20", rpe));
	}

	@Nested
	class Start {

		@Test
		void shouldStartAtTheBottomOfTheRepRangeWithTheRangesSetsAndRest() {
			Target target = ENGINE.next(alone(upper("Push-up", reps(3, 8, 15), "0.5")), List.of());
			assertThat(target.rule()).isEqualTo(Rule.START);
			assertThat(target.slug()).isEqualTo("push-up");
			assertThat(target.sets()).isEqualTo(3);
			assertThat(target.reps()).isEqualTo(8);
			assertThat(target.repsMax()).isEqualTo(15);
			assertThat(target.holdSeconds()).isNull();
			assertThat(target.loadKg()).isNull();
			assertThat(target.restSeconds()).isEqualTo(90);
			assertThat(target.basedOn()).isEmpty();
			assertThat(target.reason()).contains("No sessions of Push-up logged yet", "3 × 8 reps");
		}

		@Test
		void shouldStartAtTheBottomHold() {
			Target target = ENGINE.next(alone(upper("Side plank", holds(2, 10, 40), "0.5")), List.of());
			assertThat(target.rule()).isEqualTo(Rule.START);
			assertThat(target.holdSeconds()).isEqualTo(10);
			assertThat(target.reps()).isNull();
			assertThat(target.repsMax()).isNull();
			assertThat(target.sets()).isEqualTo(2);
			assertThat(target.restSeconds()).isEqualTo(60);
			assertThat(target.reason()).contains("2 × 10 s holds", "40 s").doesNotContain("reserve");
		}

		@Test
		void shouldTellLoadedWorkToPickALoadThatLeavesTwoRepsInReserveAtTheTop() {
			Target target = ENGINE.next(alone(CURL), List.of());
			assertThat(target.loadKg()).isNull();
			assertThat(target.reason()).contains("pick a load you could lift for 12 reps with about 2 reps in reserve");
		}

		@Test
		void shouldStartWhenTheOnlySessionHadNoWorkingSets() {
			Target target = ENGINE.next(alone(CURL), history(List.of(warmUp(10, "10"))));
			assertThat(target.rule()).isEqualTo(Rule.START);
			assertThat(target.reason()).contains("No working sets");
		}

	}

	@Nested
	class AddRepsAndKeep {

		@Test
		void shouldAimForOneRepMoreThanTheLowestSetAtTheSameLoad() {
			List<SessionLog> logs = history(List.of(set(10, "20", "8"), set(9, "20", "8"), set(9, "20", "8")));
			Target target = ENGINE.next(alone(CURL), logs);
			assertThat(target.rule()).isEqualTo(Rule.ADD_REPS);
			assertThat(target.reps()).isEqualTo(10);
			assertThat(target.repsMax()).isEqualTo(12);
			assertThat(target.loadKg()).isEqualByComparingTo("20");
			assertThat(target.sets()).isEqualTo(3);
			assertThat(target.basedOn()).isEqualTo(ids(logs));
			assertThat(target.reason()).contains("10, 9, 9 reps at 20 kg on Monday 30 Nov", "RPE 8", "aim for 10 reps");
		}

		@Test
		void shouldKeepTheRepsWhileTheEffortIsAboveTarget() {
			Target target = ENGINE.next(alone(CURL), history(curls(10, "9")));
			assertThat(target.rule()).isEqualTo(Rule.KEEP);
			assertThat(target.reps()).isEqualTo(10);
			assertThat(target.loadKg()).isEqualByComparingTo("20");
			assertThat(target.reason()).contains("3 × 10 reps at 20 kg", "RPE 9", "above the target RPE 8");
		}

		@Test
		void shouldKeepTheTopAfterOnlyOneSessionThere() {
			Target target = ENGINE.next(alone(CURL), history(curls(10, "7"), curls(12, "7")));
			assertThat(target.rule()).isEqualTo(Rule.KEEP);
			assertThat(target.reps()).isEqualTo(12);
			assertThat(target.loadKg()).isEqualByComparingTo("20");
		}

	}

	@Nested
	class DoubleProgression {

		@Test
		void shouldAddLoadAfterTwoSessionsAtTheTopOfTheRange() {
			List<SessionLog> logs = history(curls(12, "7"), curls(12, "7"));
			Target target = ENGINE.next(alone(CURL), logs);
			assertThat(target.rule()).isEqualTo(Rule.DOUBLE_PROGRESSION);
			assertThat(target.loadKg()).isEqualTo(new BigDecimal("21"));
			assertThat(target.reps()).isEqualTo(8);
			assertThat(target.repsMax()).isEqualTo(12);
			assertThat(target.basedOn()).isEqualTo(ids(logs));
			assertThat(target.reason()).contains("3 × 12 reps at 20 kg on Friday 27 Nov",
					"3 × 12 reps at 20 kg on Monday 30 Nov", "RPE 7", "+1 kg (5 %)", "21 kg", "8 reps");
		}

		@Test
		void shouldNotAddLoadAfterOneSetMissedTheTop() {
			List<SetLog> missed = List.of(set(12, "20", "7"), set(12, "20", "7"), set(11, "20", "7"));
			Target target = ENGINE.next(alone(CURL), history(curls(12, "7"), missed));
			assertThat(target.rule()).isEqualTo(Rule.ADD_REPS);
			assertThat(target.reps()).isEqualTo(12);
			assertThat(target.loadKg()).isEqualByComparingTo("20");
		}

		@Test
		void shouldNotAddLoadAtRpe9Point5WithTarget8() {
			Target target = ENGINE.next(alone(CURL), history(curls(12, "7"), curls(12, "9.5")));
			assertThat(target.rule()).isEqualTo(Rule.KEEP);
			assertThat(target.loadKg()).isEqualByComparingTo("20");
			assertThat(target.reason()).contains("RPE 9.5");
		}

		@Test
		void shouldAddLoadAtRpe9Point5WhenTheTargetIsTen() {
			ProgressionEngine lenient = new ProgressionEngine(new Settings(BigDecimal.TEN, 5, 10, 10));
			Target target = lenient.next(alone(CURL), history(curls(12, "9.5"), curls(12, "9.5")));
			assertThat(target.rule()).isEqualTo(Rule.DOUBLE_PROGRESSION);
		}

		@Test
		void shouldNotAddLoadWhenTheTwoSessionsWereAtDifferentLoads() {
			List<SetLog> lighter = times(3, set(12, "18", "7"));
			Target target = ENGINE.next(alone(CURL), history(lighter, curls(12, "7")));
			assertThat(target.rule()).isEqualTo(Rule.KEEP);
			assertThat(target.loadKg()).isEqualByComparingTo("20");
		}

		@Test
		void shouldCountSetsWithoutEffortAsOnTargetAndSaySo() {
			Target target = ENGINE.next(alone(CURL), history(curls(12, null), curls(12, null)));
			assertThat(target.rule()).isEqualTo(Rule.DOUBLE_PROGRESSION);
			assertThat(target.reason()).contains("effort not logged");
		}

		@Test
		void shouldReadEffortFromRepsInReserve() {
			List<SetLog> threeInReserve = times(3, withRir(12, "20", 3));
			List<SetLog> oneInReserve = times(3, withRir(12, "20", 1));
			assertThat(ENGINE.next(alone(CURL), history(threeInReserve, threeInReserve)).rule())
				.isEqualTo(Rule.DOUBLE_PROGRESSION);
			Target hard = ENGINE.next(alone(CURL), history(threeInReserve, oneInReserve));
			assertThat(hard.rule()).isEqualTo(Rule.KEEP);
			assertThat(hard.reason()).contains("RPE 9");
		}

	}

	@Nested
	class NscaTwoForTwo {

		@Test
		void shouldAddLoadWhenTheLastSetWasTwoOverTheTopInTwoSessions() {
			Rung press = upper("Bench press", reps(3, 8, 10), "2.5");
			List<SetLog> sets = List.of(set(10, "60", "8"), set(9, "60", "8"), set(12, "60", "8"));
			Target target = ENGINE.next(alone(press), history(sets, sets));
			assertThat(target.rule()).isEqualTo(Rule.NSCA_2_FOR_2);
			assertThat(target.loadKg()).isEqualTo(new BigDecimal("62.5"));
			assertThat(target.reason()).contains("10, 9, 12 reps at 60 kg", "last set reached 12", "+2.5 kg (4 %)");
		}

		@Test
		void shouldNotApplyTheTwoForTwoRuleAfterOneSession() {
			Rung press = upper("Bench press", reps(3, 8, 10), "2.5");
			List<SetLog> sets = List.of(set(10, "60", "8"), set(9, "60", "8"), set(12, "60", "8"));
			List<SetLog> before = List.of(set(10, "60", "8"), set(9, "60", "8"), set(11, "60", "8"));
			Target target = ENGINE.next(alone(press), history(before, sets));
			assertThat(target.rule()).isEqualTo(Rule.ADD_REPS);
			assertThat(target.loadKg()).isEqualByComparingTo("60");
		}

	}

	@Nested
	class NscaOneSided {

		@Test
		void shouldReadTheLastSetOfEachSide() {
			Rung row = upper("One-arm row", reps(3, 8, 10), "2");
			List<SetLog> sets = List.of(side(Side.LEFT, 10, "24", "9"), side(Side.RIGHT, 10, "24", "9"),
					side(Side.LEFT, 12, "24", "9"), side(Side.RIGHT, 12, "24", "9"));
			assertThat(ENGINE.next(alone(row), history(sets, sets)).rule()).isEqualTo(Rule.NSCA_2_FOR_2);
			List<SetLog> weakRight = List.of(side(Side.LEFT, 10, "24", "9"), side(Side.RIGHT, 10, "24", "9"),
					side(Side.LEFT, 12, "24", "9"), side(Side.RIGHT, 11, "24", "9"));
			assertThat(ENGINE.next(alone(row), history(sets, weakRight)).rule()).isEqualTo(Rule.KEEP);
		}

	}

	@Nested
	class AcsmOverload {

		@Test
		void shouldAddLoadWhenEverySetWasOneOverTheTopInTwoSessions() {
			Rung squat = lower("Back squat", reps(3, 8, 10), "2.5");
			List<SetLog> sets = times(3, set(11, "100", "9"));
			Target target = ENGINE.next(alone(squat), history(sets, sets));
			assertThat(target.rule()).isEqualTo(Rule.ACSM_OVERLOAD);
			assertThat(target.loadKg()).isEqualTo(new BigDecimal("110"));
			assertThat(target.reps()).isEqualTo(8);
			assertThat(target.reason()).contains("3 × 11 reps at 100 kg", "at least 11 reps", "+10 kg (10 %)");
		}

		@Test
		void shouldNotAddLoadWhenOneSetStayedAtTheTopAboveTheTargetEffort() {
			Rung squat = lower("Back squat", reps(3, 8, 10), "2.5");
			List<SetLog> sets = List.of(set(11, "100", "9"), set(11, "100", "9"), set(10, "100", "9"));
			Target target = ENGINE.next(alone(squat), history(times(3, set(11, "100", "9")), sets));
			assertThat(target.rule()).isEqualTo(Rule.KEEP);
			assertThat(target.loadKg()).isEqualByComparingTo("100");
		}

	}

	@Nested
	class LoadSteps {

		static BigDecimal after(Rung rung, String kg) {
			List<SetLog> top = times(3, set(rung.range().top(), kg, "7"));
			return ENGINE.next(alone(rung), history(top, top)).loadKg();
		}

		@Test
		void shouldAddOneKilogramToATwentyKilogramDumbbellInHalfKilogramSteps() {
			assertThat(after(CURL, "20")).isEqualTo(new BigDecimal("21"));
		}

		@Test
		void shouldAddOneBarbellStepToSixtyKilogramsUpperBody() {
			assertThat(after(upper("Bench press", reps(3, 8, 10), "2.5"), "60")).isEqualTo(new BigDecimal("62.5"));
		}

		@Test
		void shouldAddTenPercentToAHundredKilogramsLowerBody() {
			assertThat(after(lower("Back squat", reps(3, 5, 8), "2.5"), "100")).isEqualTo(new BigDecimal("110"));
		}

		@Test
		void shouldAddAtLeastOneStepToATinyLoad() {
			assertThat(after(CURL, "2")).isEqualTo(new BigDecimal("2.5"));
			assertThat(after(upper("Lateral raise", reps(3, 10, 15), "1.25"), "4.5")).isEqualTo(new BigDecimal("5.75"));
		}

		@Test
		void shouldGiveLoadsWithoutTrailingZeros() {
			List<SetLog> top = times(3, set(12, "20.00", "7"));
			BigDecimal load = ENGINE.next(alone(CURL), history(top, top)).loadKg();
			assertThat(load.toPlainString()).isEqualTo("21");
			assertThat(load.scale()).isLessThanOrEqualTo(2);
		}

	}

	@Nested
	class FailureStepBack {

		static final List<SetLog> FAILED = List.of(set(8, "20", "9"), set(7, "20", "10"), set(6, "20", "10"));

		@Test
		void shouldStepBackTenPercentRoundedDownAfterTwoFailedSessions() {
			List<SessionLog> logs = history(FAILED, FAILED);
			Target target = ENGINE.next(alone(CURL), logs);
			assertThat(target.rule()).isEqualTo(Rule.FAILURE_STEP_BACK);
			assertThat(target.loadKg()).isEqualTo(new BigDecimal("18"));
			assertThat(target.reps()).isEqualTo(8);
			assertThat(target.basedOn()).isEqualTo(ids(logs));
			assertThat(target.reason()).contains("8, 7, 6 reps at 20 kg on Friday 27 Nov", "on Monday 30 Nov",
					"below the bottom of the range (8 reps)", "18 kg");
		}

		@Test
		void shouldRoundTheStepBackDownToTheBarbellStep() {
			Rung press = upper("Bench press", reps(3, 8, 10), "2.5");
			List<SetLog> failed = times(3, set(6, "62.5", "10"));
			Target target = ENGINE.next(alone(press), history(failed, failed));
			assertThat(target.loadKg()).isEqualTo(new BigDecimal("55"));
		}

		@Test
		void shouldStepBackAtLeastOneStepButNeverBelowOne() {
			Rung press = upper("Bench press", reps(3, 8, 10), "2.5");
			List<SetLog> five = times(3, set(6, "5", "10"));
			assertThat(ENGINE.next(alone(press), history(five, five)).loadKg()).isEqualTo(new BigDecimal("2.5"));
			List<SetLog> one = times(3, set(6, "2.5", "10"));
			Target floor = ENGINE.next(alone(press), history(one, one));
			assertThat(floor.loadKg()).isEqualTo(new BigDecimal("2.5"));
			assertThat(floor.reason()).contains("lightest");
		}

		@Test
		void shouldStepBackToTheEasierRungForBodyWeightWork() {
			Rung knee = upper("Knee push-up", reps(3, 10, 20), "0.5");
			Rung pushUp = upper("Push-up", reps(3, 8, 15), "0.5");
			List<SetLog> failed = times(3, set(5, null, null));
			Target target = ENGINE.next(ladder(knee, pushUp, null), history(failed, failed));
			assertThat(target.rule()).isEqualTo(Rule.FAILURE_STEP_BACK);
			assertThat(target.slug()).isEqualTo("knee-push-up");
			assertThat(target.reps()).isEqualTo(10);
			assertThat(target.repsMax()).isEqualTo(20);
			assertThat(target.loadKg()).isNull();
			assertThat(target.reason()).contains("3 × 5 reps", "Knee push-up");
		}

		@Test
		void shouldDoFewerRepsWithoutAnEasierRung() {
			Rung pushUp = upper("Push-up", reps(3, 8, 15), "0.5");
			List<SetLog> failed = List.of(set(7, null, null), set(6, null, null), set(5, null, null));
			Target target = ENGINE.next(alone(pushUp), history(failed, failed));
			assertThat(target.rule()).isEqualTo(Rule.FAILURE_STEP_BACK);
			assertThat(target.slug()).isEqualTo("push-up");
			assertThat(target.reps()).isEqualTo(4);
		}

		@Test
		void shouldNotStepBackAfterASingleFailure() {
			Target target = ENGINE.next(alone(CURL), history(curls(9, "8"), FAILED));
			assertThat(target.rule()).isEqualTo(Rule.KEEP);
			assertThat(target.reps()).isEqualTo(6);
			assertThat(target.loadKg()).isEqualByComparingTo("20");
		}

		@Test
		void shouldNotStepBackWhenTheTwoFailuresWereAtDifferentLoads() {
			List<SetLog> heavier = times(3, set(6, "21", "10"));
			Target target = ENGINE.next(alone(CURL), history(heavier, FAILED));
			assertThat(target.rule()).isNotEqualTo(Rule.FAILURE_STEP_BACK);
			assertThat(target.loadKg()).isEqualByComparingTo("20");
		}

	}

	@Nested
	class SettingsChecks {

		@Test
		void shouldRefuseSettingsOutsideTheirRangeNamingTheValue() {
			assertThatIllegalArgumentException().isThrownBy(() -> new Settings(new BigDecimal("11"), 5, 10, 10))
				.withMessage("targetRpe must be 1..10, was 11");
			assertThatIllegalArgumentException().isThrownBy(() -> new Settings(BigDecimal.TEN, 0, 10, 10))
				.withMessage("upperBodyPercent must be 1..50, was 0");
			assertThatIllegalArgumentException().isThrownBy(() -> new Settings(BigDecimal.TEN, 5, 60, 10))
				.withMessage("lowerBodyPercent must be 1..50, was 60");
			assertThatIllegalArgumentException().isThrownBy(() -> new Settings(BigDecimal.TEN, 5, 10, 0))
				.withMessage("stepBackPercent must be 1..50, was 0");
		}

		@Test
		void shouldStepBackBySettingsShare() {
			ProgressionEngine gentle = new ProgressionEngine(new Settings(BigDecimal.valueOf(8), 5, 10, 20));
			List<SetLog> failed = times(3, set(5, "20", "10"));
			assertThat(gentle.next(alone(CURL), history(failed, failed)).loadKg()).isEqualTo(new BigDecimal("16"));
		}

	}

	@Nested
	class WhichSetsCount {

		@Test
		void shouldIgnoreWarmUpSets() {
			List<SetLog> sets = new ArrayList<>(List.of(warmUp(5, "10"), warmUp(3, "15")));
			sets.addAll(curls(12, "7"));
			Target target = ENGINE.next(alone(CURL), history(sets, sets));
			assertThat(target.rule()).isEqualTo(Rule.DOUBLE_PROGRESSION);
			assertThat(target.reason()).doesNotContain("5, 3");
		}

		@Test
		void shouldIgnoreLighterBackOffSets() {
			List<SetLog> sets = new ArrayList<>(curls(12, "7"));
			sets.add(set(6, "15", "9"));
			Target target = ENGINE.next(alone(CURL), history(sets, sets));
			assertThat(target.rule()).isEqualTo(Rule.DOUBLE_PROGRESSION);
			assertThat(target.loadKg()).isEqualTo(new BigDecimal("21"));
		}

		@Test
		void shouldCountLeftAndRightSetsOfOneSidedWork() {
			Rung row = upper("One-arm row", reps(3, 8, 12), "2");
			List<SetLog> both = new ArrayList<>();
			for (int i = 0; i < 3; i++) {
				both.add(side(Side.LEFT, 12, "24", "7"));
				both.add(side(Side.RIGHT, 12, "24", "7"));
			}
			Target up = ENGINE.next(alone(row), history(both, both));
			assertThat(up.rule()).isEqualTo(Rule.DOUBLE_PROGRESSION);
			assertThat(up.loadKg()).isEqualTo(new BigDecimal("26"));
			assertThat(up.sets()).isEqualTo(3);

			List<SetLog> weakRight = new ArrayList<>(both.subList(0, 5));
			weakRight.add(side(Side.RIGHT, 10, "24", "7"));
			Target stay = ENGINE.next(alone(row), history(both, weakRight));
			assertThat(stay.rule()).isEqualTo(Rule.ADD_REPS);
			assertThat(stay.reps()).isEqualTo(11);
			assertThat(stay.reason()).contains("left 3 × 12, right 12, 12, 10 reps at 24 kg");
		}

		@Test
		void shouldUseTheSessionsInTheOrderGivenAndNameTheirDays() {
			SessionLog thursday = on(THURSDAY, curls(12, "7"));
			SessionLog monday = on(MONDAY, curls(12, "7"));
			Target target = ENGINE.next(alone(CURL), List.of(thursday, monday));
			assertThat(target.basedOn()).containsExactly(thursday.sessionId(), monday.sessionId());
			assertThat(target.reason()).contains("Thursday 26 Nov", "Monday 30 Nov");
		}

	}

}
