package org.fitatlas.training.progression;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The pain-monitoring model (Thomeé 1997; Silbernagel et al. 2007), read before anything
 * else: pain up to 2/10 is safe, 3–5/10 acceptable (hold the dose), above 5/10 not (step
 * back); worse the next morning means step back, and pain again at the same dose means
 * reduce it.
 */
final class PainRules {

	static final int SAFE = 2;

	static final int ACCEPTABLE = 5;

	private final StepBack stepBack;

	PainRules(StepBack stepBack) {
		this.stepBack = stepBack;
	}

	/**
	 * The pain rule that applies to the latest session, if any.
	 * @param history every logged session, oldest first, not empty
	 * @param basis the latest session with working sets, or null
	 */
	Optional<Target> apply(Ladder ladder, List<SessionLog> history, @Nullable SessionLog basis) {
		SessionLog latest = history.get(history.size() - 1);
		int pain = Logged.maxPain(latest);
		Optional<MorningCheck> worse = latest.morningCheck()
			.filter((m) -> m.comparedToBefore() == MorningCheck.Comparison.WORSE);
		Rung rung = ladder.current();
		if (worse.isPresent()) {
			int morningPain = worse.get().morningPain();
			boolean alsoHigh = pain > ACCEPTABLE;
			StepBack.Result back = this.stepBack.apply(ladder, basis, alsoHigh ? 2 : 1);
			String during = alsoHigh
					? "Pain " + pain + "/10 during the session on " + Words.day(latest.date())
							+ " and worse the next morning (" + morningPain + "/10)"
					: "Pain was worse the morning after " + Words.day(latest.date()) + " (" + morningPain
							+ "/10) than before the session";
			String steps = alsoHigh ? "so step back twice, to " : "so step back to ";
			return Optional.of(back.dose()
				.target(Rule.PAIN_MORNING_WORSE, during + ", " + steps + back.describe(rung) + "." + back.note(),
						List.of(latest.sessionId())));
		}
		if (pain > ACCEPTABLE) {
			StepBack.Result back = this.stepBack.apply(ladder, basis, 1);
			String reason = "Pain " + pain + "/10 on " + Words.day(latest.date()) + " is above 5/10, so step back to "
					+ back.describe(rung) + "." + back.note();
			return Optional.of(back.dose().target(Rule.PAIN_STEP_BACK, reason, List.of(latest.sessionId())));
		}
		if (pain > SAFE) {
			SessionLog before = (history.size() > 1) ? history.get(history.size() - 2) : null;
			if (before != null && Logged.maxPain(before) > SAFE && Logged.sameLoad(before, latest)) {
				StepBack.Result back = this.stepBack.apply(ladder, basis, 1);
				String reason = "Pain " + Logged.maxPain(before) + "/10 on " + Words.day(before.date()) + " and " + pain
						+ "/10 again on " + Words.day(latest.date()) + " at the same dose: if it hurts again,"
						+ " reduce the load, so step back to " + back.describe(rung) + "." + back.note();
				return Optional.of(back.dose()
					.target(Rule.PAIN_REPEATED, reason, List.of(before.sessionId(), latest.sessionId())));
			}
			Dose same = repeat(rung, basis);
			String reason = "Pain " + pain + "/10 on " + Words.day(latest.date())
					+ " is acceptable (up to 5/10) but not yet settled, so repeat " + same.describe()
					+ " and progress once the pain stays at 2/10 or less.";
			return Optional.of(same.target(Rule.PAIN_HOLD, reason, List.of(latest.sessionId())));
		}
		return Optional.empty();
	}

	/** The latest session's dose: its sets, its lowest reps or hold at its load. */
	private static Dose repeat(Rung rung, @Nullable SessionLog basis) {
		Prescription range = rung.range();
		if (basis == null) {
			return new Dose(rung, range.sets(), range.bottom(), null);
		}
		List<SetLog> sets = Logged.atHeaviest(basis);
		int amount = Math.min(range.top(), Logged.lowest(sets, range.timed()));
		return new Dose(rung, Math.max(1, Logged.setsPerSide(sets)), Math.max(1, amount), Logged.loadOrNull(basis));
	}

}
