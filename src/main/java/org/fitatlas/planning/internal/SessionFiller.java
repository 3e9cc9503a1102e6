package org.fitatlas.planning.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.fitatlas.catalog.Exercise;
import org.fitatlas.catalog.Taxonomy;
import org.fitatlas.planning.Goal;
import org.fitatlas.planning.Plan;
import org.fitatlas.planning.PlanRequest;

/**
 * Fills one session of the first week within its time budget: about 5 minutes of warm-up,
 * the goal's slots with the best-ranked exercise that fits, then a cool-down of
 * stretches.
 */
final class SessionFiller {

	private static final int WARM_UP_SECONDS = 300;

	/** Time kept back for the cool-down while the main block is filled. */
	private static final int COOL_DOWN_RESERVE = 80;

	private static final int COOL_DOWN_SECONDS = 300;

	private static final int COOL_DOWN_ITEMS = 3;

	private static final int MAX_MAIN_ITEMS = 8;

	private static final List<String> WARM_UP_PREFERRED = List.of("joint-mobility-warm-up", "marching-in-place",
			"arm-circles", "hip-circles", "leg-swings", "cat-cow", "ankle-circles");

	private final PlanRequest request;

	private final Taxonomy taxonomy;

	private final CandidatePool pool;

	private final DoseRules doses;

	private final ExerciseChooser chooser;

	private final Wording wording;

	SessionFiller(PlanRequest request, Taxonomy taxonomy, CandidatePool pool, DoseRules doses, ExerciseChooser chooser,
			Wording wording) {
		this.request = request;
		this.taxonomy = taxonomy;
		this.pool = pool;
		this.doses = doses;
		this.chooser = chooser;
		this.wording = wording;
	}

	/** The filled session for a day, given the sessions filled before it. */
	SessionDraft fill(WeekSchedule.Day day, List<SessionDraft> filled, int budget) {
		Set<String> blocked = new HashSet<>();
		for (SessionDraft other : filled) {
			if (WeekSchedule.adjacent(other.day().day(), day.day())) {
				blocked.addAll(other.resistanceTargets());
			}
		}
		List<Plan.Item> warmUp = warmUp();
		int used = TimeModel.seconds(warmUp);
		int mainBudget = budget - used - COOL_DOWN_RESERVE;
		SessionDraft draft = SessionDraft.on(day).withWarmUp(warmUp);
		List<Slots.Slot> slots = new ArrayList<>(
				Slots.focus(this.request.goal(), this.request.focus(), this.taxonomy.tokens(Taxonomy.MUSCLES)));
		int fullBefore = (int) filled.stream().filter((s) -> s.day().kind() == Slots.Day.FULL).count();
		slots.addAll(Slots.forDay(this.request.goal(), day.kind(), fullBefore));
		for (int pass = 0; pass < 2; pass++) {
			for (Slots.Slot slot : slots) {
				if (draft.main().size() >= MAX_MAIN_ITEMS) {
					break;
				}
				draft = addToMain(draft, slot, blocked, mainBudget - draft.mainPeakSeconds(), pass);
			}
		}
		if (draft.main().isEmpty()) {
			for (Slots.Slot slot : Slots.FALLBACK) {
				draft = addToMain(draft, slot, blocked, mainBudget - draft.mainPeakSeconds(), 0);
				if (!draft.main().isEmpty()) {
					break;
				}
			}
		}
		int spent = used + draft.mainPeakSeconds();
		return draft.withCoolDown(coolDown(draft, budget - spent));
	}

	/**
	 * Adds the best exercise for a slot if its starting dose fits in the seconds left.
	 */
	private SessionDraft addToMain(SessionDraft draft, Slots.Slot slot, Set<String> blocked, int remaining, int pass) {
		if (pass > 0 && !slot.resistance() && this.request.goal() != Goal.FLEXIBILITY) {
			return draft;
		}
		boolean patternRules = Slots.patternGoal(this.request.goal());
		for (Exercise e : this.chooser.ranked(slot, blocked, draft.slugs())) {
			if (patternRules && !draft.admits(e)) {
				continue;
			}
			Dose start = this.doses.startDose(e);
			int peak = this.doses.peakSeconds(e, start);
			if (start.seconds(DoseRules.perSide(e)) > remaining) {
				continue;
			}
			return draft.withMainItem(new SessionDraft.MainItem(slot, e, start, Math.min(peak, remaining)));
		}
		return draft;
	}

	private List<Plan.Item> warmUp() {
		List<Exercise> candidates = new ArrayList<>();
		for (Exercise e : this.pool.usable()) {
			if ((e.category().equals("mobility") || e.category().equals("cardio")) && e.level().equals("beginner")
					&& !e.traits().contains("high-impact")) {
				candidates.add(e);
			}
		}
		candidates.sort(Comparator.comparingInt((Exercise e) -> {
			int rank = WARM_UP_PREFERRED.indexOf(e.slug());
			return (rank < 0) ? 100 : rank;
		}).thenComparing(Exercise::slug));
		List<Plan.Item> items = new ArrayList<>();
		int seconds = 0;
		for (Exercise e : candidates) {
			if (seconds >= WARM_UP_SECONDS) {
				break;
			}
			Plan.Item item = fitted(warmUpItem(e), WARM_UP_SECONDS - seconds,
					(e.defaultDose().reps() != null) ? e.defaultDose().reps() : 1);
			items.add(item);
			seconds += TimeModel.seconds(item);
		}
		return items;
	}

	/**
	 * Shortens the last warm-up item so the warm-up ends close to 5 minutes, leaving time
	 * for the work.
	 */
	private static Plan.Item fitted(Plan.Item item, int needed, int fewestReps) {
		if (TimeModel.seconds(item) <= needed) {
			return item;
		}
		int sides = item.perSide() ? 2 : 1;
		int work = Math.max(0, needed - TimeModel.TRANSITION);
		Integer hold = (item.holdSeconds() != null) ? Math.max(60, (work + sides - 1) / sides) : null;
		Integer reps = (item.reps() != null) ? Math.max(fewestReps,
				(work + TimeModel.SECONDS_PER_REP * sides - 1) / (TimeModel.SECONDS_PER_REP * sides)) : null;
		return new Plan.Item(item.exercise(), item.sets(), reps, item.repsMax(), hold, item.perSide(), item.toFailure(),
				item.restSeconds(), item.load(), item.tempo(), item.cues(), item.why());
	}

	private static Plan.Item warmUpItem(Exercise e) {
		Integer reps = null;
		Integer hold = null;
		if (e.defaultDose().timed()) {
			hold = Math.max(60, Math.min(120, e.defaultDose().holdSeconds()));
		}
		else {
			reps = (e.defaultDose().repsMax() != null) ? e.defaultDose().repsMax() : e.defaultDose().reps();
		}
		return new Plan.Item(Wording.link(e), 1, reps, null, hold, DoseRules.perSide(e), false, 0, "body weight",
				Wording.tempo(e, hold), Wording.cues(e), Wording.WARM_UP_WHY);
	}

	/**
	 * Stretches for the muscles just worked, at least one, up to 5 minutes and 3 items.
	 */
	private List<Plan.Item> coolDown(SessionDraft draft, int remaining) {
		Set<String> worked = new HashSet<>();
		draft.main().forEach((m) -> worked.addAll(m.exercise().targetMuscles()));
		Set<String> inSession = draft.slugs();
		List<Exercise> stretches = new ArrayList<>();
		for (Exercise e : this.pool.usable()) {
			if (DoseRules.stretch(e) && !inSession.contains(e.slug()) && this.pool.levelAllowed(e)) {
				stretches.add(e);
			}
		}
		stretches
			.sort(Comparator.comparingLong((Exercise e) -> -e.targetMuscles().stream().filter(worked::contains).count())
				.thenComparing((Exercise e) -> DoseRules.perSide(e) ? 1 : 0)
				.thenComparing(Exercise::slug));
		List<Plan.Item> items = new ArrayList<>();
		int spent = 0;
		for (Exercise e : stretches) {
			Plan.Item item = new Plan.Item(Wording.link(e), 1, null, null, 30, DoseRules.perSide(e), false, 15,
					"body weight", Wording.tempo(e, 30), Wording.cues(e), this.wording.coolDownWhy(e));
			int seconds = TimeModel.seconds(item);
			if (items.isEmpty()
					|| (spent + seconds <= Math.min(remaining, COOL_DOWN_SECONDS) && items.size() < COOL_DOWN_ITEMS)) {
				items.add(item);
				spent += seconds;
			}
			if (items.size() >= COOL_DOWN_ITEMS || spent >= Math.min(remaining, COOL_DOWN_SECONDS)) {
				break;
			}
		}
		return items;
	}

}
