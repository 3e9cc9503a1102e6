package org.fitatlas.calculators.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.fitatlas.calculators.Bounds;
import org.fitatlas.shared.InvalidParameter;
import org.jspecify.annotations.Nullable;

/**
 * The calculators page's query string, read leniently for a person: an empty field counts
 * as not given, and a bad value becomes a message beside its field (which field, what was
 * entered, what is allowed) instead of an error page.
 */
final class CalculatorForm {

	/** The words a person sees for each field. */
	private static final Map<String, String> LABELS = Map.of("weightKg", "Weight", "reps", "Repetitions", "oneRepMaxKg",
			"One-rep max", "targetKg", "Target weight", "barKg", "Bar weight", "plates", "Plates", "exercise",
			"Exercise", "met", "MET value", "bodyWeightKg", "Body weight", "minutes", "Minutes");

	private final Map<String, String[]> params;

	private final Map<String, String> errors = new LinkedHashMap<>();

	CalculatorForm(Map<String, String[]> query) {
		Map<String, String[]> given = new LinkedHashMap<>();
		query.forEach((name, values) -> {
			List<String> filled = java.util.Arrays.stream(values).filter((v) -> !v.isBlank()).toList();
			if (!filled.isEmpty()) {
				given.put(name, filled.toArray(String[]::new));
			}
		});
		this.params = given;
	}

	/**
	 * Whether the person filled in any of these fields, i.e. asked for that calculator.
	 */
	boolean asked(String... names) {
		for (String name : names) {
			if (this.params.containsKey(name)) {
				return true;
			}
		}
		return false;
	}

	/** The value as entered, for showing the form again. */
	public String value(String name) {
		String[] values = this.params.get(name);
		return (values == null) ? "" : String.join(",", values);
	}

	/**
	 * Whether a list field holds this number; an untouched field holds its defaults.
	 */
	public boolean holds(String name, String number, List<Double> defaults) {
		double wanted = Double.parseDouble(number);
		String[] values = this.params.get(name);
		if (values == null) {
			return defaults.contains(wanted);
		}
		return java.util.Arrays.stream(String.join(",", values).split(","))
			.anyMatch((v) -> v.trim().matches("\\d{1,6}(\\.\\d{1,6})?") && Double.parseDouble(v.trim()) == wanted);
	}

	/** A number as a person writes it: 1.25, 20, 116.7. */
	public String shown(double value) {
		return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

	public Map<String, String> errors() {
		return this.errors;
	}

	public @Nullable String error(String name) {
		return this.errors.get(name);
	}

	public boolean valid() {
		return this.errors.isEmpty();
	}

	@Nullable Double decimal(Bounds bounds) {
		return read(() -> CalculatorParameters.decimal(this.params, bounds));
	}

	@Nullable Double decimal(Bounds bounds, double fallback) {
		return read(() -> CalculatorParameters.decimal(this.params, bounds, fallback));
	}

	@Nullable List<Double> plates(List<Double> fallback) {
		return read(() -> CalculatorParameters.plates(this.params, fallback));
	}

	@Nullable String text(String name) {
		return read(() -> org.fitatlas.shared.web.RequestParameters.single(this.params, name));
	}

	/** Runs a calculation, turning a refused value into a message beside its field. */
	<T> @Nullable T read(Supplier<@Nullable T> reading) {
		try {
			return reading.get();
		}
		catch (InvalidParameter ex) {
			reject(ex);
			return null;
		}
	}

	void reject(InvalidParameter ex) {
		this.errors.putIfAbsent(ex.parameter(), message(ex));
	}

	static String message(InvalidParameter ex) {
		String label = LABELS.getOrDefault(ex.parameter(), "This field");
		String value = ex.value();
		String entered = (value.equals("(missing)") || value.equals("(empty)")) ? " is missing" : " cannot be " + value;
		return label + entered + ": enter " + ex.allowed() + ".";
	}

}
