package org.fitatlas.training.progression;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Body-weight reps and timed holds: climb the reps one at a time or lengthen the hold
 * toward the top of the range, then climb to the harder variation; without one, add a set
 * (up to five) and then keep the dose.
 */
final class BodyWeightRules {

	static final int MAX_SETS = 5;

	/** Holds of a minute or more lengthen in larger steps. */
	static final int LONG_HOLD_SECONDS = 60;

	/**
	 * Body-weight reps: +1 rep per session up to the top, then the harder rung.
	 * @param latest the latest session with working sets
	 * @param previous the one before it, or null
	 */
	Target reps(Rung rung, SessionLog latest, @Nullable SessionLog previous, Ladder ladder) {
		Prescription range = rung.range();
		List<SetLog> sets = latest.workingSets();
		int top = range.top();
		Dose current = new Dose(rung, currentSets(range, sets), top, null);
		if (previous != null && atTop(previous, range) && atTop(latest, range)) {
			return climb(ladder, current, previous, latest);
		}
		int lowest = Logged.lowest(sets, false);
		String did = "You did " + Words.session(latest, sets, false);
		if (lowest >= top) {
			String reason = did + ": the top of the range (" + top + ") once. Repeat " + current.describe()
					+ "; a second time and you move on.";
			return current.target(Rule.KEEP, reason, List.of(latest.sessionId()));
		}
		Dose dose = current.withAmount(lowest + 1);
		String reason = did + ", so aim for " + (lowest + 1) + " reps on every set (one more than your lowest set, "
				+ lowest + "), up to " + top + ".";
		return dose.target(Rule.ADD_REPS, reason, List.of(latest.sessionId()));
	}

	/**
	 * Timed holds: +5 s (+10 s from a minute on) once every set met the hold target,
	 * never above the top of the range, then the harder rung.
	 * @param holdTarget the hold the latest session aimed for
	 */
	Target holds(Rung rung, SessionLog latest, @Nullable SessionLog previous, Ladder ladder, int holdTarget) {
		Prescription range = rung.range();
		List<SetLog> sets = latest.workingSets();
		int top = range.top();
		Dose current = new Dose(rung, currentSets(range, sets), Math.min(top, holdTarget), Logged.loadOrNull(latest));
		if (previous != null && atTop(previous, range) && atTop(latest, range)) {
			return climb(ladder, current.withAmount(top), previous, latest);
		}
		String held = "You held " + Words.session(latest, sets, true);
		List<UUID> basedOn = List.of(latest.sessionId());
		if (!Logged.allAtLeast(sets, holdTarget, true)) {
			String reason = held + ", short of the " + holdTarget + " s target on "
					+ ((sets.size() == 1) ? "the set" : "a set") + ", so hold " + current.describe() + " again.";
			return current.target(Rule.KEEP, reason, basedOn);
		}
		if (holdTarget >= top) {
			String reason = held + ": the top of the range (" + top + " s) once. Repeat " + current.describe()
					+ "; a second time and you move on.";
			return current.target(Rule.KEEP, reason, basedOn);
		}
		int step = (holdTarget >= LONG_HOLD_SECONDS) ? 10 : 5;
		int longer = Math.min(top, holdTarget + step);
		Dose dose = current.withAmount(longer);
		String capped = (longer < holdTarget + step) ? " (the top of the range)" : "";
		String reason = held + ", meeting the " + holdTarget + " s target on every set, so hold " + step + " s longer: "
				+ dose.describe() + capped + ".";
		return dose.target(Rule.HOLD_LONGER, reason, basedOn);
	}

	/**
	 * Two sessions at the top: the harder rung at its bottom, else one more set, else
	 * keep.
	 */
	private Target climb(Ladder ladder, Dose current, SessionLog previous, SessionLog latest) {
		boolean timed = current.timed();
		Prescription range = current.rung().range();
		String unit = timed ? " s" : " reps";
		String both = Words.session(previous, previous.workingSets(), timed) + " and "
				+ Words.session(latest, latest.workingSets(), timed);
		String why = (timed ? "You held " : "You did ") + both + ": the top of the range (" + range.top() + unit
				+ ") on every set twice";
		List<UUID> basedOn = List.of(previous.sessionId(), latest.sessionId());
		if (ladder.harder().isPresent()) {
			Rung harder = ladder.harder().get();
			Dose dose = new Dose(harder, harder.range().sets(), harder.range().bottom(), null);
			String reason = why + ", so move on to the harder variation, " + harder.name() + ", at the bottom of its"
					+ " range: " + dose.describe() + ".";
			return dose.target(Rule.HARDER_VARIATION, reason, basedOn);
		}
		if (current.sets() < MAX_SETS) {
			Dose dose = new Dose(current.rung(), current.sets() + 1, range.top(), current.loadKg());
			String reason = why + ". There is no harder variation in the catalog, so add a set: " + dose.describe()
					+ ".";
			return dose.target(Rule.ADD_SET, reason, basedOn);
		}
		String reason = why + ". There is no harder variation in the catalog and " + MAX_SETS
				+ " sets is the most we add, so keep " + current.describe() + ".";
		return current.target(Rule.KEEP, reason, basedOn);
	}

	private static boolean atTop(SessionLog session, Prescription range) {
		return Logged.allAtLeast(session.workingSets(), range.top(), range.timed());
	}

	/** The sets of the latest session (per side), at least the range's sets. */
	private static int currentSets(Prescription range, List<SetLog> sets) {
		return Math.max(range.sets(), Logged.setsPerSide(sets));
	}

}
