package org.fitatlas.training;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.fitatlas.accounts.AccountId;
import org.fitatlas.catalog.Dose;
import org.fitatlas.catalog.Exercise;
import org.fitatlas.catalog.ExerciseCatalog;
import org.fitatlas.catalog.ExerciseNotFound;
import org.fitatlas.planning.Plan;
import org.fitatlas.shared.InvalidParameter;
import org.fitatlas.training.ExerciseHistory.ExerciseName;
import org.fitatlas.training.internal.SessionStore;
import org.fitatlas.training.internal.WellbeingStore;
import org.fitatlas.training.progression.Ladder;
import org.fitatlas.training.progression.Prescription;
import org.fitatlas.training.progression.ProgressionEngine;
import org.fitatlas.training.progression.Rung;
import org.fitatlas.training.progression.SessionLog;
import org.fitatlas.training.progression.SetKind;
import org.fitatlas.training.progression.SetLog;
import org.fitatlas.training.progression.Settings;
import org.fitatlas.training.progression.Side;
import org.fitatlas.training.progression.Target;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * A person's next target per exercise: reads what they logged (and their morning pain
 * checks), builds the exercise's ladder from the atlas, takes the dose from their plan
 * where the exercise is in it, and asks the progression engine.
 */
@Service
public class Progression {

	public static final BigDecimal MIN_STEP = new BigDecimal("0.25");

	public static final BigDecimal MAX_STEP = BigDecimal.valueOf(20);

	private final SessionStore sessions;

	private final WellbeingStore wellbeing;

	private final ExerciseCatalog catalog;

	private final PlanDoses planDoses;

	private final ProgressionEngine engine = new ProgressionEngine(Settings.defaults());

	Progression(SessionStore sessions, WellbeingStore wellbeing, ExerciseCatalog catalog, PlanDoses planDoses) {
		this.sessions = sessions;
		this.wellbeing = wellbeing;
		this.catalog = catalog;
		this.planDoses = planDoses;
	}

	/**
	 * The next target for the exercise.
	 * @param stepKg the smallest load step the person can add, or empty for the
	 * equipment's usual step
	 */
	public NextTarget next(AccountId account, String slug, Optional<BigDecimal> stepKg) {
		Exercise exercise = this.catalog.find(slug).orElseThrow(() -> ExerciseNotFound.forSlug(slug));
		stepKg.ifPresent(Progression::checkStep);
		Optional<Plan.Item> planned = this.planDoses.current(account, slug);
		return next(account, exercise, planned.map(Progression::range).orElse(range(StartingDose.of(exercise))),
				stepKg);
	}

	/** The next target when the range is already known (a plan session's item). */
	public NextTarget next(AccountId account, Exercise exercise, Prescription range, Optional<BigDecimal> stepKg) {
		Ladder ladder = new Ladder(rung(exercise, range, stepKg), neighbour(exercise.easier(), stepKg),
				neighbour(exercise.harder(), stepKg));
		Target target = this.engine.next(ladder, history(account, exercise.slug()));
		return new NextTarget(new ExerciseName(exercise.slug(), exercise.name()),
				new NextTarget.Next(new ExerciseName(target.slug(), target.name()), target.sets(), target.reps(),
						target.repsMax(), target.loadKg(), target.holdSeconds(), target.restSeconds()),
				target.rule().token(), target.rule().source(), target.reason(), target.basedOn());
	}

	private List<SessionLog> history(AccountId account, String slug) {
		List<TrainingSession> logged = this.sessions.sessionsWith(account, slug);
		Map<UUID, PainCheck> checks = this.wellbeing.checks(account, logged.stream().map(TrainingSession::id).toList());
		return logged.stream()
			.map((s) -> new SessionLog(s.id(), s.startedAt().toLocalDate(), slug,
					s.sets().stream().map(Progression::setLog).toList(),
					Optional.ofNullable(checks.get(s.id())).map(PainCheck::asMorningCheck)))
			.toList();
	}

	private static SetLog setLog(LoggedSet set) {
		return new SetLog(SetKind.of(set.setType()).orElse(SetKind.WORKING), set.reps(), set.loadKg(),
				set.holdSeconds(), Side.of(set.side()).orElse(Side.BOTH), set.rpe(), set.rir(), set.pain());
	}

	private Optional<Rung> neighbour(List<String> slugs, Optional<BigDecimal> stepKg) {
		return slugs.stream()
			.map(this.catalog::find)
			.flatMap(Optional::stream)
			.findFirst()
			.map((e) -> rung(e, range(StartingDose.of(e)), stepKg));
	}

	static Rung rung(Exercise exercise, Prescription range, Optional<BigDecimal> stepKg) {
		boolean lower = exercise.bodyPart().equals("legs") || exercise.bodyPart().equals("hips");
		return new Rung(exercise.slug(), exercise.name(), range, lower, stepKg.orElse(usualStep(exercise)));
	}

	/**
	 * The smallest load a person can usually add: 2.5 kg on a barbell (two 1.25 kg
	 * plates), a machine or a cable stack, 4 kg between kettlebells, 0.5 kg otherwise
	 * (small dumbbell steps, ankle weights, a weight vest).
	 */
	static BigDecimal usualStep(Exercise exercise) {
		List<String> kit = exercise.equipment();
		if (kit.contains("barbell") || kit.contains("machine") || kit.contains("cable")) {
			return new BigDecimal("2.5");
		}
		if (kit.contains("kettlebell")) {
			return BigDecimal.valueOf(4);
		}
		return new BigDecimal("0.5");
	}

	/** The exercise's own dose as a range for the engine. */
	public static Prescription range(Dose dose) {
		return new Prescription(dose.sets(), dose.reps(), dose.repsMax(), dose.holdSeconds(), dose.holdSecondsMax(),
				dose.restSeconds());
	}

	/** A plan item's dose as a range for the engine (a hold has no range above it). */
	public static Prescription range(Plan.Item item) {
		Integer hold = item.holdSeconds();
		Integer reps = (hold == null) ? ((item.reps() != null) ? item.reps() : 10) : null;
		return new Prescription(Math.max(1, Math.min(10, item.sets())), reps,
				(reps == null) ? null : (item.repsMax() != null ? Math.max(item.repsMax(), reps) : null), hold, null,
				Math.max(0, Math.min(600, item.restSeconds())));
	}

	private static void checkStep(@Nullable BigDecimal step) {
		if (step == null || step.compareTo(MIN_STEP) < 0 || step.compareTo(MAX_STEP) > 0
				|| step.stripTrailingZeros().scale() > 2) {
			throw InvalidParameter.of("stepKg", (step == null) ? "" : step.toPlainString(),
					"a number 0.25..20 with at most 2 decimals");
		}
	}

}
