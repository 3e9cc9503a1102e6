package org.fitatlas.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.fitatlas.accounts.AccountId;
import org.fitatlas.catalog.ExerciseCatalog;
import org.fitatlas.planning.Plan;
import org.fitatlas.training.ExerciseHistory.ExerciseName;
import org.fitatlas.training.internal.SessionStore;
import org.fitatlas.training.internal.SessionStore.PlanPlace;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * The next session of a person's plan: the first plan session (in week and day order)
 * they have not finished, with each main exercise's target from the progression engine,
 * so the plan's coming items follow what was logged.
 */
@Service
public class Today {

	private final PlanDoses plans;

	private final SessionStore sessions;

	private final Progression progression;

	private final ExerciseCatalog catalog;

	Today(PlanDoses plans, SessionStore sessions, Progression progression, ExerciseCatalog catalog) {
		this.plans = plans;
		this.sessions = sessions;
		this.progression = progression;
		this.catalog = catalog;
	}

	/**
	 * What is next: in the given plan, or in the current one when {@code planId} is
	 * empty.
	 */
	public NextSession next(AccountId account, Optional<UUID> planId) {
		Optional<Plan> plan = planId.isPresent()
				? Optional.of(this.plans.readable(account, planId.get())
					.orElseThrow(() -> org.fitatlas.planning.PlanNotFound.forId(planId.get())))
				: this.plans.currentPlan(account).map(PlanDoses.Placed::plan);
		if (plan.isEmpty()) {
			return new NextSession(null, null, null, null, null, 0, List.of(), false);
		}
		Plan p = plan.get();
		Set<PlanPlace> done = this.sessions.finishedInPlan(account, p.id());
		for (Plan.Week week : p.weeks()) {
			for (Plan.Session session : week.sessions()) {
				if (!done.contains(new PlanPlace(p.id(), week.week(), session.day()))) {
					return new NextSession(p.id(), p.summary(), week.week(), session.day(), session.title(),
							session.estimatedMinutes(), blocks(account, session), false);
				}
			}
		}
		return new NextSession(p.id(), p.summary(), null, null, null, 0, List.of(), true);
	}

	/** The plan session a logged session follows, if its plan is still there. */
	public Optional<Plan.Session> planSession(AccountId account, TrainingSession session) {
		if (session.planId() == null || session.week() == null || session.day() == null) {
			return Optional.empty();
		}
		return this.plans.readable(account, session.planId())
			.flatMap((plan) -> plan.weeks()
				.stream()
				.filter((w) -> w.week() == session.week())
				.flatMap((w) -> w.sessions().stream())
				.filter((s) -> s.day() == session.day())
				.findFirst());
	}

	private List<NextSession.Block> blocks(AccountId account, Plan.Session session) {
		List<NextSession.Block> blocks = new ArrayList<>();
		for (Plan.Block block : session.blocks()) {
			List<NextSession.Item> items = new ArrayList<>();
			for (Plan.Item item : block.items()) {
				NextTarget target = null;
				if ("main".equals(block.kind())) {
					var exercise = this.catalog.find(item.exercise().slug());
					if (exercise.isPresent()) {
						target = this.progression.next(account, exercise.get(), Progression.range(item),
								Optional.empty());
					}
				}
				items.add(new NextSession.Item(new ExerciseName(item.exercise().slug(), item.exercise().name()), item,
						target));
			}
			blocks.add(new NextSession.Block(block.kind(), items));
		}
		return blocks;
	}

	/**
	 * The next plan session, or an empty one ({@code planId} null: no plan;
	 * {@code complete}: every session of the plan is done).
	 */
	public record NextSession(@Nullable UUID planId, @Nullable String planSummary, @Nullable Integer week,
			@Nullable Integer day, @Nullable String title, int estimatedMinutes, List<Block> blocks, boolean complete) {

		public NextSession {
			blocks = List.copyOf(blocks);
		}

		/** warm-up, main or cool-down. */
		public record Block(String kind, List<Item> items) {

			public Block {
				items = List.copyOf(items);
			}

		}

		/** A plan item as planned, and (for main work) the engine's target for today. */
		public record Item(ExerciseName exercise, Plan.Item planned, @Nullable NextTarget target) {
		}

	}

}
