package org.fitatlas.planning.internal;

/**
 * A main item's dose for one week: sets of reps (or a reps range) or of timed holds, and
 * the rest between sets.
 */
record Dose(int sets, Integer reps, Integer repsMax, Integer hold, int rest) {

	int seconds(boolean perSide) {
		return TimeModel.seconds(this.sets, this.reps, this.repsMax, this.hold, perSide, this.rest);
	}

	int volume() {
		return this.sets * ((this.hold != null) ? this.hold : (this.repsMax != null) ? this.repsMax : this.reps);
	}

}
