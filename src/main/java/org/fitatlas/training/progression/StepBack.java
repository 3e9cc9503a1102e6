package org.fitatlas.training.progression;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One or more steps back from the latest session: loaded work drops its load by the
 * step-back share (rounded down to the load step) and restarts at the bottom of the
 * range; body-weight work and holds go to the easier rung's bottom, or do fewer reps or a
 * shorter hold when there is no easier rung.
 */
final class StepBack {

	/** Reps drop to about 80 % of what was logged. */
	private static final int FEWER_REPS_PERCENT = 80;

	private static final int SHORTER_HOLD_SECONDS = 10;

	private static final int SHORTEST_HOLD_SECONDS = 5;

	private final Settings settings;

	StepBack(Settings settings) {
		this.settings = settings;
	}

	/**
	 * The dose after {@code steps} steps back, and a note when a step could not go
	 * further.
	 * @param basis the latest session with working sets, or null when none was logged
	 */
	Result apply(Ladder ladder, @Nullable SessionLog basis, int steps) {
		Rung rung = ladder.current();
		if (basis != null && Logged.loaded(basis)) {
			return loaded(rung, Logged.heaviest(basis), steps);
		}
		int logged = (basis != null) ? Logged.lowest(basis.workingSets(), rung.range().timed()) : rung.range().bottom();
		Dose dose = new Dose(rung, rung.range().sets(), logged, null);
		boolean stuck = false;
		for (int i = 0; i < steps; i++) {
			if (dose.rung() == rung && ladder.easier().isPresent()) {
				Rung easier = ladder.easier().get();
				dose = new Dose(easier, easier.range().sets(), easier.range().bottom(), null);
			}
			else {
				int less = less(dose.amount(), dose.timed());
				stuck = stuck || less == dose.amount();
				dose = dose.withAmount(less);
			}
		}
		String note = stuck ? " There is no easier step than this, so hold here until the pain settles." : "";
		return new Result(dose, note);
	}

	private Result loaded(Rung rung, BigDecimal load, int steps) {
		BigDecimal next = load;
		boolean stuck = false;
		for (int i = 0; i < steps; i++) {
			BigDecimal lower = Loads.stepBack(next, rung.loadStepKg(), this.settings.stepBackPercent());
			stuck = stuck || lower.compareTo(next) >= 0;
			next = lower;
		}
		Dose dose = new Dose(rung, rung.range().sets(), rung.range().bottom(), next);
		String note = stuck ? " " + Words.kg(next) + " is one load step, the lightest there is, so hold there." : "";
		return new Result(dose, note);
	}

	/** About 20 % fewer reps (at least one), or a hold 10 s shorter (at least 5 s). */
	static int less(int amount, boolean timed) {
		if (timed) {
			return Math.min(amount, Math.max(SHORTEST_HOLD_SECONDS, amount - SHORTER_HOLD_SECONDS));
		}
		return Math.max(1, Math.min(amount, amount * FEWER_REPS_PERCENT / 100));
	}

	/** The dose after the step back, and what to say when it could not go further. */
	record Result(Dose dose, String note) {

		/** "18 kg and 8 reps", "Knee push-up, 3 × 8 reps". */
		String describe(Rung from) {
			if (this.dose.rung() != from) {
				return this.dose.rung().name() + ", " + this.dose.describe();
			}
			return this.dose.describe();
		}

	}

}
