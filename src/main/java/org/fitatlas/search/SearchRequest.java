package org.fitatlas.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fitatlas.shared.InvalidParameter;

/**
 * A search as a person typed it, with the page wanted and facet filters. Filters combine
 * with AND, across facets and within one: each value chosen narrows the results, so the
 * count beside a value is the number a click on it gives.
 *
 * @param q the text typed
 * @param limit hits per page
 * @param page the page wanted, from 1
 * @param bodyPart body parts the exercise must belong to
 * @param muscle muscles the exercise must work (as a target or a helper)
 * @param equipment equipment the exercise must use
 * @param level levels the exercise must have
 * @param category categories the exercise must have
 */
public record SearchRequest(String q, int limit, int page, List<String> bodyPart, List<String> muscle,
		List<String> equipment, List<String> level, List<String> category) {

	public static final int MAX_QUERY_LENGTH = 200;

	public static final int MAX_LIMIT = 50;

	public static final int MAX_PAGE = 1000;

	/** The facets, in the order pages show them. */
	public static final List<String> FACETS = List.of("bodyPart", "muscle", "equipment", "level", "category");

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
		if (page < 1 || page > MAX_PAGE) {
			throw InvalidParameter.of("page", String.valueOf(page), "1.." + MAX_PAGE);
		}
		bodyPart = distinct(bodyPart);
		muscle = distinct(muscle);
		equipment = distinct(equipment);
		level = distinct(level);
		category = distinct(category);
	}

	public static SearchRequest of(String q, int limit) {
		return new SearchRequest(q, limit, 1, List.of(), List.of(), List.of(), List.of(), List.of());
	}

	/** The same search with one more filter value. */
	public SearchRequest with(String facet, String value) {
		Map<String, List<String>> filters = filters();
		List<String> values = new java.util.ArrayList<>(filters.get(facet));
		values.add(value);
		filters.put(facet, values);
		return new SearchRequest(this.q, this.limit, this.page, filters.get("bodyPart"), filters.get("muscle"),
				filters.get("equipment"), filters.get("level"), filters.get("category"));
	}

	/** The chosen values by facet, every facet present. */
	public Map<String, List<String>> filters() {
		Map<String, List<String>> filters = new LinkedHashMap<>();
		filters.put("bodyPart", this.bodyPart);
		filters.put("muscle", this.muscle);
		filters.put("equipment", this.equipment);
		filters.put("level", this.level);
		filters.put("category", this.category);
		return filters;
	}

	private static List<String> distinct(List<String> values) {
		return values.stream().distinct().toList();
	}

}
