package org.fitatlas.search.internal;

import java.util.List;

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
 */
record Ranking(List<Scored> results, List<Scored> related, List<String> marks, @Nullable SearchCondition condition) {

	Ranking {
		results = List.copyOf(results);
		related = List.copyOf(related);
		marks = List.copyOf(marks);
	}

	/** The hits it holds, what keeping it costs. */
	int hits() {
		return this.results.size() + this.related.size();
	}

}
