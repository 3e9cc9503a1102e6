package org.fitatlas.search.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.fitatlas.search.ExerciseSearch;
import org.fitatlas.search.SearchResults;
import org.fitatlas.search.Suggestion;
import org.fitatlas.shared.web.RequestParameters;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Search and suggestions as JSON.
 */
@RestController
@RequestMapping(path = "/api/v1/search", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Search", description = "Full-text search that tolerates typos and knows synonyms")
class SearchApiController {

	private final ExerciseSearch search;

	SearchApiController(ExerciseSearch search) {
		this.search = search;
	}

	@GetMapping
	@Operation(summary = "Search exercises",
			description = "Words are searched as text (Lucene syntax has no special meaning). Typos in words of four "
					+ "letters or more are tolerated, but exact matches always rank first. Synonyms: "
					+ "fitball = swiss ball, plank = board, abs = press, and more. Hits scoring below 80 % of the best "
					+ "are not results: they come as `related` on the last page. Filters combine with AND, across "
					+ "facets and within one (muscle=glutes&muscle=hamstrings works both), and a facet count is the "
					+ "total that adding that value gives. Words that name a health condition (pregnant, sciatica, "
					+ "knee pain, after surgery) keep to exercises the planner allows for it, with its advice in "
					+ "`condition`.")
	SearchResults search(@Parameter(description = "1..200 characters") @RequestParam(required = false) String q,
			@Parameter(description = "1..50, default 10") @RequestParam(required = false) String limit,
			@Parameter(description = "1..1000, default 1") @RequestParam(required = false) String page,
			@RequestParam(required = false) List<String> bodyPart, @RequestParam(required = false) List<String> muscle,
			@Parameter(description = "equipment the exercise uses") @RequestParam(
					required = false) List<String> equipment,
			@RequestParam(required = false) List<String> level, @RequestParam(required = false) List<String> category,
			HttpServletRequest request) {
		return this.search.search(SearchParameters.search(request.getParameterMap(), 10));
	}

	@GetMapping("/suggest")
	@Operation(summary = "Completions for the search box, on names and aliases")
	List<Suggestion> suggest(@Parameter(description = "1..200 characters") @RequestParam(required = false) String q,
			@Parameter(description = "1..50, default 8") @RequestParam(required = false) String limit,
			HttpServletRequest request) {
		RequestParameters.rejectUnknown(request.getParameterMap(), SearchParameters.SUGGEST);
		return this.search.suggest(SearchParameters.query(request.getParameterMap()),
				RequestParameters.integer(request.getParameterMap(), "limit", ExerciseSearch.SUGGEST_LIMIT));
	}

}
