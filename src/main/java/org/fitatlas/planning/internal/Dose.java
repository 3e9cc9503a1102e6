package org.fitatlas.planning.internal;

/**
 * A main item's dose for one week: sets of reps (or a reps range) or of timed holds, the
 * rest between sets, and how many load steps have been added since week 1.
 */
record Dose(int sets, Integer reps, Integer repsMax, Integer hold, int rest, int loadSteps) {

	Dose {
		if (loadSteps < 0) {
			throw new IllegalArgumentException("loadSteps must be 0 or more, was " + loadSteps);
		}
	}

	Dose(int sets, Integer reps, Integer repsMax, Integer hold, int rest) {
		this(sets, reps, repsMax, hold, rest, 0);
	}

	int seconds(boolean perSide) {
		return TimeModel.seconds(this.sets, this.reps, this.repsMax, this.hold, perSide, this.rest);
	}

	int volume() {
		return this.sets * ((this.hold != null) ? this.hold : (this.repsMax != null) ? this.repsMax : this.reps);
	}

}
