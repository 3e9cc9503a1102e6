package org.fitatlas.planning.internal;

import org.fitatlas.catalog.Exercise;
import org.fitatlas.planning.Goal;
import org.fitatlas.planning.PlanRequest;

/**
 * Doses and their progression: the starting dose of each exercise for the goal and level,
 * the next week's step by gradualness, the deload weeks and the peak a session must leave
 * room for.
 */
final class DoseRules {

	private final PlanRequest request;

	private final DoseTable.Spec spec;

	DoseRules(PlanRequest request) {
		this.request = request;
		// An acute back takes the gentlest back programme's dose whatever the goal.
		this.spec = request.has("acute-low-back-pain") ? DoseTable.spec(Goal.BACK_HEALTH, "beginner")
				: DoseTable.spec(request.goal(), request.level());
	}

	DoseTable.Spec spec() {
		return this.spec;
	}

	/**
	 * Strength and plyometric work: the kind that needs 48 hours before the same muscles
	 * again.
	 */
	static boolean resistance(Exercise e) {
		return e.category().equals("strength") || e.category().equals("plyometrics");
	}

	/** Done a set per side, so a set takes twice the time. */
	static boolean perSide(Exercise e) {
		return e.sides().equals("each-side");
	}

	static boolean stretch(Exercise e) {
		return e.category().equals("stretching");
	}

	/** The first week's dose: the dose table for reps, scaled holds, or stretch holds. */
	Dose startDose(Exercise e) {
		if (stretch(e)) {
			int sets = (this.request.goal() == Goal.FLEXIBILITY) ? DoseTable.flexibilitySets(this.request.level()) : 2;
			return new Dose(sets, null, null, DoseTable.stretchStart(this.request.level()), 15);
		}
		if (e.defaultDose().timed()) {
			int hold = (int) Math.round(e.defaultDose().holdSeconds() * DoseTable.holdFactor(this.request.level()));
			return new Dose(this.spec.sets(), null, null, Math.max(5, Math.min(120, hold)),
					Math.max(30, this.spec.rest()));
		}
		int rest = e.mechanic().equals("compound") ? this.spec.rest() : this.spec.restIsolation();
		Integer repsMax = (this.spec.high() > this.spec.low()) ? this.spec.high() : null;
		return new Dose(this.spec.sets(), this.spec.low(), repsMax, null, rest);
	}

	private int repsCap(Exercise e) {
		boolean bodyWeightCoreWork = (this.request.goal() == Goal.CORE || this.request.goal() == Goal.BACK_HEALTH)
				&& !e.traits().contains("external-load");
		// The top of the table's range, except body-weight core and back work, which
		// builds to 30 (seeds 000, 002).
		return bodyWeightCoreWork ? 30 : this.spec.high();
	}

	private int holdCap(Exercise e, Dose start) {
		return stretch(e) ? DoseTable.stretchCap(this.request.level()) : Math.min(120, start.hold() * 2);
	}

	int maxSets(Exercise e) {
		return stretch(e) ? 4 : this.spec.sets() + 1;
	}

	/**
	 * The next week's dose by gradualness: reps (or hold), then a set; null when capped.
	 */
	Dose step(Exercise e, Dose dose, Dose start) {
		if (dose.hold() != null) {
			if (dose.hold() + 5 <= holdCap(e, start)) {
				return new Dose(dose.sets(), null, null, dose.hold() + 5, dose.rest(), dose.loadSteps());
			}
		}
		else {
			int cap = repsCap(e);
			if (dose.reps() + 2 <= cap) {
				int reps = dose.reps() + 2;
				int gap = this.spec.high() - this.spec.low();
				Integer repsMax = (gap > 0 && Math.min(cap, reps + gap) > reps) ? Math.min(cap, reps + gap) : null;
				return new Dose(dose.sets(), reps, repsMax, null, dose.rest(), dose.loadSteps());
			}
			if (LoadStep.loaded(e)) {
				// Double progression (ACSM 2009): at the top of the range, add the
				// smallest load step and start again at the bottom.
				return new Dose(dose.sets(), start.reps(), start.repsMax(), null, dose.rest(), dose.loadSteps() + 1);
			}
		}
		if (dose.sets() < maxSets(e)) {
			return new Dose(dose.sets() + 1, dose.reps(), dose.repsMax(), dose.hold(), dose.rest(), dose.loadSteps());
		}
		return null;
	}

	/** The most sets the item reaches over the plan's weeks. */
	int peakSets(Exercise e, Dose start) {
		Dose dose = start;
		int peak = start.sets();
		for (int week = 2; week <= this.request.weeks(); week++) {
			if (deload(week)) {
				continue;
			}
			Dose next = step(e, dose, start);
			if (next == null) {
				break;
			}
			dose = next;
			peak = Math.max(peak, dose.sets());
		}
		return peak;
	}

	int peakSeconds(Exercise e, Dose start) {
		Dose dose = start;
		int peak = start.seconds(perSide(e));
		for (int week = 2; week <= this.request.weeks(); week++) {
			if (deload(week)) {
				continue;
			}
			Dose next = step(e, dose, start);
			if (next == null) {
				break;
			}
			dose = next;
			peak = Math.max(peak, dose.seconds(perSide(e)));
		}
		return peak;
	}

	boolean deload(int week) {
		return !this.request.beginner() && week % 4 == 0;
	}

	/** A deload week's dose: one set fewer, or a shorter single set. */
	static Dose lighter(Dose dose) {
		if (dose.sets() > 1) {
			return new Dose(dose.sets() - 1, dose.reps(), dose.repsMax(), dose.hold(), dose.rest(), dose.loadSteps());
		}
		if (dose.hold() != null) {
			return new Dose(1, null, null, Math.max(5, dose.hold() - 5), dose.rest(), dose.loadSteps());
		}
		int reps = Math.max(1, dose.reps() - 2);
		return new Dose(1, reps, null, null, dose.rest(), dose.loadSteps());
	}

}
