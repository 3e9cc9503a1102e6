package org.fitatlas.catalog.internal;

/**
 * One thing wrong with a catalog file: which file, which field, what is wrong.
 */
public record CatalogProblem(String file, String field, String message) {

	@Override
	public String toString() {
		return this.file + ": " + this.field + ": " + this.message;
	}

}
