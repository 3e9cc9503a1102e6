package org.fitatlas.training.progression;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Loaded work: double progression (climb the rep range at a fixed load, then add load),
 * the NSCA 2-for-2 rule and the ACSM 1–2-reps-over rule for adding load, and keep the
 * dose while the effort is above target.
 */
final class LoadedRules {

	private final Settings settings;

	LoadedRules(Settings settings) {
		this.settings = settings;
	}

	/**
	 * The next target for loaded work.
	 * @param latest the latest session with working sets (loaded)
	 * @param previous the one before it, or null
	 */
	Target apply(Rung rung, SessionLog latest, @Nullable SessionLog previous) {
		Prescription range = rung.range();
		int top = range.top();
		BigDecimal load = Logged.heaviest(latest);
		List<SetLog> sets = Logged.atHeaviest(latest);
		boolean twoAtLoad = previous != null && Logged.sameLoad(previous, latest);
		if (twoAtLoad) {
			List<SetLog> before = Logged.atHeaviest(previous);
			String both = Words.session(previous, before, false) + " and " + Words.session(latest, sets, false);
			List<UUID> basedOn = List.of(previous.sessionId(), latest.sessionId());
			if (success(sets, top) && success(before, top)) {
				String why = "You did " + both + ", " + Words.effort(concat(before, sets)) + ": the top of the range ("
						+ top + ") twice at or below the target RPE " + Words.rpe(this.settings.targetRpe());
				return addLoad(rung, load, Rule.DOUBLE_PROGRESSION, why, basedOn);
			}
			if (lastSetsOver(sets, top + 2) && lastSetsOver(before, top + 2)) {
				String why = "You did " + both + ": the last set reached " + (top + 2)
						+ " reps or more (2 over the top of " + top + ") in two sessions in a row";
				return addLoad(rung, load, Rule.NSCA_2_FOR_2, why, basedOn);
			}
			if (Logged.allAtLeast(sets, top + 1, false) && Logged.allAtLeast(before, top + 1, false)) {
				String why = "You did " + both + ": every set at least " + (top + 1) + " reps, over the top of " + top
						+ ", in two sessions";
				return addLoad(rung, load, Rule.ACSM_OVERLOAD, why, basedOn);
			}
		}
		return sameLoad(rung, latest, sets, load);
	}

	private Target sameLoad(Rung rung, SessionLog latest, List<SetLog> sets, BigDecimal load) {
		int top = rung.range().top();
		int lowest = Logged.lowest(sets, false);
		String did = "You did " + Words.session(latest, sets, false) + " " + Words.effort(sets);
		List<UUID> basedOn = List.of(latest.sessionId());
		if (sets.stream().anyMatch((s) -> Logged.aboveEffort(s, this.settings.targetRpe()))) {
			Dose dose = new Dose(rung, rung.range().sets(), Math.max(1, Math.min(top, lowest)), load);
			String reason = did + ", above the target RPE " + Words.rpe(this.settings.targetRpe()) + ", so keep "
					+ dose.describe() + ": no more reps until the effort comes down.";
			return dose.target(Rule.KEEP, reason, basedOn);
		}
		if (lowest >= top) {
			Dose dose = new Dose(rung, rung.range().sets(), top, load);
			String reason = did + ": the top of the range (" + top + ") once at " + Words.kg(load) + ". Repeat "
					+ dose.describe() + "; a second time and the load goes up.";
			return dose.target(Rule.KEEP, reason, basedOn);
		}
		Dose dose = new Dose(rung, rung.range().sets(), lowest + 1, load);
		String reason = did + ", so aim for " + (lowest + 1) + " reps on every set at " + Words.kg(load)
				+ " (one more than your lowest set, " + lowest + "), up to " + top + ".";
		return dose.target(Rule.ADD_REPS, reason, basedOn);
	}

	private Target addLoad(Rung rung, BigDecimal load, Rule rule, String why, List<UUID> basedOn) {
		int percent = rung.lowerBody() ? this.settings.lowerBodyPercent() : this.settings.upperBodyPercent();
		BigDecimal step = Loads.increase(load, rung.loadStepKg(), percent);
		BigDecimal next = Loads.clean(load.add(step));
		Dose dose = new Dose(rung, rung.range().sets(), rung.range().bottom(), next);
		String reason = why + ", so add load: +" + Words.kg(step) + " (" + Loads.percentOf(step, load) + " %) to "
				+ Words.kg(next) + " and start again at " + rung.range().bottom() + " reps.";
		return dose.target(rule, reason, basedOn);
	}

	/** Every set at the load reached the top at or below the target effort. */
	private boolean success(List<SetLog> sets, int top) {
		return Logged.allAtLeast(sets, top, false)
				&& sets.stream().noneMatch((s) -> Logged.aboveEffort(s, this.settings.targetRpe()));
	}

	/** The last set (of each side, for one-sided work) reached the given reps. */
	private static boolean lastSetsOver(List<SetLog> sets, int reps) {
		return Logged.allAtLeast(Logged.lastPerSide(sets), reps, false);
	}

	private static List<SetLog> concat(List<SetLog> a, List<SetLog> b) {
		return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
	}

}
