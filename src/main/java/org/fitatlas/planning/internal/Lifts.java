package org.fitatlas.planning.internal;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.fitatlas.catalog.Exercise;

/**
 * When two exercises are the same lift, so a session never holds both: the same movement
 * with other equipment (barbell and dumbbell Romanian deadlifts, a lat pulldown on a
 * machine or with a band), or two rungs of one ladder (knee push-up and push-up).
 */
final class Lifts {

	/** Words of a slug that name the equipment or the load, not the movement. */
	private static final Set<String> EQUIPMENT_WORDS = Set.of("barbell", "dumbbell", "kettlebell", "cable", "band",
			"banded", "smith", "machine", "weighted", "bodyweight");

	private Lifts() {
	}

	/**
	 * The movement a slug names once equipment words are taken out:
	 * {@code barbell-romanian-deadlift} and {@code dumbbell-romanian-deadlift} are both
	 * {@code romanian-deadlift}.
	 */
	static String lift(Exercise e) {
		String lift = Arrays.stream(e.slug().split("-"))
			.filter((word) -> !EQUIPMENT_WORDS.contains(word))
			.collect(Collectors.joining("-"));
		return lift.isEmpty() ? e.slug() : lift;
	}

	static boolean same(Exercise a, Exercise b) {
		return a.slug().equals(b.slug()) || lift(a).equals(lift(b)) || a.easier().contains(b.slug())
				|| a.harder().contains(b.slug()) || b.easier().contains(a.slug()) || b.harder().contains(a.slug());
	}

}
