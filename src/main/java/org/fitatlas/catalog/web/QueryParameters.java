package org.fitatlas.catalog.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.fitatlas.catalog.ExerciseQuery;
import org.fitatlas.catalog.InvalidQueryParameter;
import org.jspecify.annotations.Nullable;

/**
 * Turns atlas request parameters into an {@link ExerciseQuery}, rejecting unknown
 * parameters and malformed values by name. Shared by the API and the pages.
 */
final class QueryParameters {

	static final Set<String> ATLAS = Set.of("bodyPart", "muscle", "targetOnly", "equipment", "level", "category",
			"force", "mechanic", "page", "size", "sort");

	private QueryParameters() {
	}

	static ExerciseQuery parse(Map<String, String[]> params, int defaultSize) {
		rejectUnknown(params, ATLAS);
		return new ExerciseQuery(single(params, "bodyPart"), single(params, "muscle"), bool(params, "targetOnly"),
				list(params, "equipment"), single(params, "level"), single(params, "category"), single(params, "force"),
				single(params, "mechanic"), integer(params, "page", 0), integer(params, "size", defaultSize),
				(single(params, "sort") != null) ? single(params, "sort") : "name");
	}

	static void rejectUnknown(Map<String, String[]> params, Set<String> allowed) {
		for (String name : params.keySet()) {
			if (!allowed.contains(name)) {
				throw InvalidQueryParameter.of(name, "(unknown parameter)", allowed.isEmpty()
						? "no query parameters on this endpoint" : String.join(", ", new TreeSet<>(allowed)));
			}
		}
	}

	@Nullable static String single(Map<String, String[]> params, String name) {
		String[] values = params.get(name);
		if (values == null || values.length == 0 || values[0].isBlank()) {
			return null;
		}
		if (values.length > 1) {
			throw InvalidQueryParameter.of(name, String.join(",", values), "a single value");
		}
		return values[0].trim();
	}

	static List<String> list(Map<String, String[]> params, String name) {
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

	static boolean bool(Map<String, String[]> params, String name) {
		String value = single(params, name);
		if (value == null) {
			return false;
		}
		return switch (value) {
			case "true" -> true;
			case "false" -> false;
			default -> throw InvalidQueryParameter.of(name, value, "true, false");
		};
	}

	static int integer(Map<String, String[]> params, String name, int fallback) {
		String value = single(params, name);
		if (value == null) {
			return fallback;
		}
		try {
			return Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			throw InvalidQueryParameter.of(name, value, "a whole number");
		}
	}

}
