package org.fitatlas.catalog.web;

import java.util.Map;
import java.util.Set;

import org.fitatlas.catalog.ExerciseQuery;
import org.fitatlas.shared.web.RequestParameters;

/**
 * Turns atlas request parameters into an {@link ExerciseQuery}; shared by the API and
 * pages.
 */
final class AtlasParameters {

	static final Set<String> ATLAS = Set.of("bodyPart", "muscle", "targetOnly", "equipment", "level", "category",
			"force", "mechanic", "page", "size", "sort");

	private AtlasParameters() {
	}

	static ExerciseQuery parse(Map<String, String[]> params, int defaultSize) {
		RequestParameters.rejectUnknown(params, ATLAS);
		String sort = RequestParameters.single(params, "sort");
		return new ExerciseQuery(RequestParameters.single(params, "bodyPart"),
				RequestParameters.single(params, "muscle"), RequestParameters.bool(params, "targetOnly"),
				RequestParameters.list(params, "equipment"), RequestParameters.single(params, "level"),
				RequestParameters.single(params, "category"), RequestParameters.single(params, "force"),
				RequestParameters.single(params, "mechanic"), RequestParameters.integer(params, "page", 0),
				RequestParameters.integer(params, "size", defaultSize), (sort != null) ? sort : "name");
	}

}
