package org.fitatlas.training.progression;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Decides a person's next target for one exercise from what they logged: double
 * progression for loaded work, longer holds and harder variations for body-weight work, a
 * step back after failures, and the pain-monitoring model above all. Plain Java.
 */
public final class ProgressionEngine {

	private final Settings settings;

	private final StepBack stepBack;

	private final PainRules pain;

	private final LoadedRules loaded;

	private final BodyWeightRules bodyWeight = new BodyWeightRules();

	public ProgressionEngine(Settings settings) {
		this.settings = Objects.requireNonNull(settings, "settings");
		this.stepBack = new StepBack(settings);
		this.pain = new PainRules(this.stepBack);
		this.loaded = new LoadedRules(settings);
	}

	/**
	 * The next target.
	 * @param ladder the exercise, with its easier and harder variations
	 * @param history the person's past sessions of {@code ladder.current()}, oldest first
	 */
	public Target next(Ladder ladder, List<SessionLog> history) {
		Objects.requireNonNull(ladder, "ladder");
		Objects.requireNonNull(history, "history");
		if (history.isEmpty()) {
			return start(ladder.current(), "No sessions of " + ladder.current().name() + " logged yet");
		}
		List<SessionLog> worked = history.stream().filter((s) -> !s.workingSets().isEmpty()).toList();
		int holdTarget = ladder.current().range().timed() ? holdTarget(ladder, history, worked) : 0;
		return decide(ladder, history, worked, holdTarget);
	}

	/**
	 * The hold the latest session aimed for: the target this engine gave after the
	 * sessions before it, replayed from the first (the bottom of the range to begin
	 * with).
	 */
	private int holdTarget(Ladder ladder, List<SessionLog> history, List<SessionLog> worked) {
		Rung rung = ladder.current();
		int target = rung.range().bottom();
		int workedSoFar = 0;
		for (int k = 1; k < history.size(); k++) {
			if (!history.get(k - 1).workingSets().isEmpty()) {
				workedSoFar++;
			}
			Target t = decide(ladder, history.subList(0, k), worked.subList(0, workedSoFar), target);
			boolean sameRung = t.slug().equals(rung.slug()) && t.holdSeconds() != null;
			target = sameRung ? t.holdSeconds() : rung.range().bottom();
		}
		return target;
	}

	/**
	 * The rules in order: pain, failures, then holds, loaded work or body-weight reps.
	 * @param worked the sessions of {@code history} that have working sets
	 */
	private Target decide(Ladder ladder, List<SessionLog> history, List<SessionLog> worked, int holdTarget) {
		SessionLog latest = worked.isEmpty() ? null : worked.get(worked.size() - 1);
		Optional<Target> painRule = this.pain.apply(ladder, history, latest);
		if (painRule.isPresent()) {
			return painRule.get();
		}
		if (latest == null) {
			return start(ladder.current(), "No working sets of " + ladder.current().name() + " logged yet");
		}
		SessionLog previous = (worked.size() > 1) ? worked.get(worked.size() - 2) : null;
		Optional<Target> failure = failure(ladder, latest, previous);
		if (failure.isPresent()) {
			return failure.get();
		}
		Rung rung = ladder.current();
		if (rung.range().timed()) {
			return this.bodyWeight.holds(rung, latest, previous, ladder, holdTarget);
		}
		if (Logged.loaded(latest)) {
			return this.loaded.apply(rung, latest, previous);
		}
		return this.bodyWeight.reps(rung, latest, previous, ladder);
	}

	/**
	 * Two failed sessions in a row at the same step (the same load for loaded work): step
	 * back. FitAtlas waits for a second failure before stepping back.
	 */
	private Optional<Target> failure(Ladder ladder, SessionLog latest, @Nullable SessionLog previous) {
		Rung rung = ladder.current();
		Prescription range = rung.range();
		if (previous == null || !Logged.failed(latest, range) || !Logged.failed(previous, range)
				|| !Logged.sameLoad(previous, latest)) {
			return Optional.empty();
		}
		boolean timed = range.timed();
		StepBack.Result back = this.stepBack.apply(ladder, latest, 1);
		String unit = timed ? " s" : " reps";
		String reason = "You did " + Words.session(previous, Logged.atHeaviest(previous), timed) + " and "
				+ Words.session(latest, Logged.atHeaviest(latest), timed) + ": below the bottom of the range ("
				+ range.bottom() + unit + ") in two sessions in a row, so step back to " + back.describe(rung) + "."
				+ back.note();
		return Optional
			.of(back.dose().target(Rule.FAILURE_STEP_BACK, reason, List.of(previous.sessionId(), latest.sessionId())));
	}

	/**
	 * The bottom of the range; for loaded work, a load that leaves two reps in reserve at
	 * the top.
	 */
	private Target start(Rung rung, String why) {
		Prescription range = rung.range();
		Dose dose = new Dose(rung, range.sets(), range.bottom(), null);
		String reason;
		if (range.timed()) {
			reason = why + ": start with " + dose.describe() + " (the range goes up to " + range.top() + " s), resting "
					+ range.restSeconds() + " s between sets.";
		}
		else {
			int reserve = Math.max(0, 10 - this.settings.targetRpe().intValue());
			reason = why + ": start with " + dose.describe() + " (the range goes up to " + range.top() + "), resting "
					+ range.restSeconds() + " s between sets. If you use a weight, pick a load you could lift for "
					+ range.top() + " reps with about " + reserve + " reps in reserve (RPE "
					+ Words.rpe(this.settings.targetRpe()) + ").";
		}
		return dose.target(Rule.START, reason, List.of());
	}

}
