package org.fitatlas.training.progression;

import org.jspecify.annotations.Nullable;

/**
 * A dose range: sets of reps (reps..repsMax) or of timed holds
 * (holdSeconds..holdSecondsMax), with rest between sets.
 */
public record Prescription(int sets, @Nullable Integer reps, @Nullable Integer repsMax, @Nullable Integer holdSeconds,
		@Nullable Integer holdSecondsMax, int restSeconds) {

	public Prescription {
		if (sets < 1 || sets > 10) {
			throw new IllegalArgumentException("sets must be 1..10, was " + sets);
		}
		if ((reps == null) == (holdSeconds == null)) {
			throw new IllegalArgumentException("a prescription has either reps or holdSeconds");
		}
	}

	public boolean timed() {
		return this.holdSeconds != null;
	}

	/**
	 * The top of the range: repsMax (or reps) for reps, holdSecondsMax (or holdSeconds)
	 * for holds.
	 */
	public int top() {
		if (timed()) {
			return (this.holdSecondsMax != null) ? this.holdSecondsMax : this.holdSeconds;
		}
		return (this.repsMax != null) ? this.repsMax : this.reps;
	}

	/** The bottom of the range. */
	public int bottom() {
		return timed() ? this.holdSeconds : this.reps;
	}

}
