package org.fitatlas.search.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fitatlas.search.SearchCondition;
import org.fitatlas.search.internal.ResultAssembly.Scored;
import org.jspecify.annotations.Nullable;

/**
 * What some words find, best first, before the facet filters: the results and the "also
 * related" tail below the relevance cut.
 *
 * @param results the hits scoring at least the relevance cut of the best one
 * @param related the hits below it
 * @param marks the words to mark in snippets
 * @param condition what the planner says about a health condition the words name
 * @param facets per facet, the number of results with each value, before any filter
 */
record Ranking(List<Scored> results, List<Scored> related, List<String> marks, @Nullable SearchCondition condition,
		Map<String, Map<String, Long>> facets) {

	Ranking {
		results = List.copyOf(results);
		related = List.copyOf(related);
		marks = List.copyOf(marks);
		// Kept and shared by every search of the same words: nobody may change it.
		Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
		facets.forEach((facet, values) -> counts.put(facet, Collections.unmodifiableMap(new LinkedHashMap<>(values))));
		facets = Collections.unmodifiableMap(counts);
	}

	/** A ranking with the facet counts of all its results (before any filter). */
	Ranking(List<Scored> results, List<Scored> related, List<String> marks, @Nullable SearchCondition condition) {
		this(results, related, marks, condition, ResultAssembly.facets(results));
	}

	/** The hits it holds, what keeping it costs. */
	int hits() {
		return this.results.size() + this.related.size();
	}

}
