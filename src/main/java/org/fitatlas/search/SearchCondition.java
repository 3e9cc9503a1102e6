package org.fitatlas.search;

import java.util.List;

import org.fitatlas.planning.Plan;

/**
 * A health condition named in a search ("pregnant", "sciatica"), read the way the planner
 * reads it: the results are exercises its safety screen allows, and this is its advice.
 *
 * @param words the words of the search that name the condition
 * @param conditions the condition tokens the planner applies
 * @param goal the goal token a plan for it starts from
 * @param guidance the advice a plan gives for it
 * @param rules the plan rules it brings into force
 * @param excluded the exercises the planner leaves out for it, each with its reason
 */
public record SearchCondition(String words, List<String> conditions, String goal, List<Plan.Guidance> guidance,
		List<Plan.Rule> rules, List<Plan.Excluded> excluded) {

	public SearchCondition {
		conditions = List.copyOf(conditions);
		guidance = List.copyOf(guidance);
		rules = List.copyOf(rules);
		excluded = List.copyOf(excluded);
	}

}
