package org.fitatlas.training.progression;

import java.math.BigDecimal;

/**
 * The engine's choices: the highest effort (RPE) at which a set still counts as a clean
 * success, the load increase as a share of the load (upper and lower body), and the load
 * reduction after failures or pain.
 */
public record Settings(BigDecimal targetRpe, int upperBodyPercent, int lowerBodyPercent, int stepBackPercent) {

	public Settings {
		if (targetRpe == null || targetRpe.compareTo(BigDecimal.ONE) < 0 || targetRpe.compareTo(BigDecimal.TEN) > 0) {
			throw new IllegalArgumentException("targetRpe must be 1..10, was " + targetRpe);
		}
		if (upperBodyPercent < 1 || upperBodyPercent > 50) {
			throw new IllegalArgumentException("upperBodyPercent must be 1..50, was " + upperBodyPercent);
		}
		if (lowerBodyPercent < 1 || lowerBodyPercent > 50) {
			throw new IllegalArgumentException("lowerBodyPercent must be 1..50, was " + lowerBodyPercent);
		}
		if (stepBackPercent < 1 || stepBackPercent > 50) {
			throw new IllegalArgumentException("stepBackPercent must be 1..50, was " + stepBackPercent);
		}
	}

	/**
	 * RPE 8 (two reps in reserve); +5 % upper body, +10 % lower body; −10 % on a step
	 * back.
	 */
	public static Settings defaults() {
		return new Settings(BigDecimal.valueOf(8), 5, 10, 10);
	}

}
