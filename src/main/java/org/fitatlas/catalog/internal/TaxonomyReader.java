package org.fitatlas.catalog.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fitatlas.catalog.Taxonomy;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads {@code taxonomy.yml}: tables of tokens, each with a name, synonyms and an
 * optional description.
 */
public final class TaxonomyReader {

	private TaxonomyReader() {
	}

	@SuppressWarnings("unchecked")
	public static Taxonomy read(String yamlText) {
		Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yamlText);
		if (!(root instanceof Map<?, ?> tables)) {
			throw new IllegalArgumentException("taxonomy.yml: expected a map of tables");
		}
		Map<String, Map<String, Taxonomy.Term>> result = new LinkedHashMap<>();
		tables.forEach((tableName, entries) -> {
			if (!(entries instanceof Map<?, ?> terms)) {
				throw new IllegalArgumentException("taxonomy.yml: table " + tableName + " must be a map of tokens");
			}
			Map<String, Taxonomy.Term> table = new LinkedHashMap<>();
			terms.forEach((token, value) -> {
				if (!(value instanceof Map<?, ?> fields) || !(fields.get("name") instanceof String name)) {
					throw new IllegalArgumentException("taxonomy.yml: " + tableName + "." + token + " needs a name");
				}
				Object synonyms = fields.get("synonyms");
				List<String> words = (synonyms instanceof List<?> list) ? list.stream().map(String::valueOf).toList()
						: List.of();
				Object description = fields.get("description");
				table.put(String.valueOf(token), new Taxonomy.Term(String.valueOf(token), name, words,
						(description != null) ? String.valueOf(description) : ""));
			});
			result.put(String.valueOf(tableName), table);
		});
		for (String required : List.of(Taxonomy.BODY_PARTS, Taxonomy.MUSCLES, Taxonomy.EQUIPMENT, Taxonomy.CONDITIONS,
				Taxonomy.LEVELS, Taxonomy.CATEGORIES, Taxonomy.FORCES, Taxonomy.MECHANICS, Taxonomy.PATTERNS,
				Taxonomy.POSITIONS, Taxonomy.SIDES, Taxonomy.TRAITS)) {
			if (!result.containsKey(required)) {
				throw new IllegalArgumentException("taxonomy.yml: missing table " + required);
			}
		}
		return new Taxonomy(result);
	}

}
