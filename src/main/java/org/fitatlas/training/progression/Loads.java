package org.fitatlas.training.progression;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Load arithmetic in whole load steps: the increase after a success and the reduction on
 * a step back, as tidy kilogram values (scale at most 2, no trailing zeros).
 */
final class Loads {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private Loads() {
	}

	/**
	 * The largest multiple of the step not above {@code percent} of the load, but at
	 * least one step.
	 */
	static BigDecimal increase(BigDecimal load, BigDecimal step, int percent) {
		BigDecimal share = load.multiply(BigDecimal.valueOf(percent)).divide(HUNDRED);
		BigDecimal steps = share.divide(step, 0, RoundingMode.FLOOR).max(BigDecimal.ONE);
		return clean(steps.multiply(step));
	}

	/**
	 * The load less {@code percent}, rounded down to the step, at least one step less and
	 * never below one step.
	 */
	static BigDecimal stepBack(BigDecimal load, BigDecimal step, int percent) {
		BigDecimal reduced = load.multiply(BigDecimal.valueOf(100L - percent)).divide(HUNDRED);
		BigDecimal rounded = reduced.divide(step, 0, RoundingMode.FLOOR).multiply(step);
		BigDecimal atMost = load.subtract(step);
		BigDecimal result = rounded.min(atMost).max(step);
		return clean(result.min(load));
	}

	/** The increase as a whole percentage of the load. */
	static int percentOf(BigDecimal increase, BigDecimal load) {
		return increase.multiply(HUNDRED).divide(load, 0, RoundingMode.HALF_UP).intValue();
	}

	static BigDecimal clean(BigDecimal value) {
		BigDecimal scaled = (value.scale() > 2) ? value.setScale(2, RoundingMode.HALF_UP) : value;
		BigDecimal stripped = scaled.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

}
