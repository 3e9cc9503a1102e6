package org.fitatlas.calculators.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.fitatlas.calculators.Bounds;
import org.fitatlas.shared.InvalidParameter;
import org.fitatlas.shared.web.RequestParameters;
import org.jspecify.annotations.Nullable;

/**
 * Reads calculator inputs strictly: plain decimals only (no NaN, Infinity, exponents or
 * hexadecimal), each checked against its {@link Bounds}, so a refusal names the parameter
 * and the allowed range.
 */
final class CalculatorParameters {

	/** Digits with an optional fraction; enough for any weight, without NaN or 1e400. */
	private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d{1,15}(\\.\\d{1,15})?");

	private static final String PLATES = "plates";

	private CalculatorParameters() {
	}

	static double decimal(Map<String, String[]> params, Bounds bounds) {
		String value = RequestParameters.single(params, bounds.parameter());
		if (value == null) {
			String shown = params.containsKey(bounds.parameter()) ? "(empty)" : "(missing)";
			throw InvalidParameter.of(bounds.parameter(), shown, bounds.allowed());
		}
		return bounds.check(parse(bounds.parameter(), value, bounds.allowed()));
	}

	static double decimal(Map<String, String[]> params, Bounds bounds, double fallback) {
		return (present(params, bounds.parameter())) ? decimal(params, bounds) : fallback;
	}

	@Nullable static Double optionalDecimal(Map<String, String[]> params, Bounds bounds) {
		return (present(params, bounds.parameter())) ? decimal(params, bounds) : null;
	}

	static int whole(Map<String, String[]> params, Bounds bounds) {
		return (int) decimal(params, bounds);
	}

	/**
	 * Plate weights as a comma-separated list (or the parameter repeated); absent gives
	 * the fallback, an empty list or empty item is refused.
	 */
	static List<Double> plates(Map<String, String[]> params, List<Double> fallback) {
		String[] values = params.get(PLATES);
		if (values == null) {
			return fallback;
		}
		String allowed = "a comma-separated list of 1 to 20 plate weights in kg, e.g. 25,20,15,10,5,2.5,1.25";
		List<Double> plates = new ArrayList<>();
		for (String value : values) {
			for (String item : value.split(",", -1)) {
				if (item.isBlank()) {
					throw InvalidParameter.of(PLATES, String.join(",", values).isBlank() ? "(empty)" : value, allowed);
				}
				if (plates.size() == 20) {
					throw InvalidParameter.of(PLATES, String.join(",", values), allowed);
				}
				plates.add(parse(PLATES, item.trim(), allowed));
			}
		}
		return plates;
	}

	/** Whether the parameter was sent at all (sent empty counts, and is refused). */
	static boolean present(Map<String, String[]> params, String name) {
		return params.containsKey(name);
	}

	private static double parse(String parameter, String value, String allowed) {
		if (!DECIMAL.matcher(value).matches()) {
			throw InvalidParameter.of(parameter, value, allowed);
		}
		return Double.parseDouble(value);
	}

}
