package org.fitatlas.search;

/**
 * Where one search spent its time, for benchmarks and profiling: planning the query,
 * collecting the top hits with the facets and total, counting facets, and writing the
 * snippets.
 *
 * @param words the words searched for, after noise words and the clause budget
 * @param clauses the query's clauses, as Lucene counts them against its limit
 * @param matches the exercises the query matches
 * @param planMs building the query
 * @param collectMs finding the top hits and every match
 * @param facetMs counting the facets
 * @param highlightMs marking the matched words in the snippets
 * @param totalMs the whole search
 */
public record SearchCost(int words, int clauses, long matches, double planMs, double collectMs, double facetMs,
		double highlightMs, double totalMs) {
}
