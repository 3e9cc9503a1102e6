package org.fitatlas.calculators;

import java.util.Objects;

/**
 * The energy an activity costs: kcal ≈ MET × body weight in kg × hours (Ainsworth et al.,
 * 2011 Compendium of Physical Activities). An estimate for an average adult; a person's
 * own cost can differ by a fifth or more.
 */
public record EnergyCost(double met, String metSource, double bodyWeightKg, double minutes, double kcal) {

	public static final Bounds MET = Bounds.decimal("met", 1, true, 25, "MET");

	public static final Bounds BODY_WEIGHT = Bounds.decimal("bodyWeightKg", 20, true, 400, "kg");

	public static final Bounds MINUTES = Bounds.decimal("minutes", 1, true, 600, "minutes");

	public EnergyCost {
		MET.check(met);
		Objects.requireNonNull(metSource, "metSource");
		BODY_WEIGHT.check(bodyWeightKg);
		MINUTES.check(minutes);
	}

	/** For a MET value the caller knows. */
	public static EnergyCost of(double met, double bodyWeightKg, double minutes) {
		return compute(met, "as given", bodyWeightKg, minutes);
	}

	/** For an activity of the Compendium. */
	public static EnergyCost of(MetActivity activity, double bodyWeightKg, double minutes) {
		return compute(activity.met(),
				"2011 Compendium of Physical Activities (Ainsworth et al.): " + activity.compendiumName(), bodyWeightKg,
				minutes);
	}

	private static EnergyCost compute(double met, String source, double bodyWeightKg, double minutes) {
		// The constructor refuses values out of range.
		return new EnergyCost(met, source, bodyWeightKg, minutes, met * bodyWeightKg * minutes / 60);
	}

}
