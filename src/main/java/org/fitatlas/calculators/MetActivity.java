package org.fitatlas.calculators;

import org.fitatlas.catalog.Exercise;

/**
 * The activities of the 2011 Compendium of Physical Activities (Ainsworth et al.,
 * Medicine and Science in Sports and Exercise 43(8)) that stand for the atlas's
 * exercises, with their MET values: the energy an activity costs as a multiple of sitting
 * quietly.
 */
public enum MetActivity {

	/** Strength work with weights, bands or a machine stack. */
	WEIGHT_TRAINING(3.5, "resistance (weight) training, multiple exercises, 8-15 repetitions at varied resistance"),

	/**
	 * Body-weight strength work that rounds the spine again and again (sit-ups,
	 * crunches).
	 */
	CALISTHENICS_LIGHT(2.8, "calisthenics (e.g. sit-ups, abdominal crunches), light effort"),

	/** Other body-weight strength work (push-ups, lunges, planks). */
	CALISTHENICS_MODERATE(3.8, "calisthenics (e.g. push-ups, lunges), moderate effort"),

	/** Cardio and plyometrics: jumping and continuous whole-body work. */
	CALISTHENICS_VIGOROUS(8.0, "calisthenics (e.g. push-ups, sit-ups, jumping jacks), vigorous effort"),

	/** Stretching. */
	STRETCHING(2.3, "stretching, mild"),

	/** Mobility: slow joint movement, nearest to Hatha yoga. */
	HATHA_YOGA(2.5, "yoga, Hatha"),

	/** Balance: nearest to exercise-ball work. */
	EXERCISE_BALL(2.8, "exercise ball");

	private final double met;

	private final String compendiumName;

	MetActivity(double met, String compendiumName) {
		this.met = met;
		this.compendiumName = compendiumName;
	}

	public double met() {
		return this.met;
	}

	/** The activity as the Compendium names it. */
	public String compendiumName() {
		return this.compendiumName;
	}

	/**
	 * The activity an exercise counts as, from its catalog category and, for strength,
	 * its traits. A category the table does not know yet counts as moderate calisthenics.
	 */
	public static MetActivity forExercise(Exercise exercise) {
		return switch (exercise.category()) {
			case "strength" -> exercise.traits().contains("external-load") ? WEIGHT_TRAINING
					: exercise.traits().contains("repeated-spinal-flexion") ? CALISTHENICS_LIGHT
							: CALISTHENICS_MODERATE;
			case "cardio", "plyometrics" -> CALISTHENICS_VIGOROUS;
			case "stretching" -> STRETCHING;
			case "mobility" -> HATHA_YOGA;
			case "balance" -> EXERCISE_BALL;
			default -> CALISTHENICS_MODERATE;
		};
	}

}
