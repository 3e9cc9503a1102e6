package org.fitatlas.catalog.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.fitatlas.catalog.Exercise;
import org.fitatlas.catalog.ExerciseQuery;

/**
 * Decides whether an exercise matches a query, optionally ignoring one facet (to count
 * what choosing another value of that facet would give).
 */
public final class ExerciseFilter {

	public static final String BODY_PART = "bodyPart";

	public static final String MUSCLE = "muscle";

	public static final String EQUIPMENT = "equipment";

	public static final String LEVEL = "level";

	public static final String CATEGORY = "category";

	public static final String FORCE = "force";

	public static final String MECHANIC = "mechanic";

	public static final List<String> FACETS = List.of(BODY_PART, MUSCLE, EQUIPMENT, LEVEL, CATEGORY, FORCE, MECHANIC);

	private ExerciseFilter() {
	}

	public static boolean matches(Exercise e, ExerciseQuery q) {
		return matches(e, q, "");
	}

	public static boolean matches(Exercise e, ExerciseQuery q, String ignoredFacet) {
		return (ignoredFacet.equals(BODY_PART) || q.bodyPart() == null || q.bodyPart().equals(e.bodyPart()))
				&& (ignoredFacet.equals(MUSCLE) || q.muscle() == null || e.works(q.muscle(), q.targetOnly()))
				&& (ignoredFacet.equals(EQUIPMENT) || q.equipment().isEmpty() || needsOnly(e, q.equipment()))
				&& (ignoredFacet.equals(LEVEL) || q.level() == null || q.level().equals(e.level()))
				&& (ignoredFacet.equals(CATEGORY) || q.category() == null || q.category().equals(e.category()))
				&& (ignoredFacet.equals(FORCE) || q.force() == null || q.force().equals(e.force()))
				&& (ignoredFacet.equals(MECHANIC) || q.mechanic() == null || q.mechanic().equals(e.mechanic()));
	}

	/**
	 * Whether the exercise needs nothing beyond the equipment a person has. Body weight
	 * ({@code none}) and a mat are always available.
	 */
	public static boolean needsOnly(Exercise e, List<String> available) {
		Set<String> have = new HashSet<>(available);
		have.add("none");
		have.add("mat");
		return e.written("equipment") && have.containsAll(e.equipment());
	}

	/** The values an exercise has for a facet. */
	public static List<String> values(Exercise e, String facet, boolean targetOnly) {
		return switch (facet) {
			case BODY_PART -> List.of(e.bodyPart());
			case MUSCLE -> {
				if (targetOnly) {
					yield e.targetMuscles();
				}
				List<String> all = new java.util.ArrayList<>(e.targetMuscles());
				all.addAll(e.secondaryMuscles());
				yield all;
			}
			case EQUIPMENT -> e.equipment();
			case LEVEL -> List.of(e.level());
			case CATEGORY -> List.of(e.category());
			case FORCE -> e.written(FORCE) ? List.of(e.force()) : List.of();
			case MECHANIC -> e.written(MECHANIC) ? List.of(e.mechanic()) : List.of();
			default -> throw new IllegalArgumentException("unknown facet " + facet);
		};
	}

}
