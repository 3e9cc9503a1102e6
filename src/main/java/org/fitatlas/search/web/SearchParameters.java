package org.fitatlas.search.web;

import java.util.Map;
import java.util.Set;

import org.fitatlas.search.SearchRequest;
import org.fitatlas.shared.web.RequestParameters;

/**
 * Reads the search parameters strictly, for the API and the results page alike.
 */
final class SearchParameters {

	static final Set<String> SEARCH = Set.of("q", "limit", "page", "bodyPart", "muscle", "equipment", "level",
			"category");

	static final Set<String> SUGGEST = Set.of("q", "limit");

	private SearchParameters() {
	}

	static SearchRequest search(Map<String, String[]> params, int defaultLimit) {
		RequestParameters.rejectUnknown(params, SEARCH);
		return new SearchRequest(query(params), RequestParameters.integer(params, "limit", defaultLimit),
				RequestParameters.integer(params, "page", 1), RequestParameters.list(params, "bodyPart"),
				RequestParameters.list(params, "muscle"), RequestParameters.list(params, "equipment"),
				RequestParameters.list(params, "level"), RequestParameters.list(params, "category"));
	}

	static String query(Map<String, String[]> params) {
		String[] values = params.get("q");
		if (values == null || values.length == 0) {
			return "";
		}
		if (values.length > 1) {
			throw org.fitatlas.shared.InvalidParameter.of("q", String.join(",", values), "a single value");
		}
		return values[0];
	}

}
