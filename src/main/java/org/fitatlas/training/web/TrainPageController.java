package org.fitatlas.training.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.fitatlas.accounts.AccountId;
import org.fitatlas.accounts.CurrentAccount;
import org.fitatlas.shared.InvalidParameter;
import org.fitatlas.training.ExerciseNames;
import org.fitatlas.training.Finish;
import org.fitatlas.training.LoggedSet;
import org.fitatlas.training.NewSession;
import org.fitatlas.training.SessionNotFound;
import org.fitatlas.training.SessionSummary;
import org.fitatlas.training.Stored;
import org.fitatlas.training.Today;
import org.fitatlas.training.TrainingLog;
import org.fitatlas.training.TrainingSession;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Training from the phone: today's session of the plan, the player that logs sets one tap
 * at a time (plain forms without JavaScript; fetch with a client-made id and an offline
 * queue with it), and finishing a session.
 */
@Controller
class TrainPageController {

	private final TrainingLog log;

	private final Today today;

	private final PlayerItems items;

	private final CurrentAccount current;

	private final ExerciseNames names;

	TrainPageController(TrainingLog log, Today today, PlayerItems items, CurrentAccount current, ExerciseNames names) {
		this.log = log;
		this.today = today;
		this.items = items;
		this.current = current;
		this.names = names;
	}

	@GetMapping("/train")
	String train(Model model, ZoneId zone) {
		Optional<AccountId> account = this.current.id();
		if (account.isEmpty()) {
			return "training/sign-in";
		}
		model.addAttribute("next", this.today.next(account.get(), Optional.empty()));
		LocalDate now = LocalDate.now(zone);
		List<SessionSummary> recent = this.log.sessions(account.get(), now.minusDays(60), now.plusDays(1), 10, zone);
		model.addAttribute("recent", recent);
		return "training/today";
	}

	@PostMapping("/train/sessions")
	String start(@RequestParam MultiValueMap<String, String> form) {
		AccountId account = signedIn();
		NewSession command = new NewSession(optional(form, "id").map((v) -> TrainingRequests.id("id", v)).orElse(null),
				null, optional(form, "title").orElse(null),
				optional(form, "planId").map((v) -> TrainingRequests.id("planId", v)).orElse(null),
				optional(form, "week").map((v) -> TrainingRequests.whole("week", v, 1)).orElse(null),
				optional(form, "day").map((v) -> TrainingRequests.whole("day", v, 1)).orElse(null));
		Stored<TrainingSession> stored = this.log.start(account, command);
		return "redirect:/train/sessions/" + stored.value().id();
	}

	/**
	 * "Log a set" from an exercise page: today's open session without a plan, or a new
	 * one.
	 */
	@PostMapping("/train/quick-log")
	String quickLog(@RequestParam(required = false) String exercise, ZoneId zone) {
		AccountId account = signedIn();
		if (exercise == null || exercise.isBlank()) {
			throw InvalidParameter.of("exercise", "(missing)", "the slug of an exercise of the atlas");
		}
		this.log.exercise("exercise", exercise);
		LocalDate now = LocalDate.now(zone);
		UUID session = this.log.sessions(account, now, now, 20, zone)
			.stream()
			.filter((s) -> s.endedAt() == null && s.planId() == null)
			.map(SessionSummary::id)
			.findFirst()
			.orElseGet(() -> this.log.start(account, new NewSession(null, null, "Training", null, null, null))
				.value()
				.id());
		return "redirect:" + UriComponentsBuilder.fromPath("/train/sessions/" + session)
			.queryParam("add", exercise)
			.build()
			.encode()
			.toUriString();
	}

	@GetMapping("/train/sessions/{id}")
	String player(@PathVariable String id, @RequestParam(required = false) List<String> add,
			@RequestParam(required = false) List<String> swap, @RequestParam(required = false) String error,
			Model model) {
		AccountId account = signedIn();
		TrainingSession session = this.log.session(account, TrainingRequests.id("id", id));
		List<String> unknown = new java.util.ArrayList<>();
		List<String> added = (add != null) ? add.stream().limit(20).map((name) -> {
			Optional<String> slug = this.names.slug(name);
			if (slug.isEmpty()) {
				unknown.add(name);
			}
			return slug.orElse(null);
		}).filter(java.util.Objects::nonNull).distinct().toList() : List.of();
		if (unknown.isEmpty() && add != null && !added.equals(add)) {
			// names typed by a person become the exercises' addresses, so the page's
			// links carry them
			UriComponentsBuilder canonical = UriComponentsBuilder.fromPath("/train/sessions/" + session.id());
			added.forEach((a) -> canonical.queryParam("add", a));
			if (swap != null) {
				swap.stream().limit(50).forEach((w) -> canonical.queryParam("swap", w));
			}
			return "redirect:" + canonical.build().encode().toUriString();
		}
		if (!unknown.isEmpty() && error == null) {
			error = "No exercise of the atlas is called '" + org.fitatlas.shared.web.Problems.shown(unknown.get(0))
					+ "'. Try another name, or search the atlas and use \"Log a set\" on the exercise's page.";
		}
		Map<Integer, String> swaps = swaps(swap);
		List<PlayerItem> playerItems = this.items.items(account, session, this.today.planSession(account, session),
				added, swaps);
		Map<String, String> swapLinks = new LinkedHashMap<>();
		for (PlayerItem item : playerItems) {
			for (var alternative : item.swaps()) {
				Map<Integer, String> chosen = new LinkedHashMap<>(swaps);
				chosen.put(item.index(), alternative.slug());
				UriComponentsBuilder url = UriComponentsBuilder.fromPath("/train/sessions/" + session.id());
				added.forEach((a) -> url.queryParam("add", a));
				chosen.forEach((i, slug) -> url.queryParam("swap", i + ":" + slug));
				swapLinks.put(item.index() + ":" + alternative.slug(),
						url.fragment("item-" + item.index()).build().encode().toUriString());
			}
		}
		model.addAttribute("training", session);
		model.addAttribute("items", playerItems);
		model.addAttribute("swapLinks", swapLinks);
		model.addAttribute("added", added);
		model.addAttribute("swap", (swap != null) ? swap : List.of());
		model.addAttribute("error", error);
		return "training/player";
	}

	@PostMapping(path = "/train/sessions/{id}/sets")
	Object logSet(@PathVariable String id, @RequestParam MultiValueMap<String, String> form,
			@RequestHeader(name = "Accept", required = false) @Nullable String accept) {
		AccountId account = signedIn();
		UUID session = TrainingRequests.id("id", id);
		boolean json = accept != null && accept.contains("application/json");
		try {
			Stored<LoggedSet> stored = this.log.log(account, session, FormSets.read(form));
			if (json) {
				return ResponseEntity.status(stored.created() ? HttpStatus.CREATED : HttpStatus.OK)
					.body(stored.value());
			}
			return "redirect:" + back(id, form, null);
		}
		catch (InvalidParameter ex) {
			if (json) {
				ProblemDetail problem = org.fitatlas.shared.web.Problems.invalidParameter(ex.parameter(), ex.value(),
						ex.allowed());
				return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
			}
			return "redirect:" + back(id, form, ex.sentence());
		}
	}

	@PostMapping("/train/sessions/{id}/finish")
	String finish(@PathVariable String id, @RequestParam(required = false) String feeling,
			@RequestParam(required = false) String note) {
		AccountId account = signedIn();
		UUID session = TrainingRequests.id("id", id);
		Integer mood = (feeling == null || feeling.isBlank()) ? null : TrainingRequests.whole("feeling", feeling, 3);
		this.log.finish(account, session, new Finish(OffsetDateTime.now(ZoneOffset.UTC).withNano(0), mood,
				(note == null || note.isBlank()) ? null : note));
		return "redirect:/train/sessions/" + id;
	}

	private AccountId signedIn() {
		return this.current.required();
	}

	private static String back(String id, MultiValueMap<String, String> form, @Nullable String error) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/train/sessions/" + id);
		List<String> add = form.getOrDefault("add", List.of());
		add.stream().limit(20).forEach((a) -> url.queryParam("add", a));
		form.getOrDefault("swap", List.of()).stream().limit(50).forEach((s) -> url.queryParam("swap", s));
		if (error != null) {
			url.queryParam("error", error);
		}
		String item = optional(form, "item").orElse("");
		return url.fragment(item.matches("\\d{1,3}") ? "item-" + item : null).build().encode().toUriString();
	}

	private static Map<Integer, String> swaps(@Nullable List<String> swap) {
		Map<Integer, String> swaps = new LinkedHashMap<>();
		if (swap != null) {
			for (String pair : swap.stream().limit(50).toList()) {
				int colon = pair.indexOf(':');
				if (colon > 0 && pair.substring(0, colon).matches("\\d{1,3}")) {
					swaps.put(Integer.parseInt(pair.substring(0, colon)), pair.substring(colon + 1));
				}
			}
		}
		return swaps;
	}

	static Optional<String> optional(MultiValueMap<String, String> form, String field) {
		String value = form.getFirst(field);
		return (value == null || value.isBlank()) ? Optional.empty() : Optional.of(value.trim());
	}

	@org.springframework.web.bind.annotation.ExceptionHandler(SessionNotFound.class)
	String notFound(SessionNotFound ex, Model model, jakarta.servlet.http.HttpServletResponse response) {
		response.setStatus(404);
		model.addAttribute("status", 404);
		model.addAttribute("title", "No such session");
		model.addAttribute("message", ex.getMessage());
		return "error";
	}

}
