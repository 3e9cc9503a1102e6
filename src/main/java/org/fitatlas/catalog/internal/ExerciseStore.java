package org.fitatlas.catalog.internal;

import org.springframework.stereotype.Component;

/**
 * Hands out the current catalog snapshot, reloading it from PostgreSQL only when the
 * catalog version there moved (another node or a sync changed it).
 */
@Component
public class ExerciseStore {

	private final ExerciseRepository repository;

	private volatile CatalogSnapshot snapshot = new CatalogSnapshot(-1, java.util.Map.of(), java.util.Set.of(),
			java.util.List.of());

	ExerciseStore(ExerciseRepository repository) {
		this.repository = repository;
	}

	public CatalogSnapshot current() {
		long version = this.repository.version();
		CatalogSnapshot current = this.snapshot;
		if (current.version() != version) {
			synchronized (this) {
				current = this.snapshot;
				if (current.version() != version) {
					current = CatalogSnapshot.of(version, this.repository.all());
					this.snapshot = current;
				}
			}
		}
		return current;
	}

}
