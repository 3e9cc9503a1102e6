package org.fitatlas.training;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.fitatlas.shared.InvalidParameter;
import org.fitatlas.training.progression.MorningCheck;
import org.jspecify.annotations.Nullable;

/**
 * How the pain was the morning after a session: 0–10 and better, same or worse than
 * before it. Feeds the progression engine (pain-monitoring model).
 */
public record PainCheck(UUID sessionId, int morningPain, String comparedToBefore, @Nullable OffsetDateTime checkedAt) {

	public PainCheck {
		if (morningPain < 0 || morningPain > 10) {
			throw InvalidParameter.of("morningPain", String.valueOf(morningPain), "a whole number 0..10");
		}
		if (MorningCheck.Comparison.of(comparedToBefore).isEmpty()) {
			throw InvalidParameter.of("comparedToBefore", comparedToBefore, "better, same, worse");
		}
	}

	public MorningCheck asMorningCheck() {
		return new MorningCheck(this.morningPain, MorningCheck.Comparison.of(this.comparedToBefore).orElseThrow());
	}

}
