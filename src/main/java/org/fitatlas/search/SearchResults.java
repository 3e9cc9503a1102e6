package org.fitatlas.search;

import java.util.List;
import java.util.Map;

/**
 * The hits of a search, the counts per facet value over all matches, and how long it
 * took.
 */
public record SearchResults(List<SearchHit> items, Map<String, Map<String, Long>> facets, long total, double tookMs) {
}
