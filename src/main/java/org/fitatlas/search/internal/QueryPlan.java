package org.fitatlas.search.internal;

import java.util.List;

import org.apache.lucene.search.Query;
import org.jspecify.annotations.Nullable;

/**
 * What a search looks for: the distinct words kept (in typed order), the query built from
 * them, and what to mark in the snippets.
 *
 * @param words the words searched for, after noise words and the clause budget
 * @param query the Lucene query, null when no word is left
 * @param marks the words to mark in snippets: the typed ones and typo corrections
 */
record QueryPlan(List<String> words, @Nullable Query query, List<String> marks) {

	QueryPlan {
		words = List.copyOf(words);
		marks = List.copyOf(marks);
	}

	static QueryPlan empty() {
		return new QueryPlan(List.of(), null, List.of());
	}

}
