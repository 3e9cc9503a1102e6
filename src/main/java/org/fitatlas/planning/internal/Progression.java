package org.fitatlas.planning.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.fitatlas.catalog.Exercise;
import org.fitatlas.planning.Goal;
import org.fitatlas.planning.Plan;
import org.fitatlas.planning.PlanRequest;

/**
 * Lays the first week's sessions over the plan's weeks, each main item climbing by
 * gradualness (reps or hold, then a set, then the harder rung) with deload weeks between.
 */
final class Progression {

	private final PlanRequest request;

	private final CandidatePool pool;

	private final DoseRules doses;

	private final Wording wording;

	private final Periodisation periodisation;

	Progression(PlanRequest request, CandidatePool pool, DoseRules doses, Wording wording,
			Periodisation periodisation) {
		this.request = request;
		this.pool = pool;
		this.doses = doses;
		this.wording = wording;
		this.periodisation = periodisation;
	}

	/**
	 * Where one main item stands in a week: the exercise now used, its dose and its
	 * rung's start.
	 */
	private record Track(SessionDraft.MainItem item, Exercise exercise, Dose dose, Dose start) {

		static Track first(SessionDraft.MainItem item) {
			return new Track(item, item.exercise(), item.start(), item.start());
		}

	}

	/** A track after one week's step, and what changed, for the item's why. */
	private record Step(Track track, String change) {
	}

	/** The longest steady finisher: 45 minutes. */
	static final int FINISHER_MAX_SECONDS = 45 * 60;

	/**
	 * The plan's weeks from the first week's sessions; finishers take what the work
	 * leaves of the budget.
	 */
	List<Plan.Week> weeks(List<SessionDraft> sessions, int budget) {
		List<List<Track>> tracks = sessions.stream().map((s) -> s.main().stream().map(Track::first).toList()).toList();
		List<Plan.Week> weeks = new ArrayList<>();
		for (int week = 1; week <= this.request.weeks(); week++) {
			boolean deload = this.doses.deload(week);
			List<Plan.Session> planned = new ArrayList<>();
			List<List<Track>> advanced = new ArrayList<>();
			for (int s = 0; s < sessions.size(); s++) {
				SessionDraft session = sessions.get(s);
				List<Track> moved = new ArrayList<>();
				List<Plan.Item> main = new ArrayList<>();
				List<Track> before = tracks.get(s);
				for (int t = 0; t < before.size(); t++) {
					Track track = before.get(t);
					if (this.periodisation.usedFor(track.exercise())) {
						// loads from the person's one-rep max follow the wave, not
						// double progression
						moved.add(track);
						main.add(OneRepMaxWording.item(this.wording, track.exercise(), track.item().slot().label(),
								this.periodisation.week(track.exercise(), week, deload, track.start().sets()), week,
								deload, track.start().rest(), this.request.level().equals("advanced")));
						continue;
					}
					String change = "";
					if (week > 1 && !deload) {
						// the session this week: the items already moved, then those
						// still to
						// move
						List<Exercise> others = new ArrayList<>();
						moved.forEach((m) -> others.add(m.exercise()));
						before.subList(t + 1, before.size()).forEach((m) -> others.add(m.exercise()));
						Step step = advance(track, week, session.day().hasNeighbours(), others);
						track = step.track();
						change = step.change();
					}
					moved.add(track);
					Dose shown = deload ? DoseRules.lighter(track.dose()) : track.dose();
					main.add(this.wording.mainItem(track.exercise(), track.item().slot().label(), shown, week, deload,
							change));
				}
				advanced.add(moved);
				planned.add(session(session, main, budget));
			}
			tracks = advanced;
			WeeklySets.Range range = WeeklySets.range(this.request);
			weeks.add(new Plan.Week(week, this.wording.theme(week, deload), deload, planned,
					WeeklySets.of(planned, this.pool),
					(range != null) ? new Plan.SetRange(range.low(), range.high(), range.source()) : null));
		}
		return weeks;
	}

	private Plan.Session session(SessionDraft draft, List<Plan.Item> work, int budget) {
		List<Plan.Item> main = new ArrayList<>(work);
		if (draft.finisher().isPresent()) {
			int before = TimeModel.seconds(draft.warmUp()) + TimeModel.seconds(work)
					+ TimeModel.seconds(draft.coolDown());
			int hold = Math.min(FINISHER_MAX_SECONDS, (budget - before - TimeModel.TRANSITION) / 30 * 30);
			main.add(this.wording.finisher(draft.finisher().get(), Math.max(60, hold)));
		}
		List<Plan.Block> blocks = List.of(new Plan.Block("warm-up", draft.warmUp()), new Plan.Block("main", main),
				new Plan.Block("cool-down", draft.coolDown()));
		int seconds = TimeModel.seconds(draft.warmUp()) + TimeModel.seconds(main) + TimeModel.seconds(draft.coolDown());
		return new Plan.Session(draft.day().day(), this.wording.title(draft.day().kind()), TimeModel.minutes(seconds),
				blocks);
	}

	/**
	 * Moves a track one step by gradualness, or up its ladder when the dose is capped.
	 */
	private Step advance(Track track, int week, boolean neighbours, List<Exercise> others) {
		Exercise e = track.exercise();
		int peakSeconds = track.item().peakSeconds();
		Dose next = this.doses.step(e, track.dose(), track.start());
		if (next != null) {
			if (next.seconds(DoseRules.perSide(e)) <= peakSeconds) {
				String what = (next.loadSteps() > track.dose().loadSteps()) ? Wording.addLoad(e, next)
						: (next.sets() > track.dose().sets()) ? Wording.ONE_MORE_SET
								: (next.hold() != null) ? Wording.LONGER_HOLD : Wording.MORE_REPS;
				return new Step(new Track(track.item(), e, next, track.start()), what);
			}
			return new Step(track, Wording.NO_TIME);
		}
		if (this.request.goal() == Goal.BACK_HEALTH && week < 5) {
			return new Step(track, Wording.BACK_ENTRY_MONTH);
		}
		Set<String> allowedTargets = Set.copyOf(track.item().exercise().targetMuscles());
		for (String slug : e.harder()) {
			Exercise harder = this.pool.usable(slug).orElse(null);
			if (harder == null) {
				continue;
			}
			if (DoseTable.levelIndex(harder.level()) > DoseTable.levelIndex(this.request.level()) + 1) {
				continue;
			}
			List<String> groups = WeeklySets.groupsOf(track.item().exercise());
			if (!groups.containsAll(WeeklySets.groupsOf(harder))) {
				// a harder rung that loads another muscle group would break the week's
				// set count
				continue;
			}
			if (WeeklySets.volumeGoal(this.request.goal()) && !WeeklySets.groupsOf(harder).containsAll(groups)) {
				// nor may it drop a group, which would fall under its weekly sets
				continue;
			}
			if (Slots.patternGoal(this.request.goal()) && !harder.pattern().equals(e.pattern())) {
				// an inverted row leads on to pull-ups, but the week still needs its row
				continue;
			}
			if (neighbours && DoseRules.resistance(harder) && !allowedTargets.containsAll(harder.targetMuscles())) {
				continue;
			}
			if (others.stream().anyMatch((o) -> Lifts.same(o, harder))) {
				// never the same lift twice in a session: the scapular pull-up leads on
				// to
				// the negative pull-up, the next rung of an inverted row in the same
				// session
				continue;
			}
			Dose start = this.doses.startDose(harder);
			if (track.start().sets() > start.sets()) {
				// the set added for the week's volume stays on the harder rung
				start = new Dose(track.start().sets(), start.reps(), start.repsMax(), start.hold(), start.rest());
			}
			if (start.seconds(DoseRules.perSide(harder)) > peakSeconds) {
				continue;
			}
			return new Step(new Track(track.item(), harder, start, start), Wording.movedUp(e.name()));
		}
		return new Step(track, Wording.LADDER_TOP);
	}

}
