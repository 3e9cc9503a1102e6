package org.fitatlas.training.progression;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One logged set as the progression engine reads it: reps or a hold, the load, how hard
 * it felt (RPE or reps in reserve) and pain during the set (0–10).
 */
public record SetLog(SetKind kind, @Nullable Integer reps, @Nullable BigDecimal loadKg, @Nullable Integer holdSeconds,
		Side side, @Nullable BigDecimal rpe, @Nullable Integer rir, @Nullable Integer pain) {

	public SetLog {
		if (reps == null && holdSeconds == null) {
			throw new IllegalArgumentException("a set has reps or holdSeconds");
		}
	}

	/**
	 * The effort as RPE: the logged RPE, or 10 minus the reps in reserve (Zourdos et al.
	 * 2016), or empty when neither was logged.
	 */
	public java.util.Optional<BigDecimal> effort() {
		if (this.rpe != null) {
			return java.util.Optional.of(this.rpe);
		}
		if (this.rir != null) {
			return java.util.Optional.of(BigDecimal.valueOf(Math.max(1, 10 - this.rir)));
		}
		return java.util.Optional.empty();
	}

	public boolean working() {
		return this.kind == SetKind.WORKING;
	}

}
