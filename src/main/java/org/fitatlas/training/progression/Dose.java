package org.fitatlas.training.progression;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A dose on one rung, before it becomes a target: sets of reps or of a hold, and the load
 * (null for body weight).
 */
record Dose(Rung rung, int sets, int amount, @Nullable BigDecimal loadKg) {

	boolean timed() {
		return this.rung.range().timed();
	}

	Dose withAmount(int newAmount) {
		return new Dose(this.rung, this.sets, newAmount, this.loadKg);
	}

	Dose withLoad(@Nullable BigDecimal newLoad) {
		return new Dose(this.rung, this.sets, this.amount, newLoad);
	}

	Target target(Rule rule, String reason, List<UUID> basedOn) {
		Prescription range = this.rung.range();
		Integer reps = timed() ? null : this.amount;
		Integer repsMax = timed() ? null : Math.max(this.amount, range.top());
		Integer hold = timed() ? this.amount : null;
		BigDecimal load = (this.loadKg != null) ? Loads.clean(this.loadKg) : null;
		return new Target(this.rung.slug(), this.rung.name(), this.sets, reps, repsMax, load, hold, range.restSeconds(),
				rule, reason, basedOn);
	}

	/** "3 × 8 reps at 18 kg", "4 × 30 s holds". */
	String describe() {
		String unit = timed() ? " s holds" : ((this.amount == 1) ? " rep" : " reps");
		String load = (this.loadKg != null) ? " at " + Words.kg(this.loadKg) : "";
		return this.sets + " × " + this.amount + unit + load;
	}

}
