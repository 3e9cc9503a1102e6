package org.fitatlas.planning.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.fitatlas.catalog.Exercise;
import org.fitatlas.catalog.Taxonomy;
import org.fitatlas.planning.Goal;
import org.fitatlas.planning.Plan;
import org.fitatlas.planning.PlanRequest;

/**
 * Builds one plan from a request and the catalog, following docs/planning.md: screen the
 * catalog ({@link CandidatePool}), lay the sessions on the week ({@link WeekSchedule}),
 * fill warm-up, main work and cool-down within the time budget ({@link SessionFiller}),
 * then climb week by week ({@link Progression}). Plain Java: no Spring, no database.
 */
public final class PlanBuilder {

	private final PlanRequest request;

	/** The active catalog by slug, to name the lifts of given one-rep maxes. */
	private final Map<String, Exercise> exercises;

	private final CandidatePool pool;

	private final DoseRules doses;

	private final Wording wording;

	private final SessionFiller filler;

	private final Progression progression;

	private final VolumeFloor floor;

	private final Periodisation periodisation;

	public PlanBuilder(PlanRequest request, List<Exercise> active, Taxonomy taxonomy) {
		this.request = request;
		this.exercises = new HashMap<>();
		active.forEach((e) -> this.exercises.put(e.slug(), e));
		this.doses = new DoseRules(request);
		this.pool = CandidatePool.screen(request, active, taxonomy);
		this.wording = new Wording(request, taxonomy, this.doses.spec());
		ExerciseChooser chooser = new ExerciseChooser(request, this.pool);
		this.filler = new SessionFiller(request, taxonomy, this.pool, this.doses, chooser, this.wording);
		this.floor = new VolumeFloor(request, this.pool, this.doses, chooser, this.filler);
		this.periodisation = new Periodisation(request);
		this.progression = new Progression(request, this.pool, this.doses, this.wording, this.periodisation);
	}

	public Plan build() {
		List<String> warnings = new ArrayList<>();
		if (this.request.has("acute-low-back-pain")) {
			warnings.add(Wording.ACUTE_BACK_PAIN);
		}
		int budget = this.request.minutesPerSession() * 60;
		if (this.request.goal() == Goal.MORNING_ROUTINE) {
			if (this.request.minutesPerSession() > 15) {
				warnings.add(Wording.morningLimit(this.request.minutesPerSession()));
			}
			budget = Math.min(budget, 15 * 60);
		}
		List<SessionDraft> mains = new ArrayList<>();
		for (WeekSchedule.Day day : WeekSchedule.layOut(this.request.daysPerWeek())) {
			mains.add(this.filler.main(day, mains, budget));
		}
		VolumeFloor.Result raised = this.floor.raise(mains, budget);
		List<SessionDraft> sessions = new ArrayList<>();
		for (SessionDraft main : raised.sessions()) {
			sessions.add(this.filler.finish(main, budget));
		}
		if (this.request.beginner() && budget > SessionFiller.BEGINNER_TRAINING_SECONDS) {
			warnings.add(Wording.beginnerTime(this.request.minutesPerSession()));
		}
		warnings.addAll(raised.warnings());
		List<Plan.Week> weeks = this.progression.weeks(sessions, budget);
		warnings.addAll(untrainedSides(weeks));
		int shortest = weeks.stream()
			.flatMap((w) -> w.sessions().stream())
			.mapToInt(Plan.Session::estimatedMinutes)
			.min()
			.orElse(0);
		boolean beginnerWalk = this.request.beginner() && budget > SessionFiller.BEGINNER_TRAINING_SECONDS;
		if (shortest * 100 < 80 * (budget / 60) && !beginnerWalk) {
			warnings.add(Wording.shortSessions(budget / 60, shortest));
		}
		Set<String> inPlan = new HashSet<>();
		weeks.forEach((w) -> w.sessions()
			.forEach((s) -> s.blocks()
				.stream()
				.filter((b) -> b.kind().equals("main"))
				.forEach((b) -> b.items().forEach((i) -> inPlan.add(i.exercise().slug())))));
		boolean oneRepMaxUsed = inPlan.stream()
			.map(this.pool::usable)
			.flatMap(Optional::stream)
			.anyMatch(this.periodisation::usedFor);
		RuleLedger.Facts facts = new RuleLedger.Facts(this.request, this.doses.spec(),
				sessions.stream().anyMatch((s) -> s.day().hasNeighbours()),
				sessions.stream().anyMatch((s) -> !s.main().isEmpty()), this.pool.excludedCount() > 0, oneRepMaxUsed);
		List<Plan.Guidance> guidance = new ArrayList<>(PlanAdvice.guidance(this.request));
		OneRepMaxWording.guidance(this.request, this.periodisation, inPlan, this.exercises)
			.ifPresent((g) -> guidance.add(0, g));
		return new Plan(null, profile(),
				this.wording.summary(sessions.stream().map((s) -> s.day().day()).toList(), budget,
						this.pool.excludedCount(), this.pool.unavailable()),
				weeks, this.pool.excluded(), List.copyOf(warnings), List.copyOf(guidance), RuleLedger.inForce(facts));
	}

	/**
	 * Core and back plans: a warning for each side of the trunk the first week leaves
	 * untrained.
	 */
	private List<String> untrainedSides(List<Plan.Week> weeks) {
		List<String> warnings = new ArrayList<>();
		if (this.request.goal() != Goal.CORE && this.request.goal() != Goal.BACK_HEALTH) {
			return warnings;
		}
		Map<String, Set<String>> sides = Map.of("front (abdominals)",
				Set.of("rectus-abdominis", "transverse-abdominis"), "back (extensors)",
				Set.of("erector-spinae", "multifidus"), "sides (obliques)", Set.of("obliques", "quadratus-lumborum"));
		Plan.Week first = weeks.get(0);
		for (Map.Entry<String, Set<String>> side : sides.entrySet()) {
			boolean trained = first.sessions()
				.stream()
				.flatMap((s) -> s.blocks().stream())
				.filter((b) -> b.kind().equals("main"))
				.flatMap((b) -> b.items().stream())
				.anyMatch((i) -> this.pool.exercise(i.exercise().slug())
					.targetMuscles()
					.stream()
					.anyMatch(side.getValue()::contains));
			if (!trained) {
				warnings.add(Wording.untrainedSide(side.getKey()));
			}
		}
		return warnings;
	}

	private Plan.Profile profile() {
		PlanRequest r = this.request;
		return new Plan.Profile(r.goal().token(), r.level(), r.daysPerWeek(), r.minutesPerSession(), r.weeks(),
				r.equipment(), r.conditions(), r.pregnancyTrimester(), r.focus(),
				(r.startDate() != null) ? r.startDate().toString() : null, r.seed(), r.oneRepMaxes());
	}

}
