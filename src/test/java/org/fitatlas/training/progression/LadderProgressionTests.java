package org.fitatlas.training.progression;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fitatlas.training.progression.Logs.alone;
import static org.fitatlas.training.progression.Logs.history;
import static org.fitatlas.training.progression.Logs.hold;
import static org.fitatlas.training.progression.Logs.holds;
import static org.fitatlas.training.progression.Logs.ids;
import static org.fitatlas.training.progression.Logs.ladder;
import static org.fitatlas.training.progression.Logs.reps;
import static org.fitatlas.training.progression.Logs.set;
import static org.fitatlas.training.progression.Logs.times;
import static org.fitatlas.training.progression.Logs.upper;

/**
 * Body-weight reps and timed holds: climbing the reps and holds, then the ladder of
 * variations, or more sets when the catalog has no harder variation.
 */
class LadderProgressionTests {

	static final ProgressionEngine ENGINE = new ProgressionEngine(Settings.defaults());

	static final Rung KNEE_RAISE = upper("Bent-knee leg raise", reps(3, 10, 12), "0.5");

	static final Rung LEG_RAISE = upper("Lying leg raise", reps(3, 10, 12), "0.5");

	static final Rung HOVER = upper("Hovering leg raise", reps(2, 6, 10), "0.5");

	static final Ladder RAISES = ladder(KNEE_RAISE, LEG_RAISE, HOVER);

	static final Rung SIDE_PLANK = upper("Side plank", holds(2, 10, 40), "0.5");

	static final Rung KNEE_SIDE_PLANK = upper("Knee side plank", holds(2, 15, 30), "0.5");

	static final Rung STAR_PLANK = upper("Star side plank", holds(3, 10, 30), "0.5");

	static List<SetLog> raises(int reps) {
		return times(3, set(reps, null, null));
	}

	static List<SetLog> held(int n, int seconds) {
		return times(n, hold(seconds));
	}

	@Nested
	class BodyWeightReps {

		@Test
		void shouldClimbOneRepPerSession() {
			Target target = ENGINE.next(RAISES, history(raises(10)));
			assertThat(target.rule()).isEqualTo(Rule.ADD_REPS);
			assertThat(target.reps()).isEqualTo(11);
			assertThat(target.repsMax()).isEqualTo(12);
			assertThat(target.loadKg()).isNull();
			assertThat(target.reason()).contains("3 × 10 reps on Monday 30 Nov", "aim for 11 reps");
		}

		@Test
		void shouldKeepTheTopAfterOneSessionThere() {
			Target target = ENGINE.next(RAISES, history(raises(11), raises(12)));
			assertThat(target.rule()).isEqualTo(Rule.KEEP);
			assertThat(target.slug()).isEqualTo("lying-leg-raise");
			assertThat(target.reps()).isEqualTo(12);
		}

		@Test
		void shouldClimbToTheHarderVariationAtTheBottomOfItsRange() {
			List<SessionLog> logs = history(raises(12), raises(12));
			Target target = ENGINE.next(RAISES, logs);
			assertThat(target.rule()).isEqualTo(Rule.HARDER_VARIATION);
			assertThat(target.slug()).isEqualTo("hovering-leg-raise");
			assertThat(target.sets()).isEqualTo(2);
			assertThat(target.reps()).isEqualTo(6);
			assertThat(target.repsMax()).isEqualTo(10);
			assertThat(target.basedOn()).isEqualTo(ids(logs));
			assertThat(target.reason()).contains("3 × 12 reps on Friday 27 Nov", "3 × 12 reps on Monday 30 Nov",
					"Hovering leg raise", "2 × 6 reps");
		}

		@Test
		void shouldNotClimbWhenOneSetMissedTheTop() {
			List<SetLog> missed = List.of(set(12, null, null), set(12, null, null), set(10, null, null));
			Target target = ENGINE.next(RAISES, history(raises(12), missed));
			assertThat(target.rule()).isEqualTo(Rule.ADD_REPS);
			assertThat(target.reps()).isEqualTo(11);
		}

		@Test
		void shouldAddASetWhenThereIsNoHarderVariationAndSaySo() {
			Target target = ENGINE.next(ladder(KNEE_RAISE, LEG_RAISE, null), history(raises(12), raises(12)));
			assertThat(target.rule()).isEqualTo(Rule.ADD_SET);
			assertThat(target.slug()).isEqualTo("lying-leg-raise");
			assertThat(target.sets()).isEqualTo(4);
			assertThat(target.reps()).isEqualTo(12);
			assertThat(target.reason()).contains("no harder variation in the catalog");
		}

		@Test
		void shouldKeepFiveSetsAtTheTopWithoutAHarderVariation() {
			Ladder top = ladder(KNEE_RAISE, LEG_RAISE, null);
			assertThat(ENGINE.next(top, history(raises(12), times(4, set(12, null, null)))).sets()).isEqualTo(5);
			List<SetLog> five = times(5, set(12, null, null));
			Target target = ENGINE.next(top, history(five, five));
			assertThat(target.rule()).isEqualTo(Rule.KEEP);
			assertThat(target.sets()).isEqualTo(5);
			assertThat(target.reps()).isEqualTo(12);
			assertThat(target.reason()).contains("no harder variation in the catalog", "5 sets");
		}

	}

	@Nested
	class Holds {

		@Test
		void shouldHoldFiveSecondsLongerOnceEverySetMetTheTarget() {
			List<SessionLog> logs = history(held(2, 10));
			Target target = ENGINE.next(alone(SIDE_PLANK), logs);
			assertThat(target.rule()).isEqualTo(Rule.HOLD_LONGER);
			assertThat(target.holdSeconds()).isEqualTo(15);
			assertThat(target.reps()).isNull();
			assertThat(target.basedOn()).isEqualTo(ids(logs));
			assertThat(target.reason()).contains("2 × 10 s on Monday 30 Nov", "10 s target", "2 × 15 s holds");
		}

		@Test
		void shouldReadTheTargetFromTheSessionsBefore() {
			Target target = ENGINE.next(alone(SIDE_PLANK), history(held(2, 10), held(2, 15), held(2, 20)));
			assertThat(target.rule()).isEqualTo(Rule.HOLD_LONGER);
			assertThat(target.holdSeconds()).isEqualTo(25);
		}

		@Test
		void shouldRepeatTheHoldWhenASetFellShort() {
			List<SetLog> short1 = List.of(hold(15), hold(12));
			Target target = ENGINE.next(alone(SIDE_PLANK), history(held(2, 10), short1));
			assertThat(target.rule()).isEqualTo(Rule.KEEP);
			assertThat(target.holdSeconds()).isEqualTo(15);
			assertThat(target.reason()).contains("15, 12 s", "short of the 15 s target");
		}

		@Test
		void shouldHoldTenSecondsLongerFromAMinute() {
			Rung plank = upper("Plank", holds(3, 60, 120), "0.5");
			Target target = ENGINE.next(alone(plank), history(held(3, 60)));
			assertThat(target.rule()).isEqualTo(Rule.HOLD_LONGER);
			assertThat(target.holdSeconds()).isEqualTo(70);
		}

		@Test
		void shouldNeverHoldLongerThanTheTopOfTheRange() {
			Rung stretch = upper("Hamstring stretch", holds(2, 20, 28), "0.5");
			Target target = ENGINE.next(alone(stretch), history(held(2, 20), held(2, 25)));
			assertThat(target.rule()).isEqualTo(Rule.HOLD_LONGER);
			assertThat(target.holdSeconds()).isEqualTo(28);
			assertThat(target.reason()).contains("the top of the range");
		}

		@Test
		void shouldClimbToTheHarderVariationsBottomHold() {
			Ladder planks = ladder(KNEE_SIDE_PLANK, SIDE_PLANK, STAR_PLANK);
			Target target = ENGINE.next(planks, history(held(2, 40), held(2, 40)));
			assertThat(target.rule()).isEqualTo(Rule.HARDER_VARIATION);
			assertThat(target.slug()).isEqualTo("star-side-plank");
			assertThat(target.holdSeconds()).isEqualTo(10);
			assertThat(target.sets()).isEqualTo(3);
		}

		@Test
		void shouldAddASetOfHoldsWithoutAHarderVariation() {
			Target target = ENGINE.next(alone(SIDE_PLANK), history(held(2, 40), held(2, 40)));
			assertThat(target.rule()).isEqualTo(Rule.ADD_SET);
			assertThat(target.sets()).isEqualTo(3);
			assertThat(target.holdSeconds()).isEqualTo(40);
			assertThat(target.reason()).contains("no harder variation in the catalog");
		}

		@Test
		void shouldStepBackToTheEasierPlankAfterTwoHoldsBelowTheBottom() {
			Ladder planks = ladder(KNEE_SIDE_PLANK, SIDE_PLANK, STAR_PLANK);
			Target target = ENGINE.next(planks, history(held(2, 6), held(2, 7)));
			assertThat(target.rule()).isEqualTo(Rule.FAILURE_STEP_BACK);
			assertThat(target.slug()).isEqualTo("knee-side-plank");
			assertThat(target.holdSeconds()).isEqualTo(15);
		}

		@Test
		void shouldHoldTenSecondsLessWithoutAnEasierVariation() {
			Rung plank = upper("Plank", holds(3, 30, 120), "0.5");
			Target target = ENGINE.next(alone(plank), history(held(3, 25), held(3, 20)));
			assertThat(target.rule()).isEqualTo(Rule.FAILURE_STEP_BACK);
			assertThat(target.holdSeconds()).isEqualTo(10);
		}

	}

}
