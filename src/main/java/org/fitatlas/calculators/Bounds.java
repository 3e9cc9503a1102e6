package org.fitatlas.calculators;

import java.math.BigDecimal;
import java.util.Objects;

import org.fitatlas.shared.InvalidParameter;

/**
 * The values a calculator input may take, kept beside its parameter name so that a
 * refusal names the parameter, the value and the allowed range the same way everywhere.
 */
public record Bounds(String parameter, double min, boolean minIncluded, double max, boolean wholeNumber, String unit) {

	public Bounds {
		Objects.requireNonNull(parameter, "parameter");
		Objects.requireNonNull(unit, "unit");
		if (!(min <= max)) {
			throw new IllegalArgumentException("min must be at most max, was " + min + " > " + max);
		}
	}

	/** A decimal from {@code min} (included or not) up to and including {@code max}. */
	public static Bounds decimal(String parameter, double min, boolean minIncluded, double max, String unit) {
		return new Bounds(parameter, min, minIncluded, max, false, unit);
	}

	/** A whole number from {@code min} to {@code max}, both included. */
	public static Bounds whole(String parameter, int min, int max) {
		return new Bounds(parameter, min, true, max, true, "");
	}

	/** Returns the value when it is allowed, else throws {@link InvalidParameter}. */
	public double check(double value) {
		boolean aboveMin = this.minIncluded ? value >= this.min : value > this.min;
		boolean whole = !this.wholeNumber || value == Math.rint(value);
		if (!Double.isFinite(value) || !aboveMin || value > this.max || !whole) {
			throw InvalidParameter.of(this.parameter, shown(value), allowed());
		}
		return value;
	}

	/** What is allowed, in words: "a whole number from 1 to 30". */
	public String allowed() {
		String suffix = this.unit.isEmpty() ? "" : " " + this.unit;
		if (this.wholeNumber) {
			return "a whole number from " + shown(this.min) + " to " + shown(this.max);
		}
		return this.minIncluded ? "a number from " + shown(this.min) + " to " + shown(this.max) + suffix
				: "a number greater than " + shown(this.min) + " and at most " + shown(this.max) + suffix;
	}

	static String shown(double value) {
		return Double.isFinite(value) ? BigDecimal.valueOf(value).stripTrailingZeros().toPlainString()
				: String.valueOf(value);
	}

}
