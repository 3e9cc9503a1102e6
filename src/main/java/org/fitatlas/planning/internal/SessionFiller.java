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
 * Fills one session of the first week within its time budget: about 5 minutes of warm-up,
 * the goal's slots with the best-ranked exercise that fits, then a cool-down of
 * stretches.
 */
final class SessionFiller {

	/** Time kept back for the cool-down while the main block is filled. */
	private static final int COOL_DOWN_RESERVE = 80;

	static final int MAX_MAIN_ITEMS = 8;

	/**
	 * Beginners train for about 30–40 minutes in their first month; the rest of a longer
	 * session is an easy walk.
	 */
	static final int BEGINNER_TRAINING_SECONDS = 40 * 60;

	/** The shortest finisher worth doing: two minutes of work and the move to it. */
	static final int FINISHER_MIN_SECONDS = TimeModel.TRANSITION + 120;

	/**
	 * Finishers for beginners and anyone whose health calls for gentle work: walking
	 * first.
	 */
	private static final List<String> GENTLE_FINISHERS = List.of("walking", "treadmill-walk", "stationary-bike",
			"elliptical-trainer", "marching-in-place");

	private static final List<String> FINISHERS = List.of("stationary-bike", "rowing-machine", "elliptical-trainer",
			"stair-climber", "jump-rope", "walking", "treadmill-walk", "marching-in-place");

	private final PlanRequest request;

	private final Taxonomy taxonomy;

	private final CandidatePool pool;

	private final DoseRules doses;

	private final ExerciseChooser chooser;

	private final Wording wording;

	private final WarmUpAndCoolDown ends;

	SessionFiller(PlanRequest request, Taxonomy taxonomy, CandidatePool pool, DoseRules doses, ExerciseChooser chooser,
			Wording wording) {
		this.request = request;
		this.taxonomy = taxonomy;
		this.pool = pool;
		this.doses = doses;
		this.chooser = chooser;
		this.wording = wording;
		this.ends = new WarmUpAndCoolDown(pool, wording);
	}

	/**
	 * The warm-up and main block for a day, given the sessions filled before it; the
	 * cool-down and finisher come with {@link #finish}.
	 */
	SessionDraft main(WeekSchedule.Day day, List<SessionDraft> filled, int budget) {
		Set<String> blocked = new HashSet<>();
		for (SessionDraft other : filled) {
			if (WeekSchedule.adjacent(other.day().day(), day.day())) {
				blocked.addAll(other.resistanceTargets());
			}
		}
		Map<String, Integer> weekSets = new HashMap<>();
		Set<String> weekPatterns = new HashSet<>();
		for (SessionDraft other : filled) {
			other.main().forEach((m) -> addSets(weekSets, m));
			other.main().forEach((m) -> weekPatterns.add(m.exercise().pattern()));
		}
		int training = training(budget);
		List<Plan.Item> warmUp = this.ends.warmUp();
		int used = TimeModel.seconds(warmUp);
		int mainBudget = training - used - COOL_DOWN_RESERVE;
		SessionDraft draft = SessionDraft.on(day).withWarmUp(warmUp);
		List<Slots.Slot> slots = new ArrayList<>();
		if (this.request.has("acute-low-back-pain")) {
			slots.addAll(Slots.ACUTE_BACK);
		}
		else {
			slots
				.addAll(Slots.focus(this.request.goal(), this.request.focus(), this.taxonomy.tokens(Taxonomy.MUSCLES)));
			int fullBefore = (int) filled.stream().filter((s) -> s.day().kind() == Slots.Day.FULL).count();
			slots.addAll(Slots.forDay(this.request.goal(), day.kind(), fullBefore));
		}
		for (int pass = 0; pass < 2; pass++) {
			for (Slots.Slot slot : slots) {
				if (draft.main().size() >= MAX_MAIN_ITEMS) {
					break;
				}
				draft = addToMain(draft, slot, blocked, mainBudget - draft.mainPeakSeconds(), pass, weekSets,
						weekPatterns);
			}
		}
		if (draft.main().isEmpty()) {
			for (Slots.Slot slot : Slots.FALLBACK) {
				draft = addToMain(draft, slot, blocked, mainBudget - draft.mainPeakSeconds(), 0, weekSets,
						weekPatterns);
				if (!draft.main().isEmpty()) {
					break;
				}
			}
		}
		return draft;
	}

	/** The seconds the main block may still take in a session of this budget. */
	int mainSecondsLeft(SessionDraft draft, int budget) {
		return training(budget) - TimeModel.seconds(draft.warmUp()) - COOL_DOWN_RESERVE - draft.mainPeakSeconds();
	}

	/** Closes a session: the cool-down, then a finisher if time is left. */
	SessionDraft finish(SessionDraft main, int budget) {
		SessionDraft draft = main;
		int training = training(budget);
		int spent = TimeModel.seconds(draft.warmUp()) + draft.mainPeakSeconds();
		draft = draft.withCoolDown(this.ends.coolDown(draft, training - spent));
		int left = budget - spent - TimeModel.seconds(draft.coolDown());
		if (left >= FINISHER_MIN_SECONDS && this.request.goal() != Goal.MORNING_ROUTINE) {
			Optional<Exercise> finisher = finisher(draft);
			if (finisher.isPresent()) {
				draft = draft.withFinisher(finisher.get());
			}
		}
		return draft;
	}

	/** The seconds of structured training: beginners keep to 40 minutes at first. */
	int training(int budget) {
		return this.request.beginner() ? Math.min(budget, BEGINNER_TRAINING_SECONDS) : budget;
	}

	/**
	 * Whether the finisher should be gentle: beginners, back and rehab plans, any
	 * condition.
	 */
	boolean gentle() {
		return this.request.beginner() || this.request.goal() == Goal.BACK_HEALTH
				|| this.request.goal() == Goal.POST_SURGERY_REHAB || this.request.goal() == Goal.FLEXIBILITY
				|| !this.request.conditions().isEmpty();
	}

	private Optional<Exercise> finisher(SessionDraft draft) {
		Set<String> inSession = draft.slugs();
		for (String slug : gentle() ? GENTLE_FINISHERS : FINISHERS) {
			Optional<Exercise> e = this.pool.usable(slug);
			if (e.isPresent() && !inSession.contains(slug) && this.pool.levelAllowed(e.get())) {
				return e;
			}
		}
		return Optional.empty();
	}

	/**
	 * Adds an item's most sets to the week's tally of each muscle group it counts for.
	 */
	private void addSets(Map<String, Integer> tally, SessionDraft.MainItem m) {
		int sets = this.doses.peakSets(m.exercise(), m.start());
		WeeklySets.groupsOf(m.exercise()).forEach((g) -> tally.merge(g, sets, Integer::sum));
	}

	/** Whether the item keeps every muscle group within the week's range of hard sets. */
	private boolean withinWeeklySets(Exercise e, Dose start, SessionDraft draft, Map<String, Integer> weekSets) {
		WeeklySets.Range range = WeeklySets.range(this.request);
		if (range == null) {
			return true;
		}
		Map<String, Integer> tally = new HashMap<>(weekSets);
		draft.main().forEach((m) -> addSets(tally, m));
		int sets = this.doses.peakSets(e, start);
		return WeeklySets.groupsOf(e).stream().allMatch((g) -> tally.getOrDefault(g, 0) + sets <= range.high());
	}

	/**
	 * Adds the best exercise for a slot if its starting dose fits in the seconds left.
	 */
	private SessionDraft addToMain(SessionDraft draft, Slots.Slot slot, Set<String> blocked, int remaining, int pass,
			Map<String, Integer> weekSets, Set<String> weekPatterns) {
		if (pass > 0 && !slot.resistance() && this.request.goal() != Goal.FLEXIBILITY) {
			return draft;
		}
		boolean patternRules = Slots.patternGoal(this.request.goal()) && !this.request.has("acute-low-back-pain");
		List<Exercise> ranked = this.chooser.ranked(slot, blocked, draft.slugs());
		boolean nearLevel = ranked.stream().anyMatch((e) -> levelsBelow(e) <= 1);
		for (Exercise e : ranked) {
			if (patternRules && !draft.admits(e)) {
				continue;
			}
			if (fillerBelowLevel(e, slot, nearLevel, weekPatterns)) {
				continue;
			}
			Dose start = this.doses.startDose(e);
			int peak = this.doses.peakSeconds(e, start);
			if (start.seconds(DoseRules.perSide(e)) > remaining || !withinWeeklySets(e, start, draft, weekSets)) {
				continue;
			}
			return draft.withMainItem(new SessionDraft.MainItem(slot, e, start, Math.min(peak, remaining)));
		}
		return draft;
	}

	/**
	 * An advanced lifter's squat is not a wall sit: in a strength or size plan, an
	 * exercise two levels below the person does not fill a slot whose pattern an earlier
	 * session of the week already trains at their level, merely because the lifts at
	 * their level did not fit the time left.
	 */
	private boolean fillerBelowLevel(Exercise e, Slots.Slot slot, boolean nearLevel, Set<String> weekPatterns) {
		boolean lifting = this.request.goal() == Goal.STRENGTH || this.request.goal() == Goal.HYPERTROPHY;
		return lifting && slot.resistance() && nearLevel && levelsBelow(e) >= 2 && weekPatterns.contains(e.pattern());
	}

	private int levelsBelow(Exercise e) {
		return DoseTable.levelIndex(this.request.level()) - DoseTable.levelIndex(e.level());
	}

}
