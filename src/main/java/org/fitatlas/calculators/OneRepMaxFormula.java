package org.fitatlas.calculators;

/**
 * The published equations that estimate a one-repetition maximum (1RM) from a weight
 * {@code w} lifted for {@code r} repetitions to failure.
 */
public enum OneRepMaxFormula {

	/** Epley (1985), Boyd Epley Workout poundage chart: w · (1 + r/30). */
	EPLEY("Epley", "Epley, B. (1985). Poundage chart. Boyd Epley Workout.") {
		@Override
		double raw(double w, int r) {
			return w * (1 + r / 30.0);
		}
	},

	/** Brzycki (1993), reps-to-fatigue: w · 36 / (37 − r). */
	BRZYCKI("Brzycki",
			"Brzycki, M. (1993). Strength testing: predicting a one-rep max from reps-to-fatigue. JOPERD 64(1).") {
		@Override
		double raw(double w, int r) {
			return w * 36 / (37 - r);
		}
	},

	/**
	 * Lander (1985), the equation some code calls "McGlothin": 100 · w / (101.3 − 2.67123
	 * · r).
	 */
	LANDER("Lander", "Lander, J. (1985). Maximums based on reps. NSCA Journal 6.") {
		@Override
		double raw(double w, int r) {
			return 100 * w / (101.3 - 2.67123 * r);
		}
	},

	/** Lombardi (1989): w · r^0.10. */
	LOMBARDI("Lombardi", "Lombardi, V. P. (1989). Beginning Weight Training. W. C. Brown.") {
		@Override
		double raw(double w, int r) {
			return w * Math.pow(r, 0.10);
		}
	},

	/** Mayhew et al. (1992): 100 · w / (52.2 + 41.9 · e^(−0.055 · r)). */
	MAYHEW("Mayhew et al.",
			"Mayhew, J. L., Ball, T. E., Arnold, M. D. & Bowen, J. C. (1992). Relative muscular endurance performance "
					+ "as a predictor of bench press strength in college men and women. J. Appl. Sport Sci. Res. 6.") {
		@Override
		double raw(double w, int r) {
			return 100 * w / (52.2 + 41.9 * Math.exp(-0.055 * r));
		}
	},

	/** O'Connor, Simmons and O'Shea (1989): w · (1 + 0.025 · r). */
	O_CONNER("O'Conner et al.", "O'Connor, B., Simmons, J. & O'Shea, P. (1989). Weight Training Today. West.") {
		@Override
		double raw(double w, int r) {
			return w * (1 + 0.025 * r);
		}
	},

	/** Wathen (1994), NSCA Essentials: 100 · w / (48.8 + 53.8 · e^(−0.075 · r)). */
	WATHEN("Wathen", "Wathen, D. (1994). Load assignment. In Baechle, T. R. (ed.), Essentials of Strength Training and "
			+ "Conditioning. Human Kinetics.") {
		@Override
		double raw(double w, int r) {
			return 100 * w / (48.8 + 53.8 * Math.exp(-0.075 * r));
		}
	};

	private final String label;

	private final String source;

	OneRepMaxFormula(String label, String source) {
		this.label = label;
		this.source = source;
	}

	/** The name the equation is known by, e.g. "Mayhew et al.". */
	public String label() {
		return this.label;
	}

	/** The publication the equation comes from. */
	public String source() {
		return this.source;
	}

	/**
	 * The estimated 1RM in the unit of {@code weight}. At one repetition the weight
	 * itself, since most equations return 1–9 % more than the weight there.
	 */
	public double estimate(double weight, int reps) {
		OneRepMax.WEIGHT.check(weight);
		OneRepMax.REPS.check(reps);
		return (reps == 1) ? weight : raw(weight, reps);
	}

	abstract double raw(double w, int r);

}
