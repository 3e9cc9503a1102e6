package org.fitatlas.planning.conformance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The rules for loads from a one-rep max, checked apart from the generator: only strength
 * plans of intermediate and advanced people, only lifts whose one-rep max was given,
 * within the goal's %1RM band (ACSM 2009, Ratamess et al.: intermediate 60–70 % for 8–12
 * reps, advanced 80–100 % for 1–6), the load named in kilograms and rounded down to the
 * lift's step; and the plan says, for each given lift, whether its one-rep max was used.
 */
final class OneRepMaxRules {

	private final Map<String, JsonNode> catalog;

	OneRepMaxRules(Map<String, JsonNode> catalog) {
		this.catalog = catalog;
	}

	void check(PlanChecker.Request request, JsonNode plan, List<String> violations) {
		boolean planned = "strength".equals(request.goal()) && !"beginner".equals(request.level())
				&& !request.has("acute-low-back-pain");
		boolean advanced = "advanced".equals(request.level());
		for (JsonNode week : plan.path("weeks")) {
			for (JsonNode session : week.path("sessions")) {
				for (JsonNode block : session.path("blocks")) {
					if (!"main".equals(block.path("kind").asString(""))) {
						continue;
					}
					for (JsonNode item : block.path("items")) {
						String slug = item.path("exercise").path("slug").asString("");
						String at = "week " + week.path("week").asInt() + " day " + session.path("day").asInt() + " "
								+ slug;
						Double given = request.oneRepMaxes().get(slug);
						boolean fromOneRepMax = item.hasNonNull("percentOfOneRepMax") || item.hasNonNull("loadKg");
						if (!fromOneRepMax) {
							JsonNode e = this.catalog.get(slug);
							if (planned && given != null && e != null && CoachRules.loaded(e)
									&& !"a stronger band".equals(CoachRules.step(e))) {
								violations.add(at + ": a one-rep max of " + given
										+ " kg was given for this lift, but its load is not in kilograms");
							}
							continue;
						}
						if (!planned || given == null) {
							violations.add(at + ": a load from a one-rep max, but "
									+ ((given == null) ? "none was given for this lift"
											: request.goal() + "/" + request.level() + " plans do not use one"));
							continue;
						}
						checkLoad(at, item, given, advanced, violations);
					}
				}
			}
		}
		checkAdvice(request, plan, violations);
	}

	private void checkLoad(String at, JsonNode item, double given, boolean advanced, List<String> violations) {
		int percent = item.path("percentOfOneRepMax").asInt(-1);
		int reps = item.path("reps").asInt(-1);
		int[] band = advanced ? new int[] { 80, 100 } : new int[] { 60, 70 };
		int[] repRange = advanced ? new int[] { 1, 6 } : new int[] { 8, 12 };
		if (percent < band[0] || percent > band[1]) {
			violations.add(at + ": " + percent + " % of 1RM, outside " + band[0] + "–" + band[1] + " %");
		}
		if (reps < repRange[0] || reps > repRange[1] || item.hasNonNull("repsMax")) {
			violations.add(at + ": " + reps + " reps from a one-rep max, outside " + repRange[0] + "–" + repRange[1]);
		}
		JsonNode e = this.catalog.get(item.path("exercise").path("slug").asString(""));
		BigDecimal step = new BigDecimal(CoachRules.step(e).replace(" kg", ""));
		BigDecimal kg = BigDecimal.valueOf(item.path("loadKg").asDouble(-1));
		BigDecimal exact = BigDecimal.valueOf(given)
			.multiply(BigDecimal.valueOf(percent))
			.divide(BigDecimal.valueOf(100));
		if (kg.signum() <= 0 || kg.remainder(step).signum() != 0 || kg.compareTo(exact) > 0
				|| exact.subtract(kg).compareTo(step) >= 0) {
			violations.add(at + ": load " + kg + " kg is not " + percent + " % of " + given + " kg (" + exact
					+ " kg) rounded down to the " + step + " kg step");
		}
		String load = item.path("load").asString("");
		if (!load.contains(kg.stripTrailingZeros().toPlainString() + " kg")) {
			violations
				.add(at + ": the load '" + load + "' does not name " + kg.stripTrailingZeros().toPlainString() + " kg");
		}
	}

	/** Every given one-rep max is mentioned in the plan's advice, used or not. */
	private static void checkAdvice(PlanChecker.Request request, JsonNode plan, List<String> violations) {
		StringBuilder advice = new StringBuilder();
		plan.path("guidance").forEach((g) -> advice.append(g.path("advice").asString("")).append('\n'));
		for (Map.Entry<String, Double> given : request.oneRepMaxes().entrySet()) {
			String kg = BigDecimal.valueOf(given.getValue()).stripTrailingZeros().toPlainString() + " kg";
			if (!advice.toString().contains(kg)) {
				violations.add("guidance: the one-rep max of " + kg + " for " + given.getKey()
						+ " is not mentioned as used or not used");
			}
		}
	}

}
