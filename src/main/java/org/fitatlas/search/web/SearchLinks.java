package org.fitatlas.search.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fitatlas.catalog.Taxonomy;
import org.fitatlas.search.SearchRequest;
import org.fitatlas.search.SearchResults;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The addresses of the search page that a results page links to: one more filter value,
 * one filter fewer (the chips), another page; and the words that name the filters.
 */
final class SearchLinks {

	/** An active filter, with the address of the same search without it. */
	record Chip(String facet, String value, String label, String remove) {
	}

	/** A page link: the page number people read, and its address. */
	record PageLink(int number, String href, boolean current) {
	}

	private static final Map<String, String> TABLES = Map.of("bodyPart", Taxonomy.BODY_PARTS, "muscle",
			Taxonomy.MUSCLES, "equipment", Taxonomy.EQUIPMENT, "level", Taxonomy.LEVELS, "category",
			Taxonomy.CATEGORIES);

	private final SearchRequest request;

	private final Taxonomy taxonomy;

	private final int defaultLimit;

	SearchLinks(SearchRequest request, Taxonomy taxonomy, int defaultLimit) {
		this.request = request;
		this.taxonomy = taxonomy;
		this.defaultLimit = defaultLimit;
	}

	/** The search with one more value chosen, from its first page. */
	public String adding(String facet, String value) {
		return href(this.request.with(facet, value).filters(), 1);
	}

	List<Chip> chips() {
		List<Chip> chips = new ArrayList<>();
		this.request.filters().forEach((facet, values) -> {
			for (String value : values) {
				Map<String, List<String>> without = this.request.filters();
				without.put(facet, values.stream().filter((v) -> !v.equals(value)).toList());
				chips.add(new Chip(facet, value, label(facet, value), href(without, 1)));
			}
		});
		return chips;
	}

	List<PageLink> pages(SearchResults results) {
		List<PageLink> links = new ArrayList<>();
		for (int p = 1; p <= results.pages(); p++) {
			links.add(new PageLink(p, href(this.request.filters(), p), p == results.page()));
		}
		return links;
	}

	String page(int page) {
		return href(this.request.filters(), page);
	}

	public String label(String facet, String value) {
		return this.taxonomy.displayName(TABLES.get(facet), value);
	}

	/** What a facet is called on the page. */
	public String title(String facet) {
		return switch (facet) {
			case "bodyPart" -> "Body part";
			case "muscle" -> "Muscle";
			case "equipment" -> "Equipment used";
			case "level" -> "Level";
			default -> "Category";
		};
	}

	private String href(Map<String, List<String>> filters, int page) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/search").queryParam("q", this.request.q());
		filters.forEach((facet, values) -> values.forEach((v) -> builder.queryParam(facet, v)));
		if (this.request.limit() != this.defaultLimit) {
			builder.queryParam("limit", this.request.limit());
		}
		if (page > 1) {
			builder.queryParam("page", page);
		}
		return builder.encode().build().toUriString();
	}

}
