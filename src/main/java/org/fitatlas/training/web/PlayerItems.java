package org.fitatlas.training.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.fitatlas.accounts.AccountId;
import org.fitatlas.catalog.Dose;
import org.fitatlas.catalog.Exercise;
import org.fitatlas.catalog.ExerciseCatalog;
import org.fitatlas.catalog.ExerciseRef;
import org.fitatlas.planning.Plan;
import org.fitatlas.training.LoggedSet;
import org.fitatlas.training.NextTarget;
import org.fitatlas.training.Progression;
import org.fitatlas.training.StartingDose;
import org.fitatlas.training.TrainingSession;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Builds the player's list of exercises for a session: the plan session's items when the
 * session follows a plan, then whatever else was logged in it or added, each swapped
 * where the person chose an alternative, each with its target from the progression
 * engine.
 */
@Component
class PlayerItems {

	private static final Set<String> LOADS = Set.of("barbell", "dumbbell", "kettlebell", "machine", "cable",
			"ankle-weights", "medicine-ball");

	private final ExerciseCatalog catalog;

	private final Progression progression;

	PlayerItems(ExerciseCatalog catalog, Progression progression) {
		this.catalog = catalog;
		this.progression = progression;
	}

	List<PlayerItem> items(AccountId account, TrainingSession session, Optional<Plan.Session> planned,
			List<String> added, Map<Integer, String> swaps) {
		record Slot(String slug, String block, Plan.@Nullable Item planned) {
		}
		List<Slot> slots = new ArrayList<>();
		planned.ifPresent((p) -> p.blocks()
			.forEach((b) -> b.items().forEach((i) -> slots.add(new Slot(i.exercise().slug(), b.kind(), i)))));
		Set<String> present = new LinkedHashSet<>();
		slots.forEach((s) -> present.add(s.slug()));
		Stream.concat(session.sets().stream().map(LoggedSet::exercise), added.stream())
			.filter((slug) -> slug != null && this.catalog.find(slug).isPresent())
			.forEach((slug) -> {
				if (present.add(slug)) {
					slots.add(new Slot(slug, "extra", null));
				}
			});
		List<PlayerItem> items = new ArrayList<>();
		for (int i = 0; i < slots.size(); i++) {
			Slot slot = slots.get(i);
			String slug = swaps.getOrDefault(i, slot.slug());
			Exercise exercise = this.catalog.find(slug).or(() -> this.catalog.find(slot.slug())).orElseThrow();
			Plan.Item plan = exercise.slug().equals(slot.slug()) ? slot.planned() : null;
			items.add(item(account, i, exercise, slot.block(), plan, session.sets()));
		}
		return items;
	}

	private PlayerItem item(AccountId account, int index, Exercise exercise, String block, Plan.@Nullable Item plan,
			List<LoggedSet> sets) {
		Dose dose = StartingDose.of(exercise);
		var range = (plan != null) ? Progression.range(plan) : Progression.range(dose);
		NextTarget target = this.progression.next(account, exercise, range, Optional.empty());
		NextTarget.Next next = target.next();
		boolean sameExercise = next.exercise().slug().equals(exercise.slug());
		boolean timed = dose.timed() || (plan != null && plan.holdSeconds() != null);
		List<String> cues = (plan != null && !plan.cues().isEmpty()) ? plan.cues()
				: exercise.tips().stream().limit(3).toList();
		String plannedText = (plan != null) ? plannedText(plan) : StartingDose.written(exercise) ? dose.describe()
				: dose.describe() + "; a common start, as this exercise's own dose is not written yet";
		List<ExerciseRef> swaps = Stream.concat(exercise.easier().stream(), exercise.alternatives().stream())
			.distinct()
			.map(this.catalog::find)
			.flatMap(Optional::stream)
			.map(ExerciseRef::of)
			.toList();
		return new PlayerItem(index, exercise.slug(), exercise.name(), block, timed,
				"each-side".equals(exercise.sides()) || (plan != null && plan.perSide()),
				exercise.equipment().stream().anyMatch(LOADS::contains), cues, plannedText, target, next.sets(),
				sameExercise ? next.reps() : dose.reps(), sameExercise ? next.loadKg() : null,
				sameExercise ? next.holdSeconds() : dose.holdSeconds(), next.restSeconds(),
				sets.stream().filter((s) -> exercise.slug().equals(s.exercise())).toList(), swaps);
	}

	private static String plannedText(Plan.Item item) {
		String amount = (item.holdSeconds() != null) ? item.holdSeconds() + " s hold"
				: (item.repsMax() != null && !item.repsMax().equals(item.reps())) ? item.reps() + "–" + item.repsMax()
						: String.valueOf(item.reps());
		return item.sets() + " × " + amount + (item.perSide() ? " each side" : "") + ", rest " + item.restSeconds()
				+ " s" + (item.load().isBlank() ? "" : "; " + item.load());
	}

}
