package org.fitatlas.catalog.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.fitatlas.catalog.ExerciseCatalog;
import org.fitatlas.catalog.ExerciseQuery;
import org.fitatlas.catalog.ExerciseSummary;
import org.fitatlas.shared.InvalidParameter;
import org.fitatlas.catalog.ResultPage;
import org.fitatlas.catalog.Taxonomy;
import org.fitatlas.shared.web.RequestParameters;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The atlas as JSON under {@code /api/v1}.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Exercises", description = "The exercise atlas")
class ExerciseApiController {

	static final String MARKDOWN = "text/markdown";

	private final ExerciseCatalog catalog;

	ExerciseApiController(ExerciseCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping(path = "/exercises", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "List exercises, filtered and paged",
			description = "equipment is repeatable: an exercise matches when it needs nothing beyond the listed "
					+ "equipment (body weight and a mat are always available; 'none' alone means body weight only). "
					+ "Exercises that use the listed equipment come before those that need none.")
	ResultPage<ExerciseSummary> list(
			@Parameter(description = "body part token") @RequestParam(required = false) String bodyPart,
			@Parameter(description = "muscle token, target or secondary") @RequestParam(required = false) String muscle,
			@Parameter(description = "only exercises with the muscle as a target") @RequestParam(
					required = false) String targetOnly,
			@Parameter(description = "equipment tokens the person has") @RequestParam(
					required = false) List<String> equipment,
			@RequestParam(required = false) String level, @RequestParam(required = false) String category,
			@RequestParam(required = false) String force, @RequestParam(required = false) String mechanic,
			@Parameter(description = "page number from 0") @RequestParam(required = false) String page,
			@Parameter(description = "1..100, default 20") @RequestParam(required = false) String size,
			@Parameter(description = "name or level") @RequestParam(required = false) String sort,
			HttpServletRequest request) {
		ExerciseQuery query = AtlasParameters.parse(request.getParameterMap(), 20);
		return this.catalog.search(query);
	}

	@GetMapping(path = "/exercises/{slug}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "One exercise, with its variations, alternatives and related exercises")
	ExerciseView get(@PathVariable String slug, HttpServletRequest request) {
		RequestParameters.rejectUnknown(request.getParameterMap(), java.util.Set.of());
		return ExerciseView.of(this.catalog.detail(checkedSlug(slug)));
	}

	@GetMapping(path = "/exercises/{slug}", produces = MARKDOWN)
	@Operation(summary = "One exercise in the catalog file format (Markdown with YAML front matter)")
	String markdown(@PathVariable String slug) {
		return this.catalog.markdown(checkedSlug(slug));
	}

	@GetMapping(path = "/taxonomy", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Every token with its display name and synonyms")
	Map<String, Map<String, Taxonomy.Term>> taxonomy(HttpServletRequest request) {
		RequestParameters.rejectUnknown(request.getParameterMap(), java.util.Set.of());
		return new LinkedHashMap<>(this.catalog.taxonomy().tables());
	}

	@org.springframework.web.bind.annotation.PostMapping(path = "/catalog/import",
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Editors and admins: re-read the catalog files into the database",
			description = "Adds new exercises, updates changed ones and retires removed ones; files with problems "
					+ "keep their last good version and are listed in problems.")
	org.fitatlas.catalog.CatalogImport reimport(HttpServletRequest request) {
		RequestParameters.rejectUnknown(request.getParameterMap(), java.util.Set.of());
		return this.catalog.reimport();
	}

	static boolean validSlug(String slug) {
		return slug.length() <= 80 && slug.matches("[a-z0-9]+(-[a-z0-9]+)*");
	}

	static String checkedSlug(String slug) {
		if (!validSlug(slug)) {
			throw InvalidParameter.of("slug", org.fitatlas.shared.web.Problems.shown(slug),
					"lower-case letters, digits and single hyphens, at most 80 characters");
		}
		return slug;
	}

}
