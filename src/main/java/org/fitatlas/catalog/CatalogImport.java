package org.fitatlas.catalog;

import java.util.List;

/**
 * What a catalog import (re-reading the catalog files) did.
 */
public record CatalogImport(int files, int added, int updated, int retired, List<String> problems, long version) {

	public CatalogImport {
		problems = List.copyOf(problems);
	}

}
