package org.fitatlas.planning.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fitatlas.catalog.Exercise;
import org.fitatlas.planning.PlanRequest;

/**
 * Brings each major muscle group up to the lower figure of the goal's weekly sets once
 * the first week's main blocks are filled: an exercise for a group under it goes into the
 * session with the most time left that may take it (48 hours between the same muscles,
 * the pattern rules, the ceiling of every group it trains). A group that stays under it
 * gets a warning that says why.
 */
final class VolumeFloor {

	/**
	 * The sessions with their main blocks raised, and a warning for each group left
	 * short.
	 */
	record Result(List<SessionDraft> sessions, List<String> warnings) {
	}

	/** Why a group could not get another exercise, in the order a person would fix it. */
	private enum Shortfall {

		NO_EXERCISE, TIME, FULL, REST_DAYS, OTHER

	}

	private final PlanRequest request;

	private final CandidatePool pool;

	private final DoseRules doses;

	private final ExerciseChooser chooser;

	private final SessionFiller filler;

	VolumeFloor(PlanRequest request, CandidatePool pool, DoseRules doses, ExerciseChooser chooser,
			SessionFiller filler) {
		this.request = request;
		this.pool = pool;
		this.doses = doses;
		this.chooser = chooser;
		this.filler = filler;
	}

	Result raise(List<SessionDraft> first, int budget) {
		WeeklySets.Range range = WeeklySets.range(this.request);
		List<SessionDraft> sessions = new ArrayList<>(first);
		List<String> warnings = new ArrayList<>();
		if (range == null || range.low() == 0) {
			return new Result(sessions, warnings);
		}
		for (String group : WeeklySets.GROUPS.keySet()) {
			Shortfall shortfall = null;
			while (startSets(sessions).getOrDefault(group, 0) < range.low()) {
				shortfall = addOne(sessions, group, range, budget);
				if (shortfall != null) {
					break;
				}
			}
			if (shortfall != null) {
				warnings.add(warning(group, startSets(sessions).getOrDefault(group, 0), range, shortfall, budget));
			}
		}
		return new Result(sessions, warnings);
	}

	/**
	 * Adds one exercise for the group to the session with the most time left that takes
	 * it; null when one was added, otherwise why none could be.
	 */
	private Shortfall addOne(List<SessionDraft> sessions, String group, WeeklySets.Range range, int budget) {
		Slots.Slot slot = new Slots.Slot("more-" + group, "the weekly sets of the " + group,
				WeeklySets.GROUPS.get(group), Set.of("strength"), List.of());
		boolean anyExercise = !this.chooser.ranked(slot, Set.of(), Set.of()).isEmpty();
		if (!anyExercise) {
			return Shortfall.NO_EXERCISE;
		}
		Map<String, Integer> peak = peakSets(sessions);
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < sessions.size(); i++) {
			order.add(i);
		}
		order.sort(Comparator.comparingInt((Integer i) -> -this.filler.mainSecondsLeft(sessions.get(i), budget))
			.thenComparing((i) -> i));
		boolean timeShort = false;
		boolean full = false;
		boolean restShort = false;
		boolean patternRules = Slots.patternGoal(this.request.goal());
		for (int i : order) {
			SessionDraft draft = sessions.get(i);
			if (draft.main().size() >= SessionFiller.MAX_MAIN_ITEMS) {
				full = true;
				continue;
			}
			if (this.chooser.ranked(slot, Set.of(), draft.slugs()).isEmpty()) {
				continue;
			}
			List<Exercise> ranked = this.chooser.ranked(slot, blocked(sessions, draft), draft.slugs());
			if (ranked.isEmpty()) {
				restShort = true;
				continue;
			}
			int left = this.filler.mainSecondsLeft(draft, budget);
			for (Exercise e : ranked) {
				if (patternRules && !draft.admits(e)) {
					continue;
				}
				Dose start = this.doses.startDose(e);
				int sets = this.doses.peakSets(e, start);
				if (WeeklySets.groupsOf(e).stream().anyMatch((g) -> peak.getOrDefault(g, 0) + sets > range.high())) {
					continue;
				}
				if (start.seconds(DoseRules.perSide(e)) > left) {
					timeShort = true;
					continue;
				}
				int peakSeconds = Math.min(this.doses.peakSeconds(e, start), left);
				sessions.set(i, draft.withMainItem(new SessionDraft.MainItem(slot, e, start, peakSeconds)));
				return null;
			}
		}
		if (oneMoreSet(sessions, group, range, budget, order)) {
			return null;
		}
		return timeShort ? Shortfall.TIME : full ? Shortfall.FULL : restShort ? Shortfall.REST_DAYS : Shortfall.OTHER;
	}

	/**
	 * Where no exercise can be added: one set more, from week 1, on an item for the group
	 * that is below the dose's most sets and whose session has the time.
	 */
	private boolean oneMoreSet(List<SessionDraft> sessions, String group, WeeklySets.Range range, int budget,
			List<Integer> order) {
		Map<String, Integer> peak = peakSets(sessions);
		for (int i : order) {
			SessionDraft draft = sessions.get(i);
			int left = this.filler.mainSecondsLeft(draft, budget);
			for (int k = 0; k < draft.main().size(); k++) {
				SessionDraft.MainItem m = draft.main().get(k);
				Exercise e = m.exercise();
				if (!WeeklySets.groupsOf(e).contains(group) || m.start().sets() >= this.doses.maxSets(e)) {
					continue;
				}
				Dose start = m.start();
				Dose more = new Dose(start.sets() + 1, start.reps(), start.repsMax(), start.hold(), start.rest(),
						start.loadSteps());
				int added = this.doses.peakSets(e, more) - this.doses.peakSets(e, start);
				if (WeeklySets.groupsOf(e).stream().anyMatch((g) -> peak.getOrDefault(g, 0) + added > range.high())) {
					continue;
				}
				int peakSeconds = Math.max(m.peakSeconds(), this.doses.peakSeconds(e, more));
				if (peakSeconds - m.peakSeconds() > left) {
					continue;
				}
				sessions.set(i, draft.withMainItem(k, new SessionDraft.MainItem(m.slot(), e, more, peakSeconds)));
				return true;
			}
		}
		return false;
	}

	/** The muscles trained on the days either side of a session. */
	private static Set<String> blocked(List<SessionDraft> sessions, SessionDraft draft) {
		Set<String> blocked = new HashSet<>();
		for (SessionDraft other : sessions) {
			if (other != draft && WeekSchedule.adjacent(other.day().day(), draft.day().day())) {
				blocked.addAll(other.resistanceTargets());
			}
		}
		return blocked;
	}

	/** Week 1's hard sets per group. */
	private static Map<String, Integer> startSets(List<SessionDraft> sessions) {
		Map<String, Integer> sets = new HashMap<>();
		for (SessionDraft s : sessions) {
			for (SessionDraft.MainItem m : s.main()) {
				WeeklySets.groupsOf(m.exercise()).forEach((g) -> sets.merge(g, m.start().sets(), Integer::sum));
			}
		}
		return sets;
	}

	/** The most hard sets per group any week reaches. */
	private Map<String, Integer> peakSets(List<SessionDraft> sessions) {
		Map<String, Integer> sets = new HashMap<>();
		for (SessionDraft s : sessions) {
			for (SessionDraft.MainItem m : s.main()) {
				int peak = this.doses.peakSets(m.exercise(), m.start());
				WeeklySets.groupsOf(m.exercise()).forEach((g) -> sets.merge(g, peak, Integer::sum));
			}
		}
		return sets;
	}

	private String warning(String group, int sets, WeeklySets.Range range, Shortfall shortfall, int budget) {
		String why = switch (shortfall) {
			case NO_EXERCISE -> "no exercise for it suits your equipment"
					+ (this.request.conditions().isEmpty() ? " and level" : ", level and health conditions");
			case TIME -> this.request.beginner() && budget > SessionFiller.BEGINNER_TRAINING_SECONDS
					? "beginners keep to about 40 minutes of training a session in the first month, and that time "
							+ "is full"
					: "the sessions have no time left for another exercise for the " + group;
			case FULL -> "the sessions that could take it already hold " + SessionFiller.MAX_MAIN_ITEMS
					+ " main exercises, the most a session holds";
			case REST_DAYS -> "with sessions on consecutive days, the " + group
					+ " would get less than 48 hours to recover; another training day apart would make room";
			case OTHER -> "another exercise for it would go over the weekly ceiling of a muscle group it shares, or "
					+ "repeat a movement already in the session";
		};
		return "The " + group + (group.endsWith("s") ? " get " : " gets ") + sets + " hard set"
				+ ((sets == 1) ? "" : "s") + " a week, under the " + range.low() + "–" + range.high() + " aimed for ("
				+ range.source() + "): " + why + ".";
	}

}
