package org.fitatlas.search;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One page of a search: the results (hits close enough to the best one to be answers),
 * the hits that only touch the words ("also related", on the last page), the counts per
 * facet value over all results, and how long it took.
 *
 * @param items the results on this page
 * @param related the first hits below the relevance cut, given on the last page only
 * @param facets per facet, the number of results with each value (what choosing it gives)
 * @param total the results on all pages
 * @param relatedTotal the hits below the relevance cut
 * @param page the page asked for, from 1 (it may lie past the end)
 * @param pages the pages the results fill, at least 1
 * @param condition what the planner says about a health condition the words name, if any
 * @param tookMs the time the search took
 */
public record SearchResults(List<SearchHit> items, List<SearchHit> related, Map<String, Map<String, Long>> facets,
		long total, long relatedTotal, int page, int pages, @Nullable SearchCondition condition, double tookMs) {

	public SearchResults {
		items = List.copyOf(items);
		related = List.copyOf(related);
	}

	/** The results, then the related hits: the whole order a person reads. */
	public List<SearchHit> ranked() {
		List<SearchHit> all = new java.util.ArrayList<>(this.items);
		all.addAll(this.related);
		return all;
	}

	/** Whether the page asked for lies past the last page of results. */
	public boolean pastTheEnd() {
		return this.page > this.pages;
	}

}
