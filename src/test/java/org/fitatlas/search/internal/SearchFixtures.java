package org.fitatlas.search.internal;

import java.util.List;

import org.fitatlas.catalog.Exercise;
import org.fitatlas.catalog.Taxonomy;
import org.fitatlas.catalog.internal.RepositoryCatalog;

/**
 * The repository's catalog as a search index, without starting the app.
 */
final class SearchFixtures {

	static final Taxonomy TAXONOMY = RepositoryCatalog.TAXONOMY;

	static final List<Exercise> EXERCISES = RepositoryCatalog.EXERCISES;

	private SearchFixtures() {
	}

	static ExerciseIndex index() {
		return new ExerciseIndex(1, EXERCISES, TAXONOMY, SearchAnalysis.synonyms("search/synonyms.txt"));
	}

}
