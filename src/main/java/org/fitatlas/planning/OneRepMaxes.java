package org.fitatlas.planning;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.fitatlas.catalog.Exercise;
import org.fitatlas.shared.InvalidParameter;

/**
 * What a one-rep max in a plan request may be: a number of kilograms for a lift that
 * takes a load on a kilogram scale, for at most {@link #MAX_ENTRIES} lifts.
 */
public final class OneRepMaxes {

	public static final double MIN_KG = 1;

	public static final double MAX_KG = 500;

	public static final int MAX_ENTRIES = 20;

	/** The main barbell lifts the wizard offers, where the catalog has them. */
	public static final List<String> MAIN_LIFTS = List.of("barbell-back-squat", "barbell-deadlift",
			"barbell-bench-press", "overhead-press", "barbell-front-squat", "barbell-romanian-deadlift", "barbell-row",
			"barbell-hip-thrust");

	private OneRepMaxes() {
	}

	/** Whether a value is a weight in kilograms a one-rep max can be. */
	public static boolean plausible(double kg) {
		return Double.isFinite(kg) && kg >= MIN_KG && kg <= MAX_KG;
	}

	/**
	 * The exercise a one-rep max is given for, if it exists and can take one; otherwise a
	 * problem naming {@code oneRepMaxes.{slug}}.
	 */
	public static Exercise lift(String slug, Function<String, Optional<Exercise>> find) {
		String field = "oneRepMaxes." + slug;
		Exercise exercise = find.apply(slug)
			.orElseThrow(() -> InvalidParameter.of(field, slug,
					"the address of an exercise in the atlas, like barbell-back-squat; "
							+ "there is no exercise with this address"));
		unsuitable(exercise).ifPresent((why) -> {
			throw InvalidParameter.of(field, slug, "a lift with an external load: " + why);
		});
		return exercise;
	}

	/** Checks every lift of a request's one-rep maxes, as {@link #lift} does. */
	public static void check(Map<String, Double> oneRepMaxes, Function<String, Optional<Exercise>> find) {
		oneRepMaxes.keySet().forEach((slug) -> lift(slug, find));
	}

	/**
	 * Why an exercise cannot take a one-rep max, in a sentence; empty when it can: only
	 * strength lifts done in reps with an external load weighed in kilograms (not body
	 * weight, a band, a hold or a stretch).
	 */
	public static Optional<String> unsuitable(Exercise e) {
		boolean resistance = e.category().equals("strength") || e.category().equals("plyometrics");
		if (!resistance || !e.traits().contains("external-load")) {
			return Optional.of("a one-rep max only applies to lifts with an external load (barbell, dumbbell, "
					+ "kettlebell, machine or cable); " + e.name() + " takes no added weight");
		}
		if (e.defaultDose().timed()) {
			return Optional.of("a one-rep max only applies to lifts done in repetitions; " + e.name() + " is a hold");
		}
		boolean kgScale = e.equipment()
			.stream()
			.anyMatch((k) -> List.of("barbell", "dumbbell", "kettlebell", "machine", "cable").contains(k));
		if (!kgScale) {
			return Optional
				.of("a one-rep max only applies to loads weighed in kilograms; " + e.name() + " is loaded with a band");
		}
		return Optional.empty();
	}

}
