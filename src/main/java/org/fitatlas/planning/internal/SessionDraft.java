package org.fitatlas.planning.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.fitatlas.catalog.Exercise;
import org.fitatlas.planning.Plan;

/**
 * A session of the first week as it is being filled: its day, the warm-up, the main items
 * chosen so far and the cool-down; each step returns a new draft.
 */
record SessionDraft(WeekSchedule.Day day, List<Plan.Item> warmUp, List<MainItem> main, List<Plan.Item> coolDown,
		Optional<Exercise> finisher) {

	SessionDraft {
		warmUp = List.copyOf(warmUp);
		main = List.copyOf(main);
		coolDown = List.copyOf(coolDown);
	}

	/**
	 * One main item as chosen: the slot it fills, the exercise, its starting dose and the
	 * most seconds its progression may take in the session.
	 */
	record MainItem(Slots.Slot slot, Exercise exercise, Dose start, int peakSeconds) {

		MainItem {
			if (peakSeconds < start.seconds(DoseRules.perSide(exercise))) {
				throw new IllegalArgumentException(
						"peakSeconds must cover the starting dose of " + exercise.slug() + ", was " + peakSeconds);
			}
		}

	}

	static SessionDraft on(WeekSchedule.Day day) {
		return new SessionDraft(day, List.of(), List.of(), List.of(), Optional.empty());
	}

	SessionDraft withWarmUp(List<Plan.Item> items) {
		return new SessionDraft(this.day, items, this.main, this.coolDown, this.finisher);
	}

	SessionDraft withMainItem(MainItem item) {
		List<MainItem> more = new ArrayList<>(this.main);
		more.add(item);
		return new SessionDraft(this.day, this.warmUp, more, this.coolDown, this.finisher);
	}

	/**
	 * The draft with the main item at {@code index} replaced, e.g. by one with a set
	 * more.
	 */
	SessionDraft withMainItem(int index, MainItem item) {
		List<MainItem> changed = new ArrayList<>(this.main);
		changed.set(index, item);
		return new SessionDraft(this.day, this.warmUp, changed, this.coolDown, this.finisher);
	}

	SessionDraft withCoolDown(List<Plan.Item> items) {
		return new SessionDraft(this.day, this.warmUp, this.main, items, this.finisher);
	}

	/**
	 * A steady bout of cardio that closes the main block and takes the time the work
	 * leaves.
	 */
	SessionDraft withFinisher(Exercise e) {
		return new SessionDraft(this.day, this.warmUp, this.main, this.coolDown, Optional.of(e));
	}

	/** At most this many main exercises of one movement pattern in a session. */
	static final int MAX_PER_PATTERN = 2;

	/**
	 * Whether the main block may take this exercise: not the same lift as one already
	 * there, and fewer than {@link #MAX_PER_PATTERN} of its pattern.
	 */
	boolean admits(Exercise e) {
		long samePattern = this.main.stream().filter((m) -> m.exercise().pattern().equals(e.pattern())).count();
		return samePattern < MAX_PER_PATTERN && this.main.stream().noneMatch((m) -> Lifts.same(m.exercise(), e));
	}

	/** The exercises already in the session, so none is chosen twice. */
	Set<String> slugs() {
		Set<String> slugs = new HashSet<>();
		this.warmUp.forEach((i) -> slugs.add(i.exercise().slug()));
		this.main.forEach((m) -> slugs.add(m.exercise().slug()));
		return slugs;
	}

	/**
	 * The muscles the session's resistance work trains, kept free on the days either
	 * side.
	 */
	Set<String> resistanceTargets() {
		Set<String> targets = new HashSet<>();
		for (MainItem m : this.main) {
			if (DoseRules.resistance(m.exercise())) {
				targets.addAll(m.exercise().targetMuscles());
			}
		}
		return targets;
	}

	int mainPeakSeconds() {
		return this.main.stream().mapToInt(MainItem::peakSeconds).sum();
	}

}
