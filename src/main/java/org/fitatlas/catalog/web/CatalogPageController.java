package org.fitatlas.catalog.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.fitatlas.catalog.BodyMapView;
import org.fitatlas.catalog.Exercise;
import org.fitatlas.catalog.ExerciseCatalog;
import org.fitatlas.catalog.ExerciseDetail;
import org.fitatlas.catalog.ExerciseNotFound;
import org.fitatlas.catalog.ExerciseQuery;
import org.fitatlas.catalog.ExerciseSummary;
import org.fitatlas.catalog.ResultPage;
import org.fitatlas.catalog.Taxonomy;
import org.fitatlas.shared.web.PageMeta;
import org.fitatlas.shared.web.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * The atlas as web pages: home, the filterable atlas, exercise pages and index pages.
 */
@Controller
class CatalogPageController {

	private static final int PAGE_SIZE = 24;

	private final ExerciseCatalog catalog;

	CatalogPageController(ExerciseCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/")
	String home(Model model) {
		List<org.fitatlas.catalog.Exercise> active = this.catalog.active();
		model.addAttribute("exerciseCount", active.size());
		model.addAttribute("taxonomy", this.catalog.taxonomy());
		model.addAttribute("facets", this.catalog.facets(ExerciseQuery.all()));
		model.addAttribute("meta", new PageMeta("FitAtlas", active.size()
				+ " exercises with the muscles they work, how to do them and what to avoid, and training plans made"
				+ " for your goal, time, equipment and health.", "/", "website"));
		return "catalog/home";
	}

	@GetMapping("/exercises")
	String atlas(HttpServletRequest request, Model model) {
		ExerciseQuery query = AtlasParameters.parse(AtlasView.apiPage(request.getParameterMap()), PAGE_SIZE);
		ResultPage<ExerciseSummary> results = this.catalog.search(query);
		model.addAttribute("query", query);
		model.addAttribute("results", results);
		model.addAttribute("facets", this.catalog.facets(query));
		model.addAttribute("taxonomy", this.catalog.taxonomy());
		model.addAttribute("view", AtlasView.of(request.getParameterMap(), query, results, this.catalog.taxonomy()));
		Map<String, Long> muscles = this.catalog.facets(query).get("muscle");
		model.addAttribute("bodyMap",
				BodyMapView.chooser("atlas-map", this.catalog.taxonomy(),
						(query.muscle() != null) ? List.of(query.muscle()) : List.of(), (m) -> muscleLink(request, m),
						(m) -> exercises(muscles.getOrDefault(m, 0L))));
		return "catalog/atlas";
	}

	@GetMapping("/exercises/{slug}")
	Object exercise(@PathVariable String slug, Model model) {
		String lower = slug.toLowerCase(java.util.Locale.ROOT);
		if (!lower.equals(slug) && ExerciseApiController.validSlug(lower)) {
			// Addresses typed or shared in capitals: one address per page.
			return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
				.location(java.net.URI.create("/exercises/" + lower))
				.build();
		}
		if (!ExerciseApiController.validSlug(slug)) {
			throw ExerciseNotFound.forSlug(Problems.shown(slug));
		}
		ExerciseDetail detail = this.catalog.detail(slug);
		Exercise e = detail.exercise();
		Taxonomy taxonomy = this.catalog.taxonomy();
		model.addAttribute("detail", detail);
		model.addAttribute("e", e);
		model.addAttribute("tools", ExerciseTools.of(e));
		model.addAttribute("taxonomy", taxonomy);
		model.addAttribute("bodyMap", BodyMapView.ofExercise(e, taxonomy));
		model.addAttribute("relatedWhy", RelatedWords.of(detail.related(), taxonomy));
		model.addAttribute("meta", PageMeta.article(e.name(), e.summary(), "/exercises/" + slug));
		return "catalog/exercise";
	}

	@GetMapping("/muscles")
	String muscles(Model model) {
		String page = index(model, "Exercises by muscle", Taxonomy.MUSCLES, "muscle");
		Map<String, Long> counts = this.catalog.facets(ExerciseQuery.all()).get("muscle");
		model.addAttribute("bodyMap", BodyMapView.chooser("muscle-map", this.catalog.taxonomy(), List.of(),
				(m) -> "/muscles/" + m, (m) -> exercises(counts.getOrDefault(m, 0L))));
		return page;
	}

	@GetMapping("/body-parts")
	String bodyParts(Model model) {
		return index(model, "Exercises by body part", Taxonomy.BODY_PARTS, "bodyPart");
	}

	@GetMapping("/equipment")
	String equipment(Model model) {
		return index(model, "Exercises by equipment", Taxonomy.EQUIPMENT, "equipment");
	}

	private String index(Model model, String title, String table, String facet) {
		Map<String, Map<String, Long>> facets = this.catalog.facets(ExerciseQuery.all());
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String token : this.catalog.taxonomy().tokens(table)) {
			counts.put(token, facets.get(facet).getOrDefault(token, 0L));
		}
		String base = TopicPages.indexLink(table);
		model.addAttribute("title", title);
		model.addAttribute("table", table);
		model.addAttribute("facet", facet);
		model.addAttribute("base", base);
		model.addAttribute("counts", counts);
		model.addAttribute("taxonomy", this.catalog.taxonomy());
		model.addAttribute("meta",
				new PageMeta(title,
						title + ": every " + org.fitatlas.catalog.ExerciseTopics.kind(table)
								+ " in the atlas, with what it is, its best exercises and its stretches.",
						base, "website"));
		return "catalog/index";
	}

	static String exercises(long count) {
		return count + ((count == 1) ? " exercise" : " exercises");
	}

	/**
	 * The atlas for a muscle, keeping the other filters and starting at the first page.
	 */
	private static String muscleLink(HttpServletRequest request, String muscle) {
		org.springframework.web.util.UriComponentsBuilder builder = org.springframework.web.util.UriComponentsBuilder
			.fromPath("/exercises");
		for (Map.Entry<String, String[]> param : request.getParameterMap().entrySet()) {
			if (!param.getKey().equals("page") && !param.getKey().equals("muscle")) {
				for (String value : param.getValue()) {
					builder.queryParam(param.getKey(), value);
				}
			}
		}
		return builder.queryParam("muscle", muscle).encode().build().toUriString();
	}

	@ExceptionHandler(ExerciseNotFound.class)
	Object notFound(ExerciseNotFound ex, HttpServletRequest request) {
		if (Problems.wanted(request)) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(Problems.notFound("Exercise", "No exercise lives at /exercises/" + ex.slug()));
		}
		Map<String, Object> model = new java.util.HashMap<>();
		model.put("status", 404);
		model.put("title", "No such exercise");
		model.put("message", "We have no exercise at this address. It may have a new name, or the link has a typo.");
		String words = ex.slug().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
		model.put("searchWords", words.isEmpty() ? null : words);
		ModelAndView page = new ModelAndView("error", model);
		page.setStatus(HttpStatus.NOT_FOUND);
		return page;
	}

}
