package org.fitatlas.search.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.fitatlas.catalog.ExerciseCatalog;
import org.fitatlas.search.ExerciseSearch;
import org.fitatlas.search.SearchRequest;
import org.fitatlas.search.Suggestion;
import org.fitatlas.shared.web.RequestParameters;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The search results page, and the suggestion list the header's search box loads with
 * htmx.
 */
@Controller
class SearchPageController {

	private final ExerciseSearch search;

	private final ExerciseCatalog catalog;

	SearchPageController(ExerciseSearch search, ExerciseCatalog catalog) {
		this.search = search;
		this.catalog = catalog;
	}

	@GetMapping("/search")
	String results(HttpServletRequest request, Model model) {
		String q = SearchParameters.query(request.getParameterMap());
		model.addAttribute("q", q);
		model.addAttribute("taxonomy", this.catalog.taxonomy());
		if (q.isBlank()) {
			RequestParameters.rejectUnknown(request.getParameterMap(), SearchParameters.SEARCH);
			model.addAttribute("results", null);
			return "search/results";
		}
		SearchRequest searchRequest = SearchParameters.search(request.getParameterMap(), 30);
		model.addAttribute("request", searchRequest);
		model.addAttribute("results", this.search.search(searchRequest));
		return "search/results";
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
