package org.fitatlas.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every token the catalog may use (body parts, muscles, equipment, conditions, …), each
 * with a display name and the words people use for it. Read from
 * {@code catalog/taxonomy.yml}.
 */
public record Taxonomy(Map<String, Map<String, Term>> tables) {

	public static final String BODY_PARTS = "bodyParts";

	public static final String MUSCLES = "muscles";

	public static final String EQUIPMENT = "equipment";

	public static final String CONDITIONS = "conditions";

	public static final String LEVELS = "levels";

	public static final String CATEGORIES = "categories";

	public static final String FORCES = "forces";

	public static final String MECHANICS = "mechanics";

	/**
	 * Movement patterns: squat, hinge, the pushes and pulls, the trunk's jobs, moving
	 * about.
	 */
	public static final String PATTERNS = "patterns";

	public static final String POSITIONS = "positions";

	public static final String SIDES = "sides";

	public static final String TRAITS = "traits";

	/** One token with its display name and synonyms. */
	public record Term(String token, String name, List<String> synonyms, String description) {

		public Term {
			synonyms = List.copyOf(synonyms);
		}

	}

	public Taxonomy {
		Map<String, Map<String, Term>> copy = new LinkedHashMap<>();
		tables.forEach(
				(table, terms) -> copy.put(table, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(terms))));
		tables = java.util.Collections.unmodifiableMap(copy);
	}

	public Set<String> tokens(String table) {
		return table(table).keySet();
	}

	public boolean contains(String table, String token) {
		return table(table).containsKey(token);
	}

	public String displayName(String table, String token) {
		Term term = table(table).get(token);
		return (term != null) ? term.name() : token;
	}

	public Map<String, Term> table(String table) {
		Map<String, Term> terms = this.tables.get(table);
		if (terms == null) {
			throw new IllegalArgumentException("no taxonomy table '" + table + "'; known: " + this.tables.keySet());
		}
		return terms;
	}

	/**
	 * Finds the token a person's word stands for: the token itself, its display name or a
	 * synonym, ignoring case, spaces versus hyphens and a plural 's'.
	 */
	public Optional<String> resolve(String table, String text) {
		String wanted = normalize(text);
		if (wanted.isEmpty()) {
			return Optional.empty();
		}
		for (Term term : table(table).values()) {
			if (normalize(term.token()).equals(wanted) || normalize(term.name()).equals(wanted)) {
				return Optional.of(term.token());
			}
		}
		for (Term term : table(table).values()) {
			for (String synonym : term.synonyms()) {
				if (normalize(synonym).equals(wanted)) {
					return Optional.of(term.token());
				}
			}
		}
		if (wanted.endsWith("s")) {
			return resolve(table, wanted.substring(0, wanted.length() - 1));
		}
		return Optional.empty();
	}

	private static String normalize(String text) {
		return text.toLowerCase(Locale.ROOT)
			.replace('-', ' ')
			.replaceAll("[^a-z0-9' ]", " ")
			.trim()
			.replaceAll("\\s+", " ");
	}

}
