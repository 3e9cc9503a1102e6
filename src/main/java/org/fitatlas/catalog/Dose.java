package org.fitatlas.catalog;

import org.jspecify.annotations.Nullable;

/**
 * How much of an exercise to do: sets of either repetitions or timed holds, with rest
 * between.
 */
public record Dose(int sets, @Nullable Integer reps, @Nullable Integer repsMax, @Nullable Integer holdSeconds,
		@Nullable Integer holdSecondsMax, int restSeconds) {

	public Dose {
		if (sets < 1 || sets > 10) {
			throw new IllegalArgumentException("sets must be 1..10, was " + sets);
		}
		if ((reps == null) == (holdSeconds == null)) {
			throw new IllegalArgumentException("a dose has either reps or holdSeconds, not both or neither");
		}
		if (reps != null && (reps < 1 || reps > 100)) {
			throw new IllegalArgumentException("reps must be 1..100, was " + reps);
		}
		if (repsMax != null && (reps == null || repsMax < reps || repsMax > 100)) {
			throw new IllegalArgumentException("repsMax must be reps..100, was " + repsMax);
		}
		if (holdSeconds != null && (holdSeconds < 1 || holdSeconds > 3600)) {
			throw new IllegalArgumentException("holdSeconds must be 1..3600, was " + holdSeconds);
		}
		if (holdSecondsMax != null && (holdSeconds == null || holdSecondsMax < holdSeconds || holdSecondsMax > 3600)) {
			throw new IllegalArgumentException("holdSecondsMax must be holdSeconds..3600, was " + holdSecondsMax);
		}
		if (restSeconds < 0 || restSeconds > 600) {
			throw new IllegalArgumentException("restSeconds must be 0..600, was " + restSeconds);
		}
	}

	public boolean timed() {
		return this.holdSeconds != null;
	}

	/** A short human form: "3 × 10–12, rest 60 s" or "2 × 20–30 s hold, rest 15 s". */
	public String describe() {
		String amount = timed() ? range(this.holdSeconds, this.holdSecondsMax) + " s hold"
				: range(this.reps, this.repsMax) + " reps";
		return this.sets + " × " + amount + ", rest " + this.restSeconds + " s";
	}

	private static String range(@Nullable Integer low, @Nullable Integer high) {
		return (high == null || high.equals(low)) ? String.valueOf(low) : low + "–" + high;
	}

}
