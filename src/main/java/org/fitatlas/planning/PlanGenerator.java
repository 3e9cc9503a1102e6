package org.fitatlas.planning;

import org.fitatlas.catalog.ExerciseCatalog;
import org.fitatlas.planning.internal.PlanBuilder;

import org.springframework.stereotype.Service;

/**
 * Turns a person's situation into a plan; refuses when a red flag calls for a clinician.
 */
@Service
public class PlanGenerator {

	private final ExerciseCatalog catalog;

	PlanGenerator(ExerciseCatalog catalog) {
		this.catalog = catalog;
	}

	public Plan generate(PlanRequest request) {
		if (!request.redFlags().isEmpty()) {
			throw RedFlagFound.of(request.redFlags());
		}
		OneRepMaxes.check(request.oneRepMaxes(), this.catalog::find);
		return new PlanBuilder(request, this.catalog.active(), this.catalog.taxonomy()).build();
	}

}
