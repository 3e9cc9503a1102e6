/**
 * Personalised training plans: a person's situation (goal, level, time, equipment,
 * health) becomes a multi-week programme that follows published dose and safety rules and
 * says why. Other modules use {@link org.fitatlas.planning.PlanGenerator} and
 * {@link org.fitatlas.planning.Plans}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "catalog", "shared", "accounts", "calculators" })
@org.jspecify.annotations.NullMarked
package org.fitatlas.planning;
