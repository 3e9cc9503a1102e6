package org.fitatlas.search;

import java.util.List;

import org.fitatlas.catalog.ExerciseCatalog;
import org.fitatlas.shared.InvalidParameter;
import org.jspecify.annotations.Nullable;
import org.fitatlas.catalog.Taxonomy;
import org.fitatlas.search.internal.SearchIndexHolder;

import org.springframework.stereotype.Service;

/**
 * The search module's public door: full-text search with filters and facets, and
 * suggestions for the search box.
 */
@Service
public class ExerciseSearch {

	public static final int SUGGEST_LIMIT = 8;

	private final SearchIndexHolder index;

	private final ExerciseCatalog catalog;

	ExerciseSearch(SearchIndexHolder index, ExerciseCatalog catalog) {
		this.index = index;
		this.catalog = catalog;
	}

	public SearchResults search(SearchRequest request) {
		Taxonomy taxonomy = this.catalog.taxonomy();
		request.bodyPart().forEach((v) -> token(taxonomy, "bodyPart", v, Taxonomy.BODY_PARTS));
		request.muscle().forEach((v) -> token(taxonomy, "muscle", v, Taxonomy.MUSCLES));
		request.equipment().forEach((v) -> token(taxonomy, "equipment", v, Taxonomy.EQUIPMENT));
		request.level().forEach((v) -> token(taxonomy, "level", v, Taxonomy.LEVELS));
		request.category().forEach((v) -> token(taxonomy, "category", v, Taxonomy.CATEGORIES));
		return this.index.current().search(request);
	}

	public List<Suggestion> suggest(String q, int limit) {
		if (q.isBlank()) {
			throw InvalidParameter.of("q", q, "1.." + SearchRequest.MAX_QUERY_LENGTH + " characters of text");
		}
		if (q.length() > SearchRequest.MAX_QUERY_LENGTH) {
			throw InvalidParameter.of("q", q, "at most " + SearchRequest.MAX_QUERY_LENGTH + " characters");
		}
		if (limit < 1 || limit > SearchRequest.MAX_LIMIT) {
			throw InvalidParameter.of("limit", String.valueOf(limit), "1.." + SearchRequest.MAX_LIMIT);
		}
		return this.index.current().suggest(q, limit);
	}

	/**
	 * Slugs of exercises whose names or aliases share words with {@code name} and that
	 * work one of {@code muscles}, best first: candidates when an import looks for an
	 * exercise we already have.
	 */
	public List<String> nameMatches(String name, List<String> muscles, int limit) {
		if (limit < 1 || limit > SearchRequest.MAX_LIMIT) {
			throw InvalidParameter.of("limit", String.valueOf(limit), "1.." + SearchRequest.MAX_LIMIT);
		}
		return this.index.current().nameMatches(name, muscles, limit);
	}

	private static void token(Taxonomy taxonomy, String parameter, @Nullable String value, String table) {
		if (value != null && !taxonomy.contains(table, value)) {
			throw InvalidParameter.of(parameter, value, String.join(", ", taxonomy.tokens(table)));
		}
	}

}
