package org.fitatlas.planning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.fitatlas.catalog.Exercise;
import org.fitatlas.catalog.Taxonomy;
import org.fitatlas.planning.internal.PlanBuilder;

/**
 * What the planner says to a person with some health conditions, before they make a plan:
 * which exercises its safety screen allows, the ones a first plan would pick, and the
 * guidance it adds for those conditions. Plain Java, so search can ask it without Spring.
 *
 * @param conditions the condition tokens of the taxonomy
 * @param goal the goal the planner would assume for these conditions
 * @param allowed the slugs the safety screen lets through, whatever the equipment
 * @param picks the slugs of a beginner's first week: main work, cool-down, then warm-up
 * @param guidance the advice a plan adds for these conditions (not the advice every plan
 * carries)
 * @param rules the plan rules these conditions bring into force
 * @param excluded the exercises the screen leaves out, each with its reason
 */
public record ConditionAdvice(List<String> conditions, Goal goal, Set<String> allowed, List<String> picks,
		List<Plan.Guidance> guidance, List<Plan.Rule> rules, List<Plan.Excluded> excluded) {

	/**
	 * The trimester assumed when a search only says "pregnant": the second, so nothing
	 * lying on the back is suggested (ACOG 2015 advises against it after the first).
	 */
	public static final int PREGNANCY_TRIMESTER = 2;

	public ConditionAdvice {
		conditions = List.copyOf(conditions);
		allowed = Set.copyOf(allowed);
		picks = List.copyOf(picks);
		guidance = List.copyOf(guidance);
		rules = List.copyOf(rules);
		excluded = List.copyOf(excluded);
	}

	/** Asks the planner about a beginner with these conditions and this goal. */
	public static ConditionAdvice of(List<String> conditions, Goal goal, List<Exercise> active, Taxonomy taxonomy) {
		for (String condition : conditions) {
			if (!taxonomy.contains(Taxonomy.CONDITIONS, condition)) {
				throw new IllegalArgumentException("not a condition of the taxonomy: " + condition + "; allowed: "
						+ String.join(", ", taxonomy.tokens(Taxonomy.CONDITIONS)));
			}
		}
		List<String> everything = List.copyOf(taxonomy.tokens(Taxonomy.EQUIPMENT));
		Integer trimester = conditions.contains("pregnancy") ? PREGNANCY_TRIMESTER : null;
		Plan plan = new PlanBuilder(new PlanRequest(goal, "beginner", 3, 30, 4, everything, conditions, trimester,
				List.of(), List.of(), null, 1), active, taxonomy)
			.build();
		Plan usual = new PlanBuilder(new PlanRequest(Goal.GENERAL_FITNESS, "beginner", 3, 30, 4, everything, List.of(),
				null, List.of(), List.of(), null, 1), active, taxonomy)
			.build();
		Set<String> excluded = new HashSet<>();
		plan.excluded().forEach((x) -> excluded.add(x.slug()));
		Set<String> allowed = new HashSet<>();
		active.stream().map(Exercise::slug).filter((s) -> !excluded.contains(s)).forEach(allowed::add);
		// The main work says most about the condition; warm-ups are much the same for
		// all.
		Set<String> picks = new LinkedHashSet<>();
		for (String kind : List.of("main", "cool-down", "warm-up")) {
			plan.weeks()
				.get(0)
				.sessions()
				.forEach((s) -> s.blocks()
					.stream()
					.filter((b) -> b.kind().equals(kind))
					.forEach((b) -> b.items().forEach((i) -> picks.add(i.exercise().slug()))));
		}
		Set<String> usualTopics = new HashSet<>();
		usual.guidance().forEach((g) -> usualTopics.add(g.topic()));
		List<Plan.Guidance> guidance = new ArrayList<>();
		plan.guidance().stream().filter((g) -> !usualTopics.contains(g.topic())).forEach(guidance::add);
		Set<String> usualRules = new HashSet<>();
		usual.rules().forEach((r) -> usualRules.add(r.rule()));
		// The dose rule names the goal, so it differs from the usual plan's without being
		// about the conditions.
		List<Plan.Rule> rules = plan.rules()
			.stream()
			.filter((r) -> !usualRules.contains(r.rule()) && !r.rule().contains(" × "))
			.toList();
		return new ConditionAdvice(conditions, goal, allowed, new ArrayList<>(picks), guidance, rules, plan.excluded());
	}

	/** Whether the planner's safety screen lets this exercise through. */
	public boolean allows(String slug) {
		return this.allowed.contains(slug);
	}

}
