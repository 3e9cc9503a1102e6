package org.fitatlas.training;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.fitatlas.training.ExerciseHistory.ExerciseName;
import org.jspecify.annotations.Nullable;

/**
 * The answer to "what next for this exercise?": the exercise asked about, the next target
 * (possibly a harder or easier variation), the rule that decided it with its source, a
 * reason that names what was logged, and the sessions it read.
 */
public record NextTarget(ExerciseName exercise, Next next, String rule, String source, String reason,
		List<UUID> basedOn) {

	public NextTarget {
		basedOn = List.copyOf(basedOn);
	}

	/** The target itself. */
	public record Next(ExerciseName exercise, int sets, @Nullable Integer reps, @Nullable Integer repsMax,
			@Nullable BigDecimal loadKg, @Nullable Integer holdSeconds, int restSeconds) {
	}

}
