package org.fitatlas.catalog.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.fitatlas.catalog.Taxonomy;

/**
 * The repository's catalog, read for tests.
 */
final class CatalogFixtures {

	static final Path CATALOG = Path.of("catalog");

	private CatalogFixtures() {
	}

	static Taxonomy taxonomy() {
		return TaxonomyReader.read(read(CATALOG.resolve("taxonomy.yml")));
	}

	static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A complete, valid file to mutate in tests. */
	static String validFile() {
		return read(CATALOG.resolve("exercises/leg-up-hamstring-stretch.md"));
	}

}
