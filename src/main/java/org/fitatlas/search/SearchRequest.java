package org.fitatlas.search;

import java.util.List;

import org.fitatlas.shared.InvalidParameter;
import org.jspecify.annotations.Nullable;

/**
 * A search as a person typed it, with optional atlas filters.
 */
public record SearchRequest(String q, int limit, @Nullable String bodyPart, @Nullable String muscle,
		List<String> equipment, @Nullable String level, @Nullable String category) {

	public static final int MAX_QUERY_LENGTH = 200;

	public static final int MAX_LIMIT = 50;

	public SearchRequest {
		if (q.isBlank()) {
			throw InvalidParameter.of("q", q, "1.." + MAX_QUERY_LENGTH + " characters of text, not only spaces");
		}
		if (q.length() > MAX_QUERY_LENGTH) {
			throw InvalidParameter.of("q", q, "at most " + MAX_QUERY_LENGTH + " characters, was " + q.length());
		}
		if (limit < 1 || limit > MAX_LIMIT) {
			throw InvalidParameter.of("limit", String.valueOf(limit), "1.." + MAX_LIMIT);
		}
		equipment = List.copyOf(equipment);
	}

	public static SearchRequest of(String q, int limit) {
		return new SearchRequest(q, limit, null, null, List.of(), null, null);
	}

}
