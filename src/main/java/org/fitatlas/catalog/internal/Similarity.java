package org.fitatlas.catalog.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.fitatlas.catalog.Exercise;
import org.fitatlas.catalog.ExerciseRef;
import org.fitatlas.catalog.RelatedExercise;

/**
 * How alike two exercises are, and the most alike others for one exercise: the same
 * target muscles count most, then the movement pattern, the category, the equipment and
 * the level. The weights are documented in docs/topic-pages.md.
 */
public final class Similarity {

	static final double TARGETS = 6;

	static final double CROSS = 1.5;

	static final double PATTERN = 3;

	/** Patterns that say no more than the category: counted once, as the category. */
	private static final Set<String> SAME_AS_CATEGORY = Set.of("stretch", "mobility");

	static final double CATEGORY = 2.5;

	static final double EQUIPMENT = 1.5;

	static final double SAME_LEVEL = 1;

	static final double ADJACENT_LEVEL = 0.5;

	static final double BODY_PART = 0.5;

	/** Below this an exercise is not "related", however few others there are. */
	static final double THRESHOLD = 3;

	private static final List<String> LEVELS = List.of("beginner", "intermediate", "advanced");

	private Similarity() {
	}

	/** The similarity of b to a; symmetric, 0 for exercises with nothing in common. */
	public static double score(Exercise a, Exercise b) {
		double score = TARGETS * jaccard(a.targetMuscles(), b.targetMuscles());
		int crossed = overlap(a.targetMuscles(), b.secondaryMuscles())
				+ overlap(a.secondaryMuscles(), b.targetMuscles());
		score += CROSS * crossed / Math.max(1, a.targetMuscles().size() + b.targetMuscles().size());
		if (!a.pattern().isEmpty() && a.pattern().equals(b.pattern()) && !SAME_AS_CATEGORY.contains(a.pattern())) {
			score += PATTERN;
		}
		if (a.category().equals(b.category())) {
			score += CATEGORY;
		}
		score += EQUIPMENT * jaccard(kit(a), kit(b));
		int levelGap = Math.abs(LEVELS.indexOf(a.level()) - LEVELS.indexOf(b.level()));
		score += (levelGap == 0) ? SAME_LEVEL : (levelGap == 1) ? ADJACENT_LEVEL : 0;
		if (a.bodyPart().equals(b.bodyPart())) {
			score += BODY_PART;
		}
		return score;
	}

	/**
	 * Up to {@code limit} other active exercises most like {@code exercise}, best first
	 * (ties by name), never the exercise itself, anything on its easier/harder ladder, or
	 * its listed alternatives: those are already on its page.
	 * @param all every exercise by slug, to walk the ladder
	 */
	public static List<RelatedExercise> related(Exercise exercise, List<Exercise> active, Map<String, Exercise> all,
			int limit) {
		Set<String> shown = ladder(exercise, all::get);
		shown.addAll(exercise.alternatives());
		List<RelatedExercise> candidates = new ArrayList<>();
		for (Exercise other : active) {
			if (shown.contains(other.slug()) || !sharesAMuscle(exercise, other)) {
				continue;
			}
			double score = score(exercise, other);
			if (score >= THRESHOLD) {
				candidates.add(new RelatedExercise(ExerciseRef.of(other), score,
						other.targetMuscles().stream().filter(exercise.targetMuscles()::contains).toList(),
						kit(other).equals(kit(exercise)), other.level().equals(exercise.level())));
			}
		}
		candidates.sort(Comparator.comparingDouble(RelatedExercise::score)
			.reversed()
			.thenComparing((r) -> r.exercise().name().toLowerCase(Locale.ROOT)));
		return List.copyOf(candidates.subList(0, Math.min(limit, candidates.size())));
	}

	/** The exercise and every step of its ladder, easier and harder, however far. */
	static Set<String> ladder(Exercise exercise, Function<String, Exercise> bySlug) {
		Set<String> seen = new HashSet<>();
		seen.add(exercise.slug());
		for (boolean easier : new boolean[] { true, false }) {
			Deque<Exercise> next = new ArrayDeque<>(List.of(exercise));
			while (!next.isEmpty()) {
				Exercise step = next.pop();
				for (String slug : easier ? step.easier() : step.harder()) {
					Exercise found = bySlug.apply(slug);
					if (seen.add(slug) && found != null) {
						next.push(found);
					}
				}
			}
		}
		return seen;
	}

	private static boolean sharesAMuscle(Exercise a, Exercise b) {
		return overlap(a.targetMuscles(), b.targetMuscles()) + overlap(a.targetMuscles(), b.secondaryMuscles())
				+ overlap(a.secondaryMuscles(), b.targetMuscles()) > 0;
	}

	/** Equipment that says something: a mat or nothing at all does not. */
	private static Set<String> kit(Exercise e) {
		Set<String> kit = new HashSet<>(e.equipment());
		kit.remove("mat");
		kit.remove("none");
		return kit;
	}

	private static double jaccard(java.util.Collection<String> a, java.util.Collection<String> b) {
		Set<String> union = new HashSet<>(a);
		union.addAll(b);
		if (union.isEmpty()) {
			return 1;
		}
		return (double) overlap(a, b) / union.size();
	}

	private static int overlap(java.util.Collection<String> a, java.util.Collection<String> b) {
		return (int) a.stream().distinct().filter(b::contains).count();
	}

}
