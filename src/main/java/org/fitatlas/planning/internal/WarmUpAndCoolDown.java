package org.fitatlas.planning.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.fitatlas.catalog.Exercise;
import org.fitatlas.planning.Plan;

/**
 * The two ends of a session: about 5 minutes of gentle mobility and cardio to warm up,
 * and a cool-down of stretches for the muscles just worked.
 */
final class WarmUpAndCoolDown {

	private static final int WARM_UP_SECONDS = 300;

	private static final int COOL_DOWN_SECONDS = 300;

	private static final int COOL_DOWN_ITEMS = 3;

	private static final List<String> WARM_UP_PREFERRED = List.of("joint-mobility-warm-up", "marching-in-place",
			"arm-circles", "hip-circles", "leg-swings", "cat-cow", "ankle-circles");

	private final CandidatePool pool;

	private final Wording wording;

	WarmUpAndCoolDown(CandidatePool pool, Wording wording) {
		this.pool = pool;
		this.wording = wording;
	}

	List<Plan.Item> warmUp() {
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
	List<Plan.Item> coolDown(SessionDraft draft, int remaining) {
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
