package org.fitatlas.search;

import java.util.List;

import org.fitatlas.catalog.Exercise;
import org.fitatlas.catalog.Taxonomy;
import org.fitatlas.search.internal.ExerciseIndex;

/**
 * The product's search over a list of exercises as a plain Java object, without Spring:
 * the door for benchmarks and tools (the app's {@link ExerciseSearch} keeps one per
 * catalog version).
 */
public final class SearchEngine {

	private final ExerciseIndex index;

	private SearchEngine(ExerciseIndex index) {
		this.index = index;
	}

	/** Indexes these exercises with the product's analyzers and synonyms. */
	public static SearchEngine of(List<Exercise> exercises, Taxonomy taxonomy) {
		return new SearchEngine(ExerciseIndex.of(exercises, taxonomy));
	}

	/**
	 * The same search, but every call ranks its words anew instead of reusing the ranking
	 * kept from an earlier search of the same words: what a first search costs.
	 */
	public static SearchEngine rankingEveryTime(List<Exercise> exercises, Taxonomy taxonomy) {
		return new SearchEngine(ExerciseIndex.withoutKeptRankings(exercises, taxonomy));
	}

	public SearchResults search(SearchRequest request) {
		return this.index.search(request);
	}

	public List<Suggestion> suggest(String text, int limit) {
		return this.index.suggest(text, limit);
	}

	/** Runs the search and tells where its time went. */
	public SearchCost cost(SearchRequest request) {
		return this.index.cost(request);
	}

	public int size() {
		return this.index.size();
	}

	public double buildMillis() {
		return this.index.buildMillis();
	}

}
