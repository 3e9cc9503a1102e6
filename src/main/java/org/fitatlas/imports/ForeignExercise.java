package org.fitatlas.imports;

import java.util.List;

import org.fitatlas.catalog.Exercise;

/**
 * One foreign record mapped to our taxonomy: its id in the dataset and the exercise it
 * describes (gaps named in {@link Exercise#missing()}), plus the names it is known by
 * there. {@code ourFormat}: the record is a page in our own catalog format, so its slug
 * is its identity (an export read back).
 */
public record ForeignExercise(String foreignId, Exercise exercise, List<String> names, boolean ourFormat) {

	public ForeignExercise {
		if (foreignId.isBlank()) {
			throw new IllegalArgumentException("foreign id of " + exercise.slug() + " is blank");
		}
		names = List.copyOf(names);
	}

}
