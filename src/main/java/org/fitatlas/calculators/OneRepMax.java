package org.fitatlas.calculators;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The one-repetition maximum estimated by every {@link OneRepMaxFormula} from a weight
 * lifted {@code reps} times to failure, with their average.
 */
public record OneRepMax(double weightKg, int reps, List<Estimate> estimates) {

	public static final Bounds WEIGHT = Bounds.decimal("weightKg", 0, false, 1000, "kg");

	/**
	 * Above 30 repetitions the equations run towards their poles (Brzycki divides by 37 −
	 * r) and say nothing useful.
	 */
	public static final Bounds REPS = Bounds.whole("reps", 1, 30);

	/**
	 * Whisenant et al. (2003): the equations hold up to ten repetitions, fewer being
	 * better.
	 */
	public static final int RELIABLE_REPS = 10;

	public OneRepMax {
		WEIGHT.check(weightKg);
		REPS.check(reps);
		estimates = List.copyOf(estimates);
	}

	/** One estimate per formula, in the order of {@link OneRepMaxFormula}. */
	public static OneRepMax of(double weightKg, int reps) {
		List<Estimate> estimates = Arrays.stream(OneRepMaxFormula.values())
			.map((f) -> new Estimate(f, f.estimate(weightKg, reps)))
			.toList();
		return new OneRepMax(weightKg, reps, estimates);
	}

	public double averageKg() {
		return this.estimates.stream().mapToDouble(Estimate::oneRepMaxKg).average().orElseThrow();
	}

	/** Why the estimates should be taken with care, when they should. */
	public Optional<String> warning() {
		if (this.reps <= RELIABLE_REPS) {
			return Optional.empty();
		}
		return Optional.of("Estimates from " + this.reps + " repetitions are rough: the equations are reliable only "
				+ "up to 10 repetitions, and the fewer the better (Whisenant et al., 2003, Journal of Strength and "
				+ "Conditioning Research). For a better estimate, test a weight you can lift 3 to 10 times.");
	}

	/** One formula's estimate, unrounded. */
	public record Estimate(OneRepMaxFormula formula, double oneRepMaxKg) {

		public Estimate {
			java.util.Objects.requireNonNull(formula, "formula");
			if (!(oneRepMaxKg > 0) || !Double.isFinite(oneRepMaxKg)) {
				throw new IllegalArgumentException("oneRepMaxKg must be a positive number, was " + oneRepMaxKg);
			}
		}

	}

}
