package org.fitatlas.search.internal;

import java.nio.file.Path;
import java.util.List;

import org.fitatlas.catalog.Exercise;
import org.fitatlas.catalog.Taxonomy;
import org.fitatlas.catalog.internal.CatalogFileReader;
import org.fitatlas.catalog.internal.CatalogSource;
import org.fitatlas.catalog.internal.TaxonomyReader;

/**
 * The repository's catalog as a search index, without starting the app.
 */
final class SearchFixtures {

	static final CatalogSource SOURCE = new CatalogSource(Path.of("catalog"));

	static final Taxonomy TAXONOMY = TaxonomyReader.read(SOURCE.taxonomy());

	static final List<Exercise> EXERCISES = SOURCE.exercises()
		.stream()
		.map((f) -> new CatalogFileReader(TAXONOMY).read(f.name(), f.text()).exercise().orElseThrow())
		.toList();

	private SearchFixtures() {
	}

	static ExerciseIndex index() {
		return new ExerciseIndex(1, EXERCISES, TAXONOMY, SearchAnalysis.synonyms("search/synonyms.txt"));
	}

}
