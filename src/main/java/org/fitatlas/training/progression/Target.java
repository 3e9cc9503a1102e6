package org.fitatlas.training.progression;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What to do next time: the exercise (the same one, or a harder or easier variation), the
 * sets, reps or hold, load and rest, the rule that decided it, a reason a person
 * understands that names what was logged, and the sessions it was based on.
 */
public record Target(String slug, String name, int sets, @Nullable Integer reps, @Nullable Integer repsMax,
		@Nullable BigDecimal loadKg, @Nullable Integer holdSeconds, int restSeconds, Rule rule, String reason,
		List<UUID> basedOn) {

	public Target {
		basedOn = List.copyOf(basedOn);
	}

}
