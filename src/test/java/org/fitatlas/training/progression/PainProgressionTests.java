package org.fitatlas.training.progression;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fitatlas.training.progression.Logs.alone;
import static org.fitatlas.training.progression.Logs.history;
import static org.fitatlas.training.progression.Logs.ladder;
import static org.fitatlas.training.progression.Logs.morning;
import static org.fitatlas.training.progression.Logs.reps;
import static org.fitatlas.training.progression.Logs.set;
import static org.fitatlas.training.progression.Logs.times;
import static org.fitatlas.training.progression.Logs.upper;
import static org.fitatlas.training.progression.Logs.warmUp;
import static org.fitatlas.training.progression.Logs.withPain;

/**
 * The pain-monitoring model comes before every other rule: above 5/10 step back, 3–5/10
 * hold, pain again at the same dose or worse the next morning step back.
 */
class PainProgressionTests {

	static final ProgressionEngine ENGINE = new ProgressionEngine(Settings.defaults());

	static final Rung CURL = upper("Dumbbell curl", reps(3, 8, 12), "0.5");

	static final Rung BRIDGE = upper("Glute bridge", reps(3, 10, 15), "0.5");

	static final Rung SINGLE_BRIDGE = upper("Single-leg glute bridge", reps(3, 8, 12), "0.5");

	static List<SetLog> curls(int reps, int pain) {
		List<SetLog> sets = new ArrayList<>(times(2, set(reps, "20", "7")));
		sets.add(withPain(reps, "20", pain));
		return sets;
	}

	static SessionLog last(List<SessionLog> logs) {
		return logs.get(logs.size() - 1);
	}

	static List<SessionLog> withMorning(List<SessionLog> logs, int pain, MorningCheck.Comparison comparison) {
		List<SessionLog> copy = new ArrayList<>(logs.subList(0, logs.size() - 1));
		copy.add(morning(last(logs), pain, comparison));
		return copy;
	}

	@Test
	void shouldStepBackWhenPainWasAboveFiveEvenAtTheTopOfTheRange() {
		List<SessionLog> logs = history(curls(12, 0), curls(12, 7));
		Target target = ENGINE.next(alone(CURL), logs);
		assertThat(target.rule()).isEqualTo(Rule.PAIN_STEP_BACK);
		assertThat(target.loadKg()).isEqualTo(new BigDecimal("18"));
		assertThat(target.reps()).isEqualTo(8);
		assertThat(target.basedOn()).containsExactly(last(logs).sessionId());
		assertThat(target.reason()).startsWith("Pain 7/10 on Monday 30 Nov")
			.contains("step back to 3 × 8 reps at 18 kg");
	}

	@Test
	void shouldCountPainInAWarmUpSet() {
		SetLog hurt = new SetLog(SetKind.WARM_UP, 5, new BigDecimal("10"), null, Side.BOTH, null, null, 6);
		List<SetLog> sets = new ArrayList<>(List.of(hurt));
		sets.addAll(times(3, set(12, "20", "7")));
		Target target = ENGINE.next(alone(CURL), history(times(3, set(12, "20", "7")), sets));
		assertThat(target.rule()).isEqualTo(Rule.PAIN_STEP_BACK);
		assertThat(target.loadKg()).isEqualTo(new BigDecimal("18"));
	}

	@Test
	void shouldStepBackFromASessionStoppedByPainBeforeAnyWorkingSet() {
		List<SessionLog> logs = history(times(3, set(10, "20", "7")), List.of(warmUp(5, "10"),
				new SetLog(SetKind.WARM_UP, 3, new BigDecimal("15"), null, Side.BOTH, null, null, 8)));
		Target target = ENGINE.next(alone(CURL), logs);
		assertThat(target.rule()).isEqualTo(Rule.PAIN_STEP_BACK);
		assertThat(target.loadKg()).isEqualTo(new BigDecimal("18"));
		assertThat(target.reason()).contains("Pain 8/10");
	}

	@Test
	void shouldHoldTheDoseAtPainThreeToFive() {
		List<SessionLog> logs = history(curls(10, 1), curls(12, 4));
		Target target = ENGINE.next(alone(CURL), logs);
		assertThat(target.rule()).isEqualTo(Rule.PAIN_HOLD);
		assertThat(target.loadKg()).isEqualByComparingTo("20");
		assertThat(target.reps()).isEqualTo(12);
		assertThat(target.sets()).isEqualTo(3);
		assertThat(target.reason()).contains("Pain 4/10 on Monday 30 Nov", "3 × 12 reps at 20 kg");
	}

	@Test
	void shouldProgressNormallyAtPainTwoOrLess() {
		Target target = ENGINE.next(alone(CURL), history(curls(12, 2), curls(12, 2)));
		assertThat(target.rule()).isEqualTo(Rule.DOUBLE_PROGRESSION);
	}

	@Test
	void shouldStepBackWhenItHurtsAgainAtTheSameDose() {
		List<SessionLog> logs = history(curls(12, 3), curls(12, 4));
		Target target = ENGINE.next(alone(CURL), logs);
		assertThat(target.rule()).isEqualTo(Rule.PAIN_REPEATED);
		assertThat(target.loadKg()).isEqualTo(new BigDecimal("18"));
		assertThat(target.basedOn()).containsExactly(logs.get(0).sessionId(), logs.get(1).sessionId());
		assertThat(target.reason()).contains("Pain 3/10 on Friday 27 Nov", "4/10 again on Monday 30 Nov",
				"reduce the load");
	}

	@Test
	void shouldOnlyHoldWhenTheEarlierPainWasAtADifferentLoad() {
		List<SetLog> lighter = List.of(set(12, "18", "7"), withPain(12, "18", 4));
		Target target = ENGINE.next(alone(CURL), history(lighter, curls(10, 4)));
		assertThat(target.rule()).isEqualTo(Rule.PAIN_HOLD);
	}

	@Test
	void shouldStepBackWhenTheMorningWasWorse() {
		List<SessionLog> logs = withMorning(history(curls(10, 0), curls(11, 3)), 4, MorningCheck.Comparison.WORSE);
		Target target = ENGINE.next(alone(CURL), logs);
		assertThat(target.rule()).isEqualTo(Rule.PAIN_MORNING_WORSE);
		assertThat(target.loadKg()).isEqualTo(new BigDecimal("18"));
		assertThat(target.reps()).isEqualTo(8);
		assertThat(target.reason()).contains("worse the morning after Monday 30 Nov (4/10)");
	}

	@Test
	void shouldStepBackTwiceWhenTheMorningWasWorseAfterPainAboveFive() {
		List<SessionLog> logs = withMorning(history(curls(10, 0), curls(11, 6)), 5, MorningCheck.Comparison.WORSE);
		Target target = ENGINE.next(alone(CURL), logs);
		assertThat(target.rule()).isEqualTo(Rule.PAIN_MORNING_WORSE);
		assertThat(target.loadKg()).isEqualTo(new BigDecimal("16"));
		assertThat(target.reason()).contains("Pain 6/10", "worse the next morning (5/10)", "twice");
	}

	@Test
	void shouldGoToTheEasierRungWithFewerRepsWhenTheMorningWasWorseAfterPainAboveFive() {
		List<SetLog> bridges = List.of(set(15, null, null), withPain(15, null, 7));
		List<SessionLog> logs = withMorning(history(bridges), 6, MorningCheck.Comparison.WORSE);
		Target target = ENGINE.next(ladder(BRIDGE, SINGLE_BRIDGE, null), logs);
		assertThat(target.rule()).isEqualTo(Rule.PAIN_MORNING_WORSE);
		assertThat(target.slug()).isEqualTo("glute-bridge");
		assertThat(target.reps()).isEqualTo(8);
		assertThat(target.reason()).contains("Glute bridge, 3 × 8 reps");
	}

	@Test
	void shouldHoldAtTheEasiestStepAndSaySoWhenThereIsNoFurtherStep() {
		List<SetLog> one = List.of(withPain(1, null, 7));
		List<SessionLog> logs = withMorning(history(one), 6, MorningCheck.Comparison.WORSE);
		Target target = ENGINE.next(alone(BRIDGE), logs);
		assertThat(target.rule()).isEqualTo(Rule.PAIN_MORNING_WORSE);
		assertThat(target.reps()).isEqualTo(1);
		assertThat(target.reason()).contains("no easier step");
	}

	@Test
	void shouldProgressWhenTheMorningWasBetter() {
		List<SessionLog> logs = withMorning(history(curls(12, 1), curls(12, 2)), 1, MorningCheck.Comparison.BETTER);
		Target target = ENGINE.next(alone(CURL), logs);
		assertThat(target.rule()).isEqualTo(Rule.DOUBLE_PROGRESSION);
	}

}
