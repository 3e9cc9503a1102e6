package org.fitatlas.training;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.fitatlas.accounts.AccountId;
import org.fitatlas.planning.Plan;
import org.fitatlas.planning.PlanNotFound;
import org.fitatlas.planning.Plans;
import org.fitatlas.training.internal.SessionStore;
import org.fitatlas.training.internal.SessionStore.PlanPlace;

import org.springframework.stereotype.Component;

/**
 * The person's current plan and where they are in it: the plan of their latest session
 * that followed one, else their newest plan.
 */
@Component
class PlanDoses {

	private final Plans plans;

	private final SessionStore sessions;

	PlanDoses(Plans plans, SessionStore sessions) {
		this.plans = plans;
		this.sessions = sessions;
	}

	/**
	 * The current plan, with the week the person reached (1 when they have not started
	 * it).
	 */
	Optional<Placed> currentPlan(AccountId account) {
		Optional<PlanPlace> place = this.sessions.latestPlanPlace(account);
		if (place.isPresent()) {
			Optional<Plan> plan = readable(account, place.get().planId());
			if (plan.isPresent()) {
				return Optional.of(new Placed(plan.get(), (place.get().week() != null) ? place.get().week() : 1));
			}
		}
		List<Plans.PlanSummary> mine = this.plans.list(account);
		return mine.isEmpty() ? Optional.empty() : readable(account, mine.get(0).id()).map((p) -> new Placed(p, 1));
	}

	Optional<Plan> readable(AccountId account, UUID id) {
		try {
			return Optional.of(this.plans.readable(id, Optional.of(account)));
		}
		catch (PlanNotFound ex) {
			return Optional.empty();
		}
	}

	/**
	 * The plan's item for this exercise from the week reached on (or, failing that, any
	 * week).
	 */
	Optional<Plan.Item> current(AccountId account, String slug) {
		return currentPlan(account).flatMap((placed) -> {
			List<Plan.Week> weeks = placed.plan().weeks();
			Optional<Plan.Item> fromHere = items(weeks.stream().filter((w) -> w.week() >= placed.week()).toList(),
					slug);
			return fromHere.isPresent() ? fromHere : items(weeks, slug);
		});
	}

	private static Optional<Plan.Item> items(List<Plan.Week> weeks, String slug) {
		return weeks.stream()
			.flatMap((w) -> w.sessions().stream())
			.flatMap((s) -> s.blocks().stream())
			.flatMap((b) -> b.items().stream())
			.filter((i) -> i.exercise().slug().equals(slug))
			.findFirst();
	}

	/** A plan and the week the person has reached in it. */
	record Placed(Plan plan, int week) {
	}

}
