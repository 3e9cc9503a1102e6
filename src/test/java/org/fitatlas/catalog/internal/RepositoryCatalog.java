package org.fitatlas.catalog.internal;

import java.nio.file.Path;
import java.util.List;

import org.fitatlas.catalog.Exercise;
import org.fitatlas.catalog.Taxonomy;

/**
 * The repository's catalog read once for tests that need the real exercises without the
 * app.
 */
public final class RepositoryCatalog {

	public static final Taxonomy TAXONOMY = TaxonomyReader.read(new CatalogSource(Path.of("catalog")).taxonomy());

	public static final List<Exercise> EXERCISES = new CatalogSource(Path.of("catalog")).exercises()
		.stream()
		.map((f) -> new CatalogFileReader(TAXONOMY).read(f.name(), f.text()).exercise().orElseThrow())
		.toList();

	private RepositoryCatalog() {
	}

}
