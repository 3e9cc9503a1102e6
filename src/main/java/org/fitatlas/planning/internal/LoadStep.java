package org.fitatlas.planning.internal;

import java.math.BigDecimal;
import java.util.Optional;

import org.fitatlas.catalog.Exercise;

/**
 * The smallest load a person can usually add, as the training log's progression engine
 * uses it: 2.5 kg on a barbell (two 1.25 kg plates), a machine or a cable stack, 4 kg
 * between kettlebells, 0.5 kg otherwise (small dumbbell steps, ankle weights); a band
 * goes up by one band strength, which has no kilogram figure.
 */
final class LoadStep {

	private LoadStep() {
	}

	/**
	 * Whether the item gets heavier by adding load once it reaches the top of its range.
	 */
	static boolean loaded(Exercise e) {
		return DoseRules.resistance(e) && e.traits().contains("external-load") && !e.defaultDose().timed();
	}

	static boolean band(Exercise e) {
		return e.equipment().contains("band") && !kgStep(e).isPresent();
	}

	/** The step in kilograms, or empty for a band. */
	static Optional<BigDecimal> kgStep(Exercise e) {
		if (e.equipment().contains("barbell") || e.equipment().contains("machine") || e.equipment().contains("cable")) {
			return Optional.of(new BigDecimal("2.5"));
		}
		if (e.equipment().contains("kettlebell")) {
			return Optional.of(BigDecimal.valueOf(4));
		}
		if (e.equipment().contains("band")) {
			return Optional.empty();
		}
		return Optional.of(new BigDecimal("0.5"));
	}

	/** "2.5 kg" or "a stronger band": what one step adds. */
	static String oneStep(Exercise e) {
		return kgStep(e).map((kg) -> kg.stripTrailingZeros().toPlainString() + " kg").orElse("a stronger band");
	}

	/**
	 * What {@code steps} steps add up to since week 1: "+5 kg" or "two bands stronger".
	 */
	static String total(Exercise e, int steps) {
		return kgStep(e)
			.map((kg) -> "+" + kg.multiply(BigDecimal.valueOf(steps)).stripTrailingZeros().toPlainString()
					+ " kg on your week-1 weight")
			.orElse((steps == 1) ? "one band stronger than in week 1" : steps + " bands stronger than in week 1");
	}

}
