package org.fitatlas.catalog.web;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.fitatlas.catalog.ExerciseTopics;
import org.fitatlas.catalog.Taxonomy;
import org.fitatlas.catalog.Topic;
import org.fitatlas.catalog.TopicNotFound;
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
 * A page per muscle, body part and piece of equipment: what it is, the body map, its best
 * exercises and its stretches.
 */
@Controller
class TopicPageController {

	private final ExerciseTopics topics;

	private final org.fitatlas.catalog.ExerciseCatalog catalog;

	TopicPageController(ExerciseTopics topics, org.fitatlas.catalog.ExerciseCatalog catalog) {
		this.topics = topics;
		this.catalog = catalog;
	}

	@GetMapping("/muscles/{token}")
	Object muscle(@PathVariable String token, Model model) {
		return page(Taxonomy.MUSCLES, "/muscles/", token, model);
	}

	@GetMapping("/body-parts/{token}")
	Object bodyPart(@PathVariable String token, Model model) {
		return page(Taxonomy.BODY_PARTS, "/body-parts/", token, model);
	}

	@GetMapping("/equipment/{token}")
	Object equipment(@PathVariable String token, Model model) {
		return page(Taxonomy.EQUIPMENT, "/equipment/", token, model);
	}

	private Object page(String table, String base, String token, Model model) {
		if (!this.catalog.taxonomy().contains(table, token)) {
			String canonical = this.topics.canonical(table, token)
				.orElseThrow(() -> TopicNotFound.of(ExerciseTopics.kind(table), Problems.shown(token),
						this.topics.tokens(table)));
			return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
				.location(java.net.URI.create(base + canonical))
				.build();
		}
		Topic topic = this.topics.topic(table, token);
		Taxonomy taxonomy = this.catalog.taxonomy();
		model.addAttribute("topic", topic);
		model.addAttribute("kind", ExerciseTopics.kind(table));
		model.addAttribute("taxonomy", taxonomy);
		model.addAttribute("atlasLink", TopicPages.atlasLink(table, token));
		model.addAttribute("indexLink", TopicPages.indexLink(table));
		model.addAttribute("bodyMap", TopicPages.bodyMap(topic, taxonomy));
		model.addAttribute("shown", TopicPages.SHOWN);
		Map<String, String> why = new java.util.HashMap<>();
		java.util.stream.Stream.concat(topic.best().stream(), topic.stretches().stream())
			.forEach((r) -> why.put(r.exercise().slug(), TopicPages.why(r, taxonomy)));
		model.addAttribute("why", why);
		model.addAttribute("meta",
				PageMeta.article(TopicPages.title(topic), TopicPages.metaDescription(topic, taxonomy), base + token));
		return "catalog/topic";
	}

	@ExceptionHandler(TopicNotFound.class)
	Object notFound(TopicNotFound ex, HttpServletRequest request) {
		if (Problems.wanted(request)) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(TopicApiController.problem(ex));
		}
		String table = ex.kind().equals("muscle") ? Taxonomy.MUSCLES
				: ex.kind().equals("body part") ? Taxonomy.BODY_PARTS : Taxonomy.EQUIPMENT;
		ModelAndView page = new ModelAndView("error",
				Map.of("status", 404, "title", "No such " + ex.kind(), "message", ex.getMessage() + ".", "searchWords",
						ex.value().replace('-', ' ').toLowerCase(Locale.ROOT), "moreLink", TopicPages.indexLink(table),
						"moreText", TopicPages.indexName(table)));
		page.setStatus(HttpStatus.NOT_FOUND);
		return page;
	}

}
