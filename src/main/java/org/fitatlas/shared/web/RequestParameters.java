package org.fitatlas.shared.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.fitatlas.shared.InvalidParameter;
import org.jspecify.annotations.Nullable;

/**
 * Reads request parameters strictly: unknown parameters, repeated single values and
 * malformed numbers or booleans are rejected by name. Shared by every API and page.
 */
public final class RequestParameters {

	private RequestParameters() {
	}

	public static void rejectUnknown(Map<String, String[]> params, Set<String> allowed) {
		for (String name : params.keySet()) {
			if (!allowed.contains(name)) {
				throw InvalidParameter.of(name, "(unknown parameter)", allowed.isEmpty()
						? "no query parameters on this endpoint" : String.join(", ", new TreeSet<>(allowed)));
			}
		}
	}

	@Nullable public static String single(Map<String, String[]> params, String name) {
		String[] values = params.get(name);
		if (values == null || values.length == 0 || values[0].isBlank()) {
			return null;
		}
		if (values.length > 1) {
			throw InvalidParameter.of(name, String.join(",", values), "a single value");
		}
		return values[0].trim();
	}

	public static List<String> list(Map<String, String[]> params, String name) {
		String[] values = params.get(name);
		if (values == null) {
			return List.of();
		}
		return java.util.Arrays.stream(values)
			.flatMap((v) -> java.util.Arrays.stream(v.split(",")))
			.map(String::trim)
			.filter((v) -> !v.isEmpty())
			.distinct()
			.toList();
	}

	public static boolean bool(Map<String, String[]> params, String name) {
		String value = single(params, name);
		if (value == null) {
			return false;
		}
		return switch (value) {
			case "true" -> true;
			case "false" -> false;
			default -> throw InvalidParameter.of(name, value, "true, false");
		};
	}

	public static int integer(Map<String, String[]> params, String name, int fallback) {
		String value = single(params, name);
		if (value == null) {
			return fallback;
		}
		try {
			return Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			throw InvalidParameter.of(name, value, "a whole number");
		}
	}

}
