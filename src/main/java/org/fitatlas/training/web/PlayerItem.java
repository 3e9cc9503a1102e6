package org.fitatlas.training.web;

import java.math.BigDecimal;
import java.util.List;

import org.fitatlas.catalog.ExerciseRef;
import org.fitatlas.training.LoggedSet;
import org.fitatlas.training.NextTarget;
import org.jspecify.annotations.Nullable;

/**
 * One exercise in the session player: what it is, how to do it, today's target and why,
 * the values the log form starts with, the sets already logged, and what it can be
 * swapped for.
 */
public record PlayerItem(int index, String slug, String name, String block, boolean timed, boolean eachSide,
		boolean loaded, List<String> cues, String planned, @Nullable NextTarget target, int sets,
		@Nullable Integer reps, @Nullable BigDecimal loadKg, @Nullable Integer holdSeconds, int restSeconds,
		List<LoggedSet> logged, List<ExerciseRef> swaps) {

	/** "3 × 8–12 at 40 kg", "2 × 30 s each side": the target as a person reads it. */
	public String targetText() {
		String amount = this.timed ? this.holdSeconds + " s" : String.valueOf(this.reps);
		if (!this.timed && this.target != null && this.target.next().repsMax() != null
				&& !this.target.next().repsMax().equals(this.reps)) {
			amount = this.reps + "–" + this.target.next().repsMax();
		}
		String load = (this.loadKg != null) ? " at " + this.loadKg.toPlainString() + " kg" : "";
		return this.sets + " × " + amount + (this.eachSide ? " each side" : "") + load;
	}

	public boolean done() {
		long working = this.logged.stream().filter((s) -> "working".equals(s.setType())).count();
		return working >= (long) this.sets * (this.eachSide ? 2 : 1);
	}

}
