package org.fitatlas.catalog.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fitatlas.catalog.ExerciseQuery;
import org.fitatlas.catalog.ResultPage;
import org.fitatlas.catalog.Taxonomy;
import org.fitatlas.shared.InvalidParameter;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the atlas page says about its filters: a heading that names them, a removable chip
 * for each, and page links numbered as people count (the address says {@code page=2} for
 * page 2; the API counts from 0).
 */
record AtlasView(String heading, List<Chip> chips, List<PageLink> pages, int page, boolean pastTheEnd,
		String lastPage) {

	/** An active filter and the address of the atlas without it. */
	record Chip(String label, String remove) {
	}

	/** A page link: the number people read, and its address. */
	record PageLink(int number, String href, boolean current) {
	}

	private static final Map<String, String> TABLES = Map.of("bodyPart", Taxonomy.BODY_PARTS, "muscle",
			Taxonomy.MUSCLES, "level", Taxonomy.LEVELS, "category", Taxonomy.CATEGORIES, "force", Taxonomy.FORCES,
			"mechanic", Taxonomy.MECHANICS, "equipment", Taxonomy.EQUIPMENT);

	/** The page parameter as the API reads it (from 0), from the page's (from 1). */
	static Map<String, String[]> apiPage(Map<String, String[]> params) {
		String[] page = params.get("page");
		if (page == null || page.length == 0 || page[0].isBlank()) {
			return params;
		}
		if (page.length > 1) {
			throw InvalidParameter.of("page", String.join(",", page), "a single page number, 1 or more");
		}
		int number;
		try {
			number = Integer.parseInt(page[0].trim());
		}
		catch (NumberFormatException ex) {
			throw InvalidParameter.of("page", page[0], "a page number, 1 or more");
		}
		if (number < 1) {
			throw InvalidParameter.of("page", page[0], "a page number, 1 or more");
		}
		Map<String, String[]> copy = new HashMap<>(params);
		copy.put("page", new String[] { String.valueOf(number - 1) });
		return copy;
	}

	static AtlasView of(Map<String, String[]> params, ExerciseQuery query, ResultPage<?> results, Taxonomy taxonomy) {
		List<Chip> chips = new ArrayList<>();
		List<String> names = new ArrayList<>();
		for (Map.Entry<String, String[]> param : params.entrySet()) {
			String name = param.getKey();
			for (String value : param.getValue()) {
				String label = label(name, value, taxonomy);
				if (label != null) {
					chips.add(new Chip(label, href(params, name, value, 0)));
					names.add(label);
				}
			}
		}
		chips.sort(java.util.Comparator.comparing(Chip::label));
		names.sort(null);
		String heading = names.isEmpty() ? "Exercise atlas" : "Exercise atlas: " + String.join(" · ", names);
		int page = query.page() + 1;
		List<PageLink> links = new ArrayList<>();
		for (int p = 1; p <= results.totalPages(); p++) {
			links.add(new PageLink(p, href(params, "page", null, p), p == page));
		}
		return new AtlasView(heading, chips, links, page, page > results.totalPages(),
				href(params, "page", null, results.totalPages()));
	}

	/** What a filter is called on a chip, or null for what is not a filter. */
	private static String label(String name, String value, Taxonomy taxonomy) {
		if (value.isBlank()) {
			return null;
		}
		return switch (name) {
			case "equipment" -> "Have: " + taxonomy.displayName(Taxonomy.EQUIPMENT, value);
			case "targetOnly" -> value.equals("true") ? "Target muscles only" : null;
			case "page", "size", "sort" -> null;
			default -> TABLES.containsKey(name) ? taxonomy.displayName(TABLES.get(name), value) : null;
		};
	}

	/**
	 * The atlas address without one value of a parameter (all of it for {@code page}),
	 * and on a given page (0: the first, without a page parameter).
	 */
	private static String href(Map<String, String[]> params, String without, String value, int page) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/exercises");
		params.forEach((name, values) -> {
			for (String v : values) {
				boolean dropped = name.equals("page") || (name.equals(without) && v.equals(value));
				if (!dropped && !v.isBlank()) {
					builder.queryParam(name, v);
				}
			}
		});
		if (page > 1) {
			builder.queryParam("page", page);
		}
		return builder.encode().build().toUriString();
	}

}
