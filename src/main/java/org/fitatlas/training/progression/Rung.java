package org.fitatlas.training.progression;

import java.math.BigDecimal;

/**
 * One exercise on a ladder of variations, with its dose range, whether it loads the lower
 * body (larger load steps) and the smallest load step the person can add on it.
 */
public record Rung(String slug, String name, Prescription range, boolean lowerBody, BigDecimal loadStepKg) {

	public Rung {
		if (loadStepKg.signum() <= 0) {
			throw new IllegalArgumentException("loadStepKg must be positive, was " + loadStepKg);
		}
	}

}
