package org.fitatlas.planning.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

import org.fitatlas.catalog.Exercise;
import org.fitatlas.planning.Goal;
import org.fitatlas.planning.PlanRequest;

/**
 * Ranks the candidates for a slot: the slot's muscles and preferred exercises first, then
 * what suits the goal and level, then measured effectiveness, then the seed.
 */
final class ExerciseChooser {

	/** Step down the slot's preference list: each later name scores this much less. */
	private static final double PREFERENCE_STEP = 0.5;

	/** The exercise's first target muscle is one the slot is for. */
	private static final int PRIMARY_MUSCLE = 10;

	/** Each target muscle the slot is for. */
	private static final int PER_SLOT_MUSCLE = 5;

	/** At the person's level, one level below, and further below. */
	private static final int SAME_LEVEL = 6;

	private static final int ONE_LEVEL_BELOW = 3;

	private static final int FURTHER_BELOW = 1;

	/** A compound lift in a strength or hypertrophy plan, and again when it is loaded. */
	private static final int COMPOUND = 4;

	private static final int LOADED_COMPOUND = 4;

	/**
	 * Effectiveness figures (0–100) divided by this break ties between safe exercises.
	 */
	private static final double EFFECTIVENESS_DIVISOR = 20.0;

	/** A target muscle the person asked to favour. */
	private static final int FOCUS = 3;

	/** A lift whose one-rep max the person gave, in a plan that uses it. */
	private static final int ONE_REP_MAX_GIVEN = 8;

	/**
	 * The seed's share: enough to vary ties, never enough to overturn a real difference.
	 */
	private static final double SEED_JITTER = 0.5;

	private final PlanRequest request;

	private final CandidatePool pool;

	private final Random random;

	ExerciseChooser(PlanRequest request, CandidatePool pool) {
		this.request = request;
		this.pool = pool;
		this.random = new Random(request.seed());
	}

	/**
	 * The candidates for a slot, best first: not yet in the session, not training muscles
	 * blocked by a neighbouring day, and for beginners the bottom of each ladder. When no
	 * bottom rung fits the slot, a beginner takes the lowest rung that does: below the
	 * scapular pull-up sits the dead hang, which trains the grip, not the lats.
	 */
	List<Exercise> ranked(Slots.Slot slot, Set<String> blocked, Set<String> inSession) {
		List<Exercise> candidates = candidates(slot, blocked, inSession, (e) -> true);
		if (candidates.isEmpty() && this.request.beginner()) {
			candidates = candidates(slot, blocked, inSession, slot::fits);
		}
		Map<String, Double> scores = new HashMap<>();
		candidates.forEach((e) -> scores.put(e.slug(), score(e, slot)));
		candidates.sort(Comparator.comparingDouble((Exercise e) -> scores.get(e.slug()))
			.reversed()
			.thenComparing(Exercise::slug));
		return candidates;
	}

	/**
	 * @param sameJob which easier rungs keep a beginner off an exercise
	 */
	private List<Exercise> candidates(Slots.Slot slot, Set<String> blocked, Set<String> inSession,
			Predicate<Exercise> sameJob) {
		List<Exercise> candidates = new ArrayList<>();
		for (Exercise e : this.pool.usable()) {
			if (!slot.fits(e) || inSession.contains(e.slug()) || !this.pool.levelAllowed(e)) {
				continue;
			}
			if (DoseRules.resistance(e) && e.targetMuscles().stream().anyMatch(blocked::contains)) {
				continue;
			}
			if (this.request.beginner() && !this.pool.bottomOfLadder(e, sameJob)) {
				continue;
			}
			candidates.add(e);
		}
		return candidates;
	}

	private double score(Exercise e, Slots.Slot slot) {
		double score = 0;
		int rank = slot.preferred().indexOf(e.slug());
		if (rank >= 0) {
			score += slot.preferredWeight() - rank * PREFERENCE_STEP;
		}
		if (!slot.muscles().isEmpty() && slot.muscles().contains(e.targetMuscles().get(0))) {
			score += PRIMARY_MUSCLE;
		}
		score += PER_SLOT_MUSCLE * e.targetMuscles().stream().filter(slot.muscles()::contains).count();
		int gap = DoseTable.levelIndex(this.request.level()) - DoseTable.levelIndex(e.level());
		score += (gap == 0) ? SAME_LEVEL : (gap == 1) ? ONE_LEVEL_BELOW : FURTHER_BELOW;
		if ((this.request.goal() == Goal.STRENGTH || this.request.goal() == Goal.HYPERTROPHY)
				&& e.mechanic().equals("compound")) {
			score += COMPOUND;
			if (e.traits().contains("external-load")) {
				// Loaded compound lifts are the backbone of strength and size work (ACSM
				// 2009).
				score += LOADED_COMPOUND;
			}
		}
		if (e.effectiveness() != null) {
			// Seed 000's EMG figures break ties in favour of the more effective safe
			// exercise.
			score += e.effectiveness().value() / EFFECTIVENESS_DIVISOR;
		}
		if (this.request.oneRepMaxes().containsKey(e.slug()) && this.request.goal() == Goal.STRENGTH
				&& !this.request.beginner()) {
			// a lift the person knows their one-rep max for gets loads in kilograms
			score += ONE_REP_MAX_GIVEN;
		}
		if (!this.request.focus().isEmpty() && e.targetMuscles().stream().anyMatch(this.request.focus()::contains)) {
			score += FOCUS;
		}
		return score + this.random.nextDouble() * SEED_JITTER;
	}

}
