package org.fitatlas.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.fitatlas.catalog.internal.TopicRanking;

import org.springframework.stereotype.Service;

/**
 * The muscle, body-part and equipment pages' door: a topic with its best exercises, and
 * the canonical token for what a person typed in an address.
 */
@Service
public class ExerciseTopics {

	/** The most exercises (and, apart, stretches) a topic lists: all, in practice. */
	public static final int LIMIT = 500;

	private final ExerciseCatalog catalog;

	ExerciseTopics(ExerciseCatalog catalog) {
		this.catalog = catalog;
	}

	/**
	 * The topic of a known token.
	 * @throws TopicNotFound when the table has no such token
	 */
	public Topic topic(String table, String token) {
		Taxonomy taxonomy = this.catalog.taxonomy();
		if (!taxonomy.contains(table, token)) {
			throw TopicNotFound.of(kind(table), token, taxonomy.tokens(table));
		}
		return TopicRanking.rank(taxonomy, table, token, this.catalog.active(), LIMIT);
	}

	/**
	 * The token an address means when it is not one already: any case, a display name or
	 * a synonym ({@code Hamstring}, {@code glutes}); empty when it means nothing we know.
	 */
	public Optional<String> canonical(String table, String text) {
		Taxonomy taxonomy = this.catalog.taxonomy();
		String lower = text.toLowerCase(Locale.ROOT);
		if (taxonomy.contains(table, lower)) {
			return Optional.of(lower);
		}
		return taxonomy.resolve(table, text.replace('-', ' '));
	}

	/** Every topic token of a table, in taxonomy order. */
	public List<String> tokens(String table) {
		return List.copyOf(this.catalog.taxonomy().tokens(table));
	}

	/** The word for a table's things in sentences: muscle, body part, equipment. */
	public static String kind(String table) {
		return switch (table) {
			case Taxonomy.MUSCLES -> "muscle";
			case Taxonomy.BODY_PARTS -> "body part";
			case Taxonomy.EQUIPMENT -> "equipment";
			default -> throw new IllegalArgumentException("no pages for the table '" + table + "'");
		};
	}

}
