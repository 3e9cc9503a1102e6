package org.fitatlas.imports;

/**
 * Told how far a long import or export has got: {@code done} of {@code total} records.
 */
@FunctionalInterface
public interface ImportProgress {

	ImportProgress NONE = (done, total) -> {
	};

	void advanced(int done, int total);

}
