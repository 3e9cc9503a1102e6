package org.fitatlas.imports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fitatlas.catalog.Taxonomy;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A foreign dataset's words mapped to our taxonomy tokens, read from a documented
 * resource file ({@code imports/<dataset>.yml}). A word mapped to nothing means "cannot
 * be placed: store the field as missing"; a word not listed is an unknown token.
 */
public record DatasetMapping(String origin, String source, String license, Map<String, Map<String, String>> tables) {

	/** The tables every mapping file has, and the taxonomy table each maps into. */
	static final Map<String, String> TARGETS = Map.of("force", Taxonomy.FORCES, "level", Taxonomy.LEVELS, "mechanic",
			Taxonomy.MECHANICS, "equipment", Taxonomy.EQUIPMENT, "category", Taxonomy.CATEGORIES, "muscles",
			Taxonomy.MUSCLES, "bodyPart", Taxonomy.BODY_PARTS);

	/**
	 * Reads {@code imports/<name>.yml} from the classpath and checks it against the
	 * taxonomy.
	 */
	public static DatasetMapping load(String name, Taxonomy taxonomy) {
		String resource = "imports/" + name + ".yml";
		try (InputStream in = DatasetMapping.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("No mapping " + resource + " on the classpath");
			}
			Map<String, Object> yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
			@SuppressWarnings("unchecked")
			Map<String, Object> dataset = (Map<String, Object>) yaml.get("dataset");
			Map<String, Map<String, String>> tables = new LinkedHashMap<>();
			TARGETS.forEach((table, taxonomyTable) -> {
				Object value = yaml.get(table);
				if (!(value instanceof Map<?, ?> map)) {
					throw new IllegalStateException(resource + ": table '" + table + "' is missing");
				}
				Map<String, String> words = new LinkedHashMap<>();
				map.forEach((word, token) -> {
					if (token != null && !taxonomy.contains(taxonomyTable, String.valueOf(token))) {
						throw new IllegalStateException(resource + ": " + table + "." + word + " maps to '" + token
								+ "', not a " + taxonomyTable + " token");
					}
					words.put(String.valueOf(word), (token != null) ? String.valueOf(token) : null);
				});
				tables.put(table, words);
			});
			return new DatasetMapping(String.valueOf(dataset.get("origin")), String.valueOf(dataset.get("source")),
					String.valueOf(dataset.get("license")), tables);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + resource, ex);
		}
	}

	/**
	 * The token for a word: present when mapped, empty when mapped to nothing (missing).
	 * @throws UnknownWord when the word is not in the table
	 */
	Optional<String> map(String table, String word) {
		Map<String, String> words = this.tables.get(table);
		if (!words.containsKey(word)) {
			throw new UnknownWord(table, word, List.copyOf(words.keySet()));
		}
		return Optional.ofNullable(words.get(word));
	}

	/** A word the mapping file does not list. */
	static final class UnknownWord extends RuntimeException {

		UnknownWord(String table, @Nullable String word, List<String> known) {
			super(table + " '" + word + "' is not in the mapping; known: " + String.join(", ", known));
		}

	}

}
