package org.fitatlas.search.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.fitatlas.catalog.Exercise;
import org.fitatlas.search.SearchRequest;

/**
 * Facet filters and counts over ranked exercises, in plain Java: a result matches when it
 * has every value chosen (AND across facets and within one), and a value's count is the
 * number of results that have it, so choosing it gives exactly that many.
 */
final class ResultAssembly {

	/** One exercise found, with its score. */
	record Scored(Exercise exercise, float score) {
	}

	private ResultAssembly() {
	}

	static List<Scored> filter(List<Scored> ranked, SearchRequest request) {
		Map<String, List<String>> filters = request.filters();
		if (filters.values().stream().allMatch(List::isEmpty)) {
			return ranked;
		}
		List<Scored> kept = new ArrayList<>();
		for (Scored s : ranked) {
			if (matches(s.exercise(), filters)) {
				kept.add(s);
			}
		}
		return kept;
	}

	private static boolean matches(Exercise e, Map<String, List<String>> filters) {
		for (Map.Entry<String, List<String>> filter : filters.entrySet()) {
			if (!values(e, filter.getKey()).containsAll(filter.getValue())) {
				return false;
			}
		}
		return true;
	}

	static Map<String, Map<String, Long>> facets(List<Scored> results) {
		Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
		for (String facet : SearchRequest.FACETS) {
			Map<String, Long> counts = new TreeMap<>();
			for (Scored s : results) {
				values(s.exercise(), facet).forEach((v) -> counts.merge(v, 1L, Long::sum));
			}
			facets.put(facet, counts);
		}
		return facets;
	}

	/** The values an exercise has for a facet; muscles count as targets and helpers. */
	static List<String> values(Exercise e, String facet) {
		return switch (facet) {
			case "bodyPart" -> List.of(e.bodyPart());
			case "muscle" -> {
				List<String> all = new ArrayList<>(e.targetMuscles());
				e.secondaryMuscles().stream().filter((m) -> !all.contains(m)).forEach(all::add);
				yield all;
			}
			case "equipment" -> e.equipment();
			case "level" -> List.of(e.level());
			case "category" -> List.of(e.category());
			default -> throw new IllegalArgumentException("not a facet: " + facet);
		};
	}

}
