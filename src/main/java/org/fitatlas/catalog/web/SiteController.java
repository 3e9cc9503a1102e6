package org.fitatlas.catalog.web;

import java.util.ArrayList;
import java.util.List;

import org.fitatlas.catalog.Exercise;
import org.fitatlas.catalog.ExerciseCatalog;
import org.fitatlas.catalog.Taxonomy;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * What search engines read first: {@code robots.txt} (the public pages are open, the
 * personal ones and the API are not) and {@code sitemap.xml} (every exercise, muscle,
 * body part and equipment page), with absolute links built from
 * {@code fitatlas.public-url}.
 */
@RestController
class SiteController {

	private final ExerciseCatalog catalog;

	private final String publicUrl;

	SiteController(ExerciseCatalog catalog, @Value("${fitatlas.public-url}") String publicUrl) {
		this.catalog = catalog;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	@GetMapping(path = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<String> robots() {
		String body = """
				User-agent: *
				Disallow: /api/
				Disallow: /search
				Disallow: /train
				Disallow: /progress
				Disallow: /profile
				Disallow: /plans/
				Allow: /plans/new

				Sitemap: %s/sitemap.xml
				""".formatted(this.publicUrl);
		return ResponseEntity.ok().cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(1))).body(body);
	}

	@GetMapping(path = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
	ResponseEntity<String> sitemap() {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
			.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
		for (String path : paths()) {
			xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(this.publicUrl + path)).append("</loc></url>\n");
		}
		xml.append("</urlset>\n");
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)))
			.body(xml.toString());
	}

	/** Every page worth finding, from the home page down. */
	List<String> paths() {
		List<String> paths = new ArrayList<>(
				List.of("/", "/exercises", "/muscles", "/body-parts", "/equipment", "/plans/new", "/calculators"));
		for (Exercise e : this.catalog.active()) {
			paths.add("/exercises/" + e.slug());
		}
		Taxonomy taxonomy = this.catalog.taxonomy();
		for (String table : List.of(Taxonomy.MUSCLES, Taxonomy.BODY_PARTS, Taxonomy.EQUIPMENT)) {
			for (String token : taxonomy.tokens(table)) {
				paths.add(TopicPages.indexLink(table) + "/" + token);
			}
		}
		return paths;
	}

}
