package org.fitatlas.search.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.fitatlas.catalog.ExerciseCatalog;
import org.fitatlas.catalog.Taxonomy;
import org.fitatlas.search.ExerciseSearch;
import org.fitatlas.search.SearchCondition;
import org.fitatlas.search.SearchRequest;
import org.fitatlas.search.SearchResults;
import org.fitatlas.search.Suggestion;
import org.fitatlas.shared.web.RequestParameters;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The search results page, and the suggestion list the header's search box loads with
 * htmx.
 */
@Controller
class SearchPageController {

	static final int PAGE_SIZE = 20;

	private final ExerciseSearch search;

	private final ExerciseCatalog catalog;

	SearchPageController(ExerciseSearch search, ExerciseCatalog catalog) {
		this.search = search;
		this.catalog = catalog;
	}

	@GetMapping("/search")
	String results(HttpServletRequest request, Model model) {
		String q = SearchParameters.query(request.getParameterMap());
		Taxonomy taxonomy = this.catalog.taxonomy();
		model.addAttribute("q", q);
		model.addAttribute("taxonomy", taxonomy);
		if (q.isBlank()) {
			RequestParameters.rejectUnknown(request.getParameterMap(), SearchParameters.SEARCH);
			model.addAttribute("results", null);
			model.addAttribute("title", "Search");
			return "search/results";
		}
		SearchRequest searchRequest = SearchParameters.search(request.getParameterMap(), PAGE_SIZE);
		SearchResults results = this.search.search(searchRequest);
		SearchLinks links = new SearchLinks(searchRequest, taxonomy, PAGE_SIZE);
		List<SearchLinks.Chip> chips = links.chips();
		model.addAttribute("request", searchRequest);
		model.addAttribute("results", results);
		model.addAttribute("links", links);
		model.addAttribute("chips", chips);
		model.addAttribute("pageLinks", links.pages(results));
		model.addAttribute("lastPage", links.page(results.pages()));
		model.addAttribute("title", title(q, chips, results));
		model.addAttribute("condition", results.condition());
		if (results.condition() != null) {
			model.addAttribute("conditionNames", conditionNames(results.condition(), taxonomy));
			model.addAttribute("planLink", planLink(results.condition()));
		}
		return "search/results";
	}

	/** "Search: plank · Beginner · Core (page 2)": the words, the filters, the page. */
	private static String title(String q, List<SearchLinks.Chip> chips, SearchResults results) {
		List<String> parts = new ArrayList<>();
		parts.add("Search: " + q);
		chips.forEach((c) -> parts.add(c.label()));
		String title = String.join(" · ", parts);
		return (results.page() > 1) ? title + " (page " + results.page() + ")" : title;
	}

	private static List<String> conditionNames(SearchCondition condition, Taxonomy taxonomy) {
		return condition.conditions().stream().map((c) -> taxonomy.displayName(Taxonomy.CONDITIONS, c)).toList();
	}

	/** The plan wizard with the condition ticked and the goal chosen. */
	private static String planLink(SearchCondition condition) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/plans/new").queryParam("goal", condition.goal());
		condition.conditions().forEach((c) -> builder.queryParam("conditions", c));
		return builder.encode().build().toUriString();
	}

	@GetMapping("/search/suggestions")
	String suggestions(HttpServletRequest request, Model model) {
		String q = SearchParameters.query(request.getParameterMap());
		List<Suggestion> suggestions = (q.isBlank() || q.length() > SearchRequest.MAX_QUERY_LENGTH) ? List.of()
				: this.search.suggest(q, ExerciseSearch.SUGGEST_LIMIT);
		model.addAttribute("suggestions", suggestions);
		model.addAttribute("q", q);
		return "search/suggestions";
	}

}
