package org.fitatlas.planning.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.fitatlas.catalog.Exercise;
import org.fitatlas.planning.Goal;

/**
 * The movement needs a session fills, per goal and per kind of day (full body, or one
 * half of a split when sessions fall on consecutive days).
 */
final class Slots {

	/**
	 * A need: exercises of these categories working these muscles, of one movement
	 * pattern when {@code pattern} is not empty, some preferred by name.
	 */
	record Slot(String name, String label, Set<String> muscles, Set<String> categories, List<String> preferred,
			int preferredWeight, String pattern) {

		Slot(String name, String label, Set<String> muscles, Set<String> categories, List<String> preferred) {
			this(name, label, muscles, categories, preferred, 20, "");
		}

		boolean resistance() {
			return this.categories.contains("strength");
		}

		boolean fits(Exercise e) {
			return this.categories.contains(e.category())
					&& (this.pattern.isEmpty() || this.pattern.equals(e.pattern()))
					&& (this.muscles.isEmpty() || e.targetMuscles().stream().anyMatch(this.muscles::contains));
		}

	}

	enum Day {

		FULL, A, B, C

	}

	private static final Set<String> STRENGTH = Set.of("strength");

	static final Slot FRONT = new Slot("front", "the front of the trunk",
			Set.of("rectus-abdominis", "transverse-abdominis"), STRENGTH, List.of());

	static final Slot BACK = new Slot("back", "the back extensors", Set.of("erector-spinae", "multifidus"), STRENGTH,
			List.of());

	static final Slot SIDE = new Slot("side", "the sides of the trunk", Set.of("obliques", "quadratus-lumborum"),
			STRENGTH, List.of());

	static final Slot HIPS = new Slot("hips", "the glutes", Set.of("gluteus-maximus", "gluteus-medius"), STRENGTH,
			List.of());

	static final Slot SQUAT = new Slot("squat", "the thighs (squat pattern)", Set.of("quadriceps"), STRENGTH,
			List.of());

	static final Slot HINGE = new Slot("hinge", "the back of the legs (hinge pattern)", Set.of("hamstrings"), STRENGTH,
			List.of());

	static final Slot PUSH = new Slot("push", "the chest and triceps (push)", Set.of("pectorals", "triceps"), STRENGTH,
			List.of());

	static final Slot PULL = new Slot("pull", "the upper back (pull)",
			Set.of("latissimus-dorsi", "rhomboids", "trapezius", "biceps"), STRENGTH, List.of());

	static final Slot SHOULDERS = new Slot("shoulders", "the shoulders", Set.of("deltoids"), STRENGTH, List.of());

	static final Slot CALVES = new Slot("calves", "the calves", Set.of("calves"), STRENGTH, List.of());

	static final Slot SQUAT_PATTERN = pattern("squat", "the thighs (squat pattern)", "quadriceps");

	static final Slot HINGE_PATTERN = pattern("hinge", "the back of the legs and the hips (hinge pattern)",
			"hamstrings", "gluteus-maximus", "erector-spinae");

	static final Slot LUNGE_PATTERN = pattern("lunge", "one leg at a time (lunge pattern)", "quadriceps",
			"gluteus-maximus", "adductors");

	static final Slot HORIZONTAL_PUSH = pattern("horizontal-push", "the chest and triceps (horizontal push)",
			"pectorals", "triceps", "deltoids");

	static final Slot VERTICAL_PUSH = pattern("vertical-push", "the shoulders (vertical push)", "deltoids", "triceps",
			"pectorals");

	static final Slot HORIZONTAL_PULL = pattern("horizontal-pull", "the upper back (horizontal pull)",
			"latissimus-dorsi", "rhomboids", "trapezius");

	/**
	 * Pull-ups, chin-ups and pulldowns in front of the head first: the behind-the-neck
	 * pulldown strains the front of the shoulder (Durall et al. 2001).
	 */
	static final Slot VERTICAL_PULL = new Slot("vertical-pull", "the lats (vertical pull)", Set.of("latissimus-dorsi"),
			STRENGTH, List.of("pull-up", "chin-up", "lat-pulldown", "assisted-pull-up-machine", "band-assisted-pull-up",
					"band-lat-pulldown", "negative-pull-up", "straight-arm-pulldown"),
			6, "vertical-pull");

	/**
	 * The six big patterns of a whole-body week, in two halves; a second whole-body
	 * session of the week starts with the other half, so a short session still covers all
	 * six over the week.
	 */
	private static final List<Slot> FIRST_HALF = List.of(SQUAT_PATTERN, HORIZONTAL_PUSH, HORIZONTAL_PULL);

	private static final List<Slot> SECOND_HALF = List.of(HINGE_PATTERN, VERTICAL_PUSH, VERTICAL_PULL);

	static final Slot CARDIO = new Slot("cardio", "heart and lungs", Set.of(), Set.of("cardio"), List.of());

	static final Slot MOBILITY = new Slot("mobility", "joint mobility", Set.of(), Set.of("mobility"), List.of());

	static final Slot BALANCE = new Slot("balance", "balance", Set.of(), Set.of("balance"), List.of());

	static final Slot ANY_STRETCH = new Slot("stretch", "flexibility", Set.of(), Set.of("stretching"), List.of());

	/**
	 * Acute low back pain: the gentle programme a physiotherapist would give (pelvic
	 * tilts, knee rolls, single knee-to-chest, cat-cow, press-ups from lying as
	 * tolerated), then a walk as the finisher (NICE NG59: stay active).
	 */
	static final List<Slot> ACUTE_BACK = List.of(with(MOBILITY, "pelvic-tilt"),
			with(ANY_STRETCH, "supine-knee-drop-twist"), with(ANY_STRETCH, "single-knee-to-chest"),
			with(MOBILITY, "cat-cow"), with(MOBILITY, "prone-press-up"));

	/**
	 * When nothing else fits (acute pain, a short session next to yesterday's), keep
	 * moving gently.
	 */
	static final List<Slot> FALLBACK = List.of(MOBILITY, BALANCE, ANY_STRETCH);

	private Slots() {
	}

	/**
	 * The slots of a session; {@code fullBefore} counts the whole-body sessions earlier
	 * in the week.
	 */
	static List<Slot> forDay(Goal goal, Day day, int fullBefore) {
		return switch (goal) {
			case STRENGTH, HYPERTROPHY -> switch (day) {
				case FULL -> join(bigSix(fullBefore), List.of(LUNGE_PATTERN, FRONT, SIDE, CALVES, BACK));
				case A -> List.of(SQUAT_PATTERN, HINGE_PATTERN, LUNGE_PATTERN, FRONT, HIPS, CALVES);
				case B -> List.of(HORIZONTAL_PUSH, HORIZONTAL_PULL, VERTICAL_PUSH, VERTICAL_PULL, SIDE, BACK);
				case C -> List.of(SIDE, FRONT, BACK, MOBILITY);
			};
			case GENERAL_FITNESS -> switch (day) {
				case FULL -> join(bigSix(fullBefore), List.of(FRONT, SIDE, CARDIO, BALANCE));
				case A -> List.of(SQUAT_PATTERN, HINGE_PATTERN, LUNGE_PATTERN, FRONT, CARDIO, CALVES);
				case B -> List.of(HORIZONTAL_PUSH, HORIZONTAL_PULL, VERTICAL_PUSH, VERTICAL_PULL, SIDE, BALANCE);
				case C -> List.of(CARDIO, MOBILITY, BALANCE);
			};
			case ENDURANCE -> switch (day) {
				case FULL -> List.of(SQUAT, PUSH, PULL, HINGE, FRONT, SIDE, CARDIO, BALANCE);
				case A -> List.of(SQUAT, HINGE, FRONT, CARDIO, CALVES);
				case B -> List.of(PUSH, PULL, SIDE, BALANCE, SHOULDERS);
				case C -> List.of(CARDIO, MOBILITY, BALANCE);
			};
			case CORE -> switch (day) {
				case FULL -> List.of(lightly(FRONT, CORE_FRONT), BACK, SIDE, HIPS, lightly(FRONT, CORE_FRONT));
				case A -> List.of(lightly(FRONT, CORE_FRONT), SIDE, lightly(FRONT, CORE_FRONT), MOBILITY);
				case B -> List.of(BACK, HIPS, BACK, MOBILITY);
				case C -> List.of(MOBILITY, BALANCE);
			};
			case BACK_HEALTH -> switch (day) {
				case FULL -> List.of(with(FRONT, "curl-up", "dead-bug"), with(BACK, "bird-dog"),
						with(SIDE, "side-plank", "knee-side-plank"), with(HIPS, "glute-bridge"),
						with(MOBILITY, "cat-cow"));
				case A -> List.of(with(FRONT, "curl-up", "dead-bug"), with(SIDE, "side-plank", "knee-side-plank"),
						with(MOBILITY, "cat-cow"));
				case B -> List.of(with(BACK, "bird-dog"), with(HIPS, "glute-bridge"), with(MOBILITY, "cat-cow"));
				case C -> List.of(with(MOBILITY, "cat-cow"), BALANCE);
			};
			case MORNING_ROUTINE -> switch (day) {
				case FULL -> List.of(with(MOBILITY, "cat-cow"), with(FRONT, "alternating-lying-leg-raise"),
						with(BACK, "bird-dog"), with(HIPS, "glute-bridge"));
				case A -> List.of(with(MOBILITY, "cat-cow"), with(FRONT, "alternating-lying-leg-raise"), SIDE);
				case B -> List.of(with(MOBILITY, "cat-cow"), with(BACK, "bird-dog"), with(HIPS, "glute-bridge"));
				case C -> List.of(with(MOBILITY, "cat-cow"), BALANCE);
			};
			case POST_SURGERY_REHAB -> switch (day) {
				case FULL -> List.of(with(FRONT, "bent-knee-alternating-leg-raise"),
						with(HIPS, "shoulder-blade-bridge", "glute-bridge"), with(BACK, "bird-dog"),
						with(MOBILITY, "pelvic-tilt"), BALANCE);
				case A ->
					List.of(with(FRONT, "bent-knee-alternating-leg-raise"), with(MOBILITY, "pelvic-tilt"), BALANCE);
				case B ->
					List.of(with(HIPS, "shoulder-blade-bridge", "glute-bridge"), with(BACK, "bird-dog"), MOBILITY);
				case C -> List.of(MOBILITY, BALANCE);
			};
			case FLEXIBILITY -> List.of(stretch("hamstrings"), stretch("iliopsoas"), stretch("gluteus-maximus"),
					stretch("erector-spinae"), stretch("pectorals"), stretch("quadriceps"), stretch("calves"),
					stretch("adductors"), stretch("latissimus-dorsi"), stretch("deltoids"), MOBILITY);
		};
	}

	/**
	 * Goals whose sessions cover the movement patterns, never repeat a lift and hold at
	 * most two exercises of one pattern.
	 */
	static boolean patternGoal(Goal goal) {
		return goal == Goal.STRENGTH || goal == Goal.HYPERTROPHY || goal == Goal.GENERAL_FITNESS;
	}

	private static List<Slot> bigSix(int fullBefore) {
		return (fullBefore % 2 == 0) ? join(FIRST_HALF, SECOND_HALF) : join(SECOND_HALF, FIRST_HALF);
	}

	private static List<Slot> join(List<Slot> a, List<Slot> b) {
		List<Slot> all = new ArrayList<>(a);
		all.addAll(b);
		return List.copyOf(all);
	}

	private static Slot pattern(String pattern, String label, String... muscles) {
		return new Slot(pattern, label, Set.of(muscles), STRENGTH, List.of(), 20, pattern);
	}

	/** Slots for the muscles or body parts a person asked to favour. */
	static List<Slot> focus(Goal goal, List<String> tokens, Set<String> muscleTokens) {
		List<Slot> slots = new ArrayList<>();
		for (String token : tokens) {
			Set<String> categories = (goal == Goal.FLEXIBILITY) ? Set.of("stretching") : STRENGTH;
			if (muscleTokens.contains(token)) {
				slots.add(new Slot("focus:" + token, token.replace('-', ' ') + " (your focus)", Set.of(token),
						categories, List.of()));
			}
			else {
				slots.add(new Slot("focus:" + token, token.replace('-', ' ') + " (your focus)",
						BODY_PART_MUSCLES.getOrDefault(token, Set.of()), categories, List.of()));
			}
		}
		return slots;
	}

	private static final java.util.Map<String, Set<String>> BODY_PART_MUSCLES = java.util.Map.of("core",
			Set.of("rectus-abdominis", "transverse-abdominis", "obliques"), "back",
			Set.of("erector-spinae", "multifidus", "latissimus-dorsi", "rhomboids", "trapezius"), "chest",
			Set.of("pectorals"), "shoulders", Set.of("deltoids"), "arms", Set.of("biceps", "triceps", "forearms"),
			"legs", Set.of("quadriceps", "hamstrings", "calves", "adductors", "abductors"), "hips",
			Set.of("gluteus-maximus", "gluteus-medius", "iliopsoas"), "neck", Set.of("neck"), "full-body", Set.of());

	/**
	 * The EMG comparison of abdominal exercises (Contreras 2010) ranks floor leg raises
	 * among the best lower-abs work.
	 */
	private static final String[] CORE_FRONT = { "lying-leg-raise", "alternating-lying-leg-raise",
			"lying-leg-raise-heels-touching", "lying-leg-raise-heels-hovering", "reverse-crunch", "dead-bug" };

	private static Slot with(Slot slot, String... preferred) {
		return new Slot(slot.name(), slot.label(), slot.muscles(), slot.categories(), List.of(preferred), 20,
				slot.pattern());
	}

	/** A taste, not a safety choice: measured effectiveness may outweigh it. */
	private static Slot lightly(Slot slot, String... preferred) {
		return new Slot(slot.name(), slot.label(), slot.muscles(), slot.categories(), List.of(preferred), 4,
				slot.pattern());
	}

	private static Slot stretch(String muscle) {
		return new Slot("stretch:" + muscle, muscle.replace('-', ' ') + " flexibility", Set.of(muscle),
				Set.of("stretching"), List.of());
	}

}
