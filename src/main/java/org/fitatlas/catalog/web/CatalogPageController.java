package org.fitatlas.catalog.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fitatlas.catalog.ExerciseCatalog;
import org.fitatlas.catalog.ExerciseDetail;
import org.fitatlas.catalog.ExerciseNotFound;
import org.fitatlas.catalog.ExerciseQuery;
import org.fitatlas.catalog.ExerciseSummary;
import org.fitatlas.catalog.ResultPage;
import org.fitatlas.catalog.Taxonomy;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

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
		return "catalog/atlas";
	}

	@GetMapping("/exercises/{slug}")
	String exercise(@PathVariable String slug, Model model) {
		ExerciseDetail detail = this.catalog.detail(ExerciseApiController.checkedSlug(slug));
		model.addAttribute("detail", detail);
		model.addAttribute("e", detail.exercise());
		model.addAttribute("tools", ExerciseTools.of(detail.exercise()));
		model.addAttribute("taxonomy", this.catalog.taxonomy());
		return "catalog/exercise";
	}

	@GetMapping("/muscles")
	String muscles(Model model) {
		return index(model, "Exercises by muscle", Taxonomy.MUSCLES, "muscle");
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
		model.addAttribute("title", title);
		model.addAttribute("table", table);
		model.addAttribute("facet", facet);
		model.addAttribute("counts", counts);
		model.addAttribute("taxonomy", this.catalog.taxonomy());
		return "catalog/index";
	}

	@ExceptionHandler(ExerciseNotFound.class)
	String notFound(ExerciseNotFound ex, Model model, HttpServletResponse response) {
		response.setStatus(404);
		model.addAttribute("status", 404);
		model.addAttribute("title", "No such exercise");
		model.addAttribute("message", ex.getMessage() + ". Browse the atlas to find what you need.");
		return "error";
	}

}
