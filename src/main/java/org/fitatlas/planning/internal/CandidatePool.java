package org.fitatlas.planning.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.fitatlas.catalog.Exercise;
import org.fitatlas.catalog.Taxonomy;
import org.fitatlas.planning.Goal;
import org.fitatlas.planning.Plan;
import org.fitatlas.planning.PlanRequest;

/**
 * The exercises a plan may use: within the person's equipment and passed by the safety
 * screen, with the reason for each one left out.
 */
final class CandidatePool {

	private final PlanRequest request;

	private final Map<String, Exercise> bySlug;

	private final List<Exercise> usable;

	private final Map<String, String> excluded;

	private final int unavailable;

	private CandidatePool(PlanRequest request, Map<String, Exercise> bySlug, List<Exercise> usable,
			Map<String, String> excluded, int unavailable) {
		this.request = request;
		this.bySlug = bySlug;
		this.usable = usable;
		this.excluded = excluded;
		this.unavailable = unavailable;
	}

	static CandidatePool screen(PlanRequest request, List<Exercise> active, Taxonomy taxonomy) {
		Map<String, Exercise> bySlug = new HashMap<>();
		List<Exercise> usable = new ArrayList<>();
		Map<String, String> excluded = new LinkedHashMap<>();
		int unavailable = 0;
		SafetyScreen screen = new SafetyScreen(request, taxonomy);
		for (Exercise e : active) {
			bySlug.put(e.slug(), e);
			if (!hasEquipment(request, e)) {
				unavailable++;
				continue;
			}
			List<String> reasons = screen.reasons(e);
			if (reasons.isEmpty()) {
				usable.add(e);
			}
			else {
				excluded.put(e.slug(), String.join(" ", reasons));
			}
		}
		return new CandidatePool(request, bySlug, List.copyOf(usable), excluded, unavailable);
	}

	private static boolean hasEquipment(PlanRequest request, Exercise e) {
		Set<String> have = new HashSet<>(request.equipment());
		have.add("none");
		have.add("mat");
		return have.containsAll(e.equipment());
	}

	/** The usable exercises in catalog order. */
	List<Exercise> usable() {
		return this.usable;
	}

	/** The exercise with this slug when it is usable for this person. */
	Optional<Exercise> usable(String slug) {
		Exercise e = this.bySlug.get(slug);
		return (e != null && this.usable.contains(e)) ? Optional.of(e) : Optional.empty();
	}

	/** Any active exercise by slug, usable or not. */
	Exercise exercise(String slug) {
		return this.bySlug.get(slug);
	}

	/**
	 * At or below the person's level; back, morning and rehab plans keep to beginner
	 * level.
	 */
	boolean levelAllowed(Exercise e) {
		int person = DoseTable.levelIndex(this.request.level());
		if (this.request.goal() == Goal.BACK_HEALTH || this.request.goal() == Goal.POST_SURGERY_REHAB
				|| this.request.goal() == Goal.MORNING_ROUTINE) {
			person = Math.min(person, DoseTable.levelIndex("beginner"));
		}
		return DoseTable.levelIndex(e.level()) <= person;
	}

	/**
	 * True when no easier rung of the exercise that passes {@code sameJob} is open to
	 * this person.
	 */
	boolean bottomOfLadder(Exercise e, Predicate<Exercise> sameJob) {
		for (String slug : e.easier()) {
			if (usable(slug).filter(sameJob).isPresent()) {
				return false;
			}
		}
		return true;
	}

	int excludedCount() {
		return this.excluded.size();
	}

	/** Exercises the equipment allows but the person's health or goal rules out. */
	List<Plan.Excluded> excluded() {
		return this.excluded.entrySet()
			.stream()
			.map((x) -> new Plan.Excluded(x.getKey(), this.bySlug.get(x.getKey()).name(), x.getValue()))
			.toList();
	}

	/** How many exercises need equipment the person does not have. */
	int unavailable() {
		return this.unavailable;
	}

}
