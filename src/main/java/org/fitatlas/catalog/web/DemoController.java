package org.fitatlas.catalog.web;

import java.time.Duration;

import org.fitatlas.catalog.ExerciseDemos;
import org.fitatlas.catalog.ExerciseNotFound;
import org.fitatlas.shared.web.Problems;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Each exercise's animated figure as an SVG image at a stable address, cached by browsers
 * for a day and revalidated by the catalog's version.
 */
@RestController
class DemoController {

	static final MediaType SVG = MediaType.valueOf("image/svg+xml");

	/**
	 * The picture is an image document: it runs no script, and its own styles (the
	 * keyframes) are inline, so its policy allows exactly that.
	 */
	static final String IMAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

	private final ExerciseDemos demos;

	DemoController(ExerciseDemos demos) {
		this.demos = demos;
	}

	@GetMapping("/exercises/{slug}/demo.svg")
	ResponseEntity<String> demo(@PathVariable String slug) {
		String svg = this.demos.svg(ExerciseApiController.checkedSlug(slug));
		return ResponseEntity.ok()
			.contentType(SVG)
			.cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
			.eTag("\"demo-" + this.demos.version() + "-" + Integer.toHexString(svg.hashCode()) + "\"")
			.header("Content-Security-Policy", IMAGE_POLICY)
			.body(svg);
	}

	@ExceptionHandler(ExerciseNotFound.class)
	ResponseEntity<ProblemDetail> notFound(ExerciseNotFound ex) {
		ProblemDetail problem = Problems.notFound("Exercise",
				"No exercise has the slug '" + ex.slug() + "'; list them at /api/v1/exercises");
		problem.setProperty("parameter", "slug");
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
