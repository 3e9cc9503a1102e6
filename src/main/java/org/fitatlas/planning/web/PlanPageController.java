package org.fitatlas.planning.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fitatlas.accounts.AccountId;
import org.fitatlas.accounts.CurrentAccount;
import org.fitatlas.catalog.ExerciseCatalog;
import org.fitatlas.catalog.Taxonomy;
import org.fitatlas.planning.Goal;
import org.fitatlas.planning.Plan;
import org.fitatlas.planning.PlanGenerator;
import org.fitatlas.planning.PlanNotFound;
import org.fitatlas.planning.Plans;
import org.fitatlas.planning.RedFlag;
import org.fitatlas.planning.RedFlagFound;
import org.fitatlas.shared.InvalidParameter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The plan wizard (show/submit, Post/Redirect/Get, and again filled in to edit the
 * answers) and the printable plan page.
 */
@Controller
class PlanPageController {

	private static final List<String> NUMBERS = List.of("daysPerWeek", "minutesPerSession", "weeks",
			"pregnancyTrimester", "seed");

	private static final List<String> LISTS = List.of("equipment", "conditions", "redFlags", "focus");

	private final PlanGenerator generator;

	private final Plans plans;

	private final ExerciseCatalog catalog;

	private final JsonMapper json;

	private final CurrentAccount current;

	private final PlanCreationLimit limit;

	private final String publicUrl;

	PlanPageController(PlanGenerator generator, Plans plans, ExerciseCatalog catalog, JsonMapper json,
			CurrentAccount current, PlanCreationLimit limit,
			@Value("${fitatlas.public-url:http://localhost:8080}") String publicUrl) {
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
		this.limit = limit;
		this.generator = generator;
		this.plans = plans;
		this.catalog = catalog;
		this.json = json;
		this.current = current;
	}

	/**
	 * The wizard, with the focus values in the address ticked, so that "Make a plan with
	 * this exercise" arrives with the exercise's muscles chosen; unknown values are left
	 * out.
	 */
	@GetMapping("/plans/new")
	String wizard(@RequestParam(name = "focus", required = false) List<String> focus,
			@RequestParam(name = "conditions", required = false) List<String> conditions,
			@RequestParam(name = "goal", required = false) List<String> goal, Model model) {
		Taxonomy taxonomy = this.catalog.taxonomy();
		Map<String, String[]> form = new java.util.HashMap<>();
		known(form, "focus", focus,
				(t) -> taxonomy.contains(Taxonomy.MUSCLES, t) || taxonomy.contains(Taxonomy.BODY_PARTS, t));
		// "Make a plan for this" from a search for a condition arrives with it ticked.
		known(form, "conditions", conditions, (t) -> taxonomy.contains(Taxonomy.CONDITIONS, t));
		known(form, "goal", (goal == null) ? null : goal.stream().limit(1).toList(), (t) -> Goal.of(t).isPresent());
		return showWizard(model, form, null);
	}

	/**
	 * The values of a pre-filled wizard field that mean something; unknown ones left out.
	 */
	private static void known(Map<String, String[]> form, String field,
			@org.jspecify.annotations.Nullable List<String> values, java.util.function.Predicate<String> known) {
		if (values != null) {
			String[] kept = values.stream().filter(known).distinct().toArray(String[]::new);
			if (kept.length > 0) {
				form.put(field, kept);
			}
		}
	}

	@PostMapping("/plans")
	String submit(HttpServletRequest request, Model model, HttpServletResponse response) {
		Map<String, String[]> form = request.getParameterMap();
		try {
			ObjectNode body = toJson(form);
			this.limit.acquire(this.current.id(), request.getRemoteAddr());
			Plan generated = this.generator
				.generate(new PlanRequestReader(this.catalog.taxonomy(), this.catalog::find).read(body));
			Plan plan = this.plans.save(generated, this.current.id());
			if (this.current.id().isEmpty()) {
				PlansMadeBeforeSignIn.remember(request, plan.id());
			}
			return "redirect:/plans/" + plan.id();
		}
		catch (InvalidParameter ex) {
			response.setStatus(400);
			return showWizard(model, form, OneRepMaxFields.sentence(ex, this.catalog));
		}
		catch (RedFlagFound ex) {
			response.setStatus(422);
			model.addAttribute("message", ex.getMessage());
			model.addAttribute("flags", ex.flags());
			return "planning/red-flag";
		}
	}

	@GetMapping("/plans/{id}")
	String show(@PathVariable String id, Model model, HttpServletRequest request) {
		UUID planId = PlanApiController.uuid(id);
		Optional<AccountId> me = this.current.id();
		Plan plan = this.plans.readable(planId, me);
		model.addAttribute("plan", plan);
		model.addAttribute("page", PlanPage.of(plan, this.json.valueToTree(plan), this.catalog.taxonomy()));
		model.addAttribute("weekMuscles", WeekMuscles.of(plan, this.catalog::find, this.catalog.taxonomy()));
		model.addAttribute("owned", me.isPresent() && this.plans.ownedBy(planId, me.get()));
		model.addAttribute("madeHere", me.isEmpty() && PlansMadeBeforeSignIn.remembered(request, planId));
		return "planning/plan";
	}

	/**
	 * The calendar file for the page's form: the same as the API's, but a signed-in
	 * person's own plan opens with their session rather than a bearer token.
	 */
	@GetMapping("/plans/{id}.ics")
	ResponseEntity<String> calendar(@PathVariable String id, HttpServletRequest request) {
		Plan plan = this.plans.readable(PlanApiController.uuid(id), this.current.id());
		return PlanCalendar.download(plan, request.getParameterMap(), this.publicUrl);
	}

	/** The wizard again, filled in with the answers this plan was made from. */
	@GetMapping("/plans/{id}/edit")
	String edit(@PathVariable String id, Model model) {
		Plan plan = this.plans.readable(PlanApiController.uuid(id), this.current.id());
		model.addAttribute("editing", plan.id());
		return showWizard(model, answers(plan.profile()), null);
	}

	@GetMapping("/my/plans")
	String mine(Model model) {
		model.addAttribute("plans", this.plans.list(this.current.required()));
		return "planning/mine";
	}

	@PostMapping("/my/plans/{id}/claim")
	String claim(@PathVariable String id) {
		this.plans.claim(PlanApiController.uuid(id), this.current.required());
		return "redirect:/my/plans";
	}

	@PostMapping("/my/plans/{id}/delete")
	String delete(@PathVariable String id) {
		this.plans.delete(PlanApiController.uuid(id), this.current.required());
		return "redirect:/my/plans";
	}

	@ExceptionHandler(PlanNotFound.class)
	String notFound(PlanNotFound ex, Model model, HttpServletResponse response) {
		response.setStatus(404);
		model.addAttribute("status", 404);
		model.addAttribute("title", "No such plan");
		model.addAttribute("message", ex.getMessage() + ". Plans are kept by their link; make a new one any time.");
		return "error";
	}

	private String showWizard(Model model, Map<String, String[]> form, String error) {
		model.addAttribute("taxonomy", this.catalog.taxonomy());
		model.addAttribute("goals", Goal.values());
		model.addAttribute("redFlags", RedFlag.values());
		model.addAttribute("form", new Form(form));
		model.addAttribute("focusMuscles", focusMuscles(form));
		model.addAttribute("lifts", OneRepMaxFields.lifts(form, this.catalog));
		model.addAttribute("error", error);
		return "planning/wizard";
	}

	/**
	 * Muscles asked for as focus: the wizard lists body parts, so these get their own
	 * boxes.
	 */
	private List<Taxonomy.Term> focusMuscles(Map<String, String[]> form) {
		Taxonomy taxonomy = this.catalog.taxonomy();
		String[] focus = form.getOrDefault("focus", new String[0]);
		return java.util.Arrays.stream(focus)
			.filter((t) -> taxonomy.contains(Taxonomy.MUSCLES, t) && !taxonomy.contains(Taxonomy.BODY_PARTS, t))
			.distinct()
			.map((t) -> taxonomy.table(Taxonomy.MUSCLES).get(t))
			.toList();
	}

	/**
	 * The wizard's fields as JSON, so the API's strict reader judges both the same way.
	 */
	private ObjectNode toJson(Map<String, String[]> form) {
		ObjectNode body = this.json.createObjectNode();
		for (Map.Entry<String, String[]> field : form.entrySet()) {
			String name = field.getKey();
			String[] values = field.getValue();
			if (name.equals("_csrf")) {
				continue;
			}
			if (OneRepMaxFields.read(body, name, values)) {
				continue;
			}
			if (LISTS.contains(name)) {
				ArrayNode list = body.putArray(name);
				for (String value : values) {
					if (!value.isBlank()) {
						list.add(value);
					}
				}
			}
			else if (values.length > 0 && !values[0].isBlank()) {
				if (NUMBERS.contains(name)) {
					try {
						body.put(name, Long.parseLong(values[0].trim()));
					}
					catch (NumberFormatException ex) {
						throw InvalidParameter.of(name, values[0], "a whole number");
					}
				}
				else {
					body.put(name, values[0].trim());
				}
			}
		}
		return body;
	}

	private static Map<String, String[]> answers(Plan.Profile profile) {
		Map<String, String[]> form = new LinkedHashMap<>();
		form.put("goal", new String[] { profile.goal() });
		form.put("level", new String[] { profile.level() });
		form.put("daysPerWeek", new String[] { String.valueOf(profile.daysPerWeek()) });
		form.put("minutesPerSession", new String[] { String.valueOf(profile.minutesPerSession()) });
		form.put("weeks", new String[] { String.valueOf(profile.weeks()) });
		form.put("equipment", profile.equipment().toArray(String[]::new));
		form.put("conditions", profile.conditions().toArray(String[]::new));
		form.put("focus", profile.focus().toArray(String[]::new));
		if (profile.pregnancyTrimester() != null) {
			form.put("pregnancyTrimester", new String[] { String.valueOf(profile.pregnancyTrimester()) });
		}
		if (profile.startDate() != null) {
			form.put("startDate", new String[] { profile.startDate() });
		}
		OneRepMaxFields.answers(profile, form);
		return form;
	}

	/** What the person entered, to show the wizard again after an error. */
	record Form(Map<String, String[]> values) {

		public String value(String name, String fallback) {
			String[] v = this.values.get(name);
			return (v != null && v.length > 0) ? v[0] : fallback;
		}

		/**
		 * Whether any field starting with this prefix has a value, e.g. a one-rep max.
		 */
		public boolean any(String prefix) {
			return this.values.entrySet()
				.stream()
				.anyMatch(
						(e) -> e.getKey().startsWith(prefix) && e.getValue().length > 0 && !e.getValue()[0].isBlank());
		}

		public boolean checked(String name, String value) {
			String[] v = this.values.get(name);
			return v != null && List.of(v).contains(value);
		}

	}

}
