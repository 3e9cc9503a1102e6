package org.fitatlas.catalog.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fitatlas.catalog.Contraindication;
import org.fitatlas.catalog.Dose;
import org.fitatlas.catalog.Effectiveness;
import org.fitatlas.catalog.Taxonomy;
import org.jspecify.annotations.Nullable;

/**
 * Typed access to front-matter values that records a problem, naming file and field, for
 * every value of the wrong shape instead of throwing.
 */
final class Fields {

	private static final Set<String> DOSE_KEYS = Set.of("sets", "reps", "repsMax", "holdSeconds", "holdSecondsMax",
			"restSeconds");

	private final String file;

	private final List<CatalogProblem> problems;

	Fields(String file, List<CatalogProblem> problems) {
		this.file = file;
		this.problems = problems;
	}

	void problem(String field, String message) {
		this.problems.add(new CatalogProblem(this.file, field, message));
	}

	@Nullable String requiredText(String field, @Nullable Object value) {
		if (value == null || (value instanceof String s && s.isBlank())) {
			problem(field, "missing");
			return null;
		}
		if (!(value instanceof String) && !(value instanceof Number)) {
			problem(field, "must be text, was " + describe(value));
			return null;
		}
		return String.valueOf(value).trim();
	}

	@Nullable String slug(String field, @Nullable Object value) {
		String slug = requiredText(field, value);
		if (slug != null && (!CatalogFileReader.SLUG.matcher(slug).matches() || slug.length() > 80)) {
			problem(field, "'" + slug + "' must be lower-case words joined by '-', at most 80 characters");
			return null;
		}
		return slug;
	}

	List<String> textList(String field, @Nullable Object value, int min) {
		if (value == null) {
			if (min > 0) {
				problem(field, "missing (at least " + min + ")");
			}
			return List.of();
		}
		if (!(value instanceof List<?> list)) {
			problem(field, "must be a list, was " + describe(value));
			return List.of();
		}
		List<String> result = new ArrayList<>();
		for (Object item : list) {
			if (item instanceof String s && !s.isBlank()) {
				result.add(s.trim());
			}
			else {
				problem(field, "every entry must be non-empty text, found " + describe(item));
			}
		}
		if (result.size() < min) {
			problem(field, "needs at least " + min + ", has " + result.size());
		}
		return result;
	}

	List<String> atLeast(String field, List<String> values, int min) {
		if (values.size() < min) {
			problem(field, "needs at least " + min + ", has " + values.size());
		}
		return values;
	}

	@Nullable String token(String field, @Nullable Object value, String table, Taxonomy taxonomy) {
		String token = requiredText(field, value);
		if (token != null && !taxonomy.contains(table, token)) {
			problem(field, "unknown token '" + token + "'; allowed: " + String.join(", ", taxonomy.tokens(table)));
			return null;
		}
		return token;
	}

	List<String> tokenList(String field, @Nullable Object value, int min, String table, Taxonomy taxonomy) {
		List<String> tokens = textList(field, value, min);
		Set<String> seen = new LinkedHashSet<>();
		for (String token : tokens) {
			if (!taxonomy.contains(table, token)) {
				problem(field, "unknown token '" + token + "'; allowed: " + String.join(", ", taxonomy.tokens(table)));
			}
			else if (!seen.add(token)) {
				problem(field, "'" + token + "' is listed twice");
			}
		}
		return List.copyOf(seen);
	}

	List<String> slugList(String field, @Nullable Object value) {
		List<String> slugs = textList(field, value, 0);
		for (String slug : slugs) {
			if (!CatalogFileReader.SLUG.matcher(slug).matches()) {
				problem(field, "'" + slug + "' is not a slug");
			}
		}
		return slugs;
	}

	@Nullable Dose dose(String field, @Nullable Object value) {
		if (value == null) {
			problem(field, "missing; give sets, reps or holdSeconds, and restSeconds");
			return null;
		}
		if (!(value instanceof Map<?, ?> map)) {
			problem(field, "must be a map like {sets: 3, reps: 10, restSeconds: 60}, was " + describe(value));
			return null;
		}
		for (Object key : map.keySet()) {
			if (!DOSE_KEYS.contains(String.valueOf(key))) {
				problem(field + "." + key, "unknown; allowed: " + String.join(", ", DOSE_KEYS));
			}
		}
		Integer sets = integer(field + ".sets", map.get("sets"), true);
		Integer reps = integer(field + ".reps", map.get("reps"), false);
		Integer repsMax = integer(field + ".repsMax", map.get("repsMax"), false);
		Integer hold = integer(field + ".holdSeconds", map.get("holdSeconds"), false);
		Integer holdMax = integer(field + ".holdSecondsMax", map.get("holdSecondsMax"), false);
		Integer rest = integer(field + ".restSeconds", map.get("restSeconds"), true);
		if (sets == null || rest == null) {
			return null;
		}
		try {
			return new Dose(sets, reps, repsMax, hold, holdMax, rest);
		}
		catch (IllegalArgumentException ex) {
			problem(field, ex.getMessage());
			return null;
		}
	}

	List<Contraindication> contraindications(String field, @Nullable Object value, Taxonomy taxonomy) {
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof List<?> list)) {
			problem(field, "must be a list of {condition, reason}, was " + describe(value));
			return List.of();
		}
		List<Contraindication> result = new ArrayList<>();
		for (Object item : list) {
			if (!(item instanceof Map<?, ?> map)) {
				problem(field, "every entry must be {condition, reason}, found " + describe(item));
				continue;
			}
			String condition = token(field + ".condition", map.get("condition"), Taxonomy.CONDITIONS, taxonomy);
			String reason = requiredText(field + ".reason", map.get("reason"));
			if (condition != null && reason != null) {
				result.add(new Contraindication(condition, reason));
			}
		}
		return result;
	}

	@Nullable Effectiveness effectiveness(String field, @Nullable Object value) {
		if (value == null) {
			return null;
		}
		if (!(value instanceof Map<?, ?> map)) {
			problem(field, "must be {measure, value, unit, source}, was " + describe(value));
			return null;
		}
		String measure = requiredText(field + ".measure", map.get("measure"));
		String unit = requiredText(field + ".unit", map.get("unit"));
		String source = requiredText(field + ".source", map.get("source"));
		Object number = map.get("value");
		if (!(number instanceof Number n)) {
			problem(field + ".value", "must be a number, was " + describe(number));
			return null;
		}
		if (measure == null || unit == null || source == null) {
			return null;
		}
		return new Effectiveness(measure, n.doubleValue(), unit, source);
	}

	@Nullable private Integer integer(String field, @Nullable Object value, boolean required) {
		if (value == null) {
			if (required) {
				problem(field, "missing");
			}
			return null;
		}
		if (value instanceof Integer i) {
			return i;
		}
		problem(field, "must be a whole number, was " + describe(value));
		return null;
	}

	private static String describe(@Nullable Object value) {
		if (value == null) {
			return "nothing";
		}
		return "'" + value + "' (" + value.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT) + ")";
	}

}
