package org.fitatlas.training;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.fitatlas.shared.InvalidParameter;
import org.fitatlas.training.progression.SetKind;
import org.fitatlas.training.progression.Side;
import org.jspecify.annotations.Nullable;

/**
 * Logging a set: reps or a hold (or both), with optional load, side, effort (RPE in half
 * steps or reps in reserve), pain during the set (0–10) and a note. {@code exercise} is
 * an atlas slug; only imports may leave it empty and keep the name they brought.
 */
public record NewSet(@Nullable UUID id, @Nullable String exercise, @Nullable String exerciseName, String setType,
		@Nullable Integer reps, @Nullable BigDecimal loadKg, @Nullable Integer holdSeconds, String side,
		@Nullable BigDecimal rpe, @Nullable Integer rir, @Nullable Integer pain, @Nullable String note,
		@Nullable OffsetDateTime completedAt) {

	public static final int MAX_NOTE = 500;

	public static final BigDecimal MAX_LOAD = BigDecimal.valueOf(2000);

	public NewSet {
		if (exercise == null && (exerciseName == null || exerciseName.isBlank())) {
			throw InvalidParameter.of("exercise", "(missing)", "the slug of an exercise of the atlas, like bird-dog");
		}
		if (SetKind.of(setType).isEmpty()) {
			throw InvalidParameter.of("setType", setType, SetKind.allowed());
		}
		if (Side.of(side).isEmpty()) {
			throw InvalidParameter.of("side", side, Side.allowed());
		}
		if (reps == null && holdSeconds == null) {
			throw InvalidParameter.of("reps", "(missing)", "reps or holdSeconds (or both) are required");
		}
		if (reps != null && (reps < 0 || reps > 1000)) {
			throw InvalidParameter.of("reps", String.valueOf(reps), "a whole number 0..1000");
		}
		if (holdSeconds != null && (holdSeconds < 1 || holdSeconds > 86400)) {
			throw InvalidParameter.of("holdSeconds", String.valueOf(holdSeconds), "a whole number 1..86400");
		}
		if (loadKg != null
				&& (loadKg.signum() < 0 || loadKg.compareTo(MAX_LOAD) > 0 || loadKg.stripTrailingZeros().scale() > 2)) {
			throw InvalidParameter.of("loadKg", loadKg.toPlainString(), "a number 0..2000 with at most 2 decimals");
		}
		if (rpe != null && (rpe.compareTo(BigDecimal.ONE) < 0 || rpe.compareTo(BigDecimal.TEN) > 0
				|| rpe.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() > 0)) {
			throw InvalidParameter.of("rpe", rpe.toPlainString(), "1..10 in half steps, like 7 or 8.5");
		}
		if (rir != null && (rir < 0 || rir > 10)) {
			throw InvalidParameter.of("rir", String.valueOf(rir), "a whole number 0..10");
		}
		if (pain != null && (pain < 0 || pain > 10)) {
			throw InvalidParameter.of("pain", String.valueOf(pain), "a whole number 0..10 (0 no pain, 10 the worst)");
		}
		if (note != null && note.length() > MAX_NOTE) {
			throw InvalidParameter.of("note", note, "at most " + MAX_NOTE + " characters, was " + note.length());
		}
	}

}
