package org.fitatlas.catalog.internal;

import org.fitatlas.shared.ContentVersion;

import org.springframework.stereotype.Component;

/**
 * The catalog's version as read from the database, so pages kept by any node follow a
 * change made on any other.
 */
@Component
class CatalogContentVersion implements ContentVersion {

	private final ExerciseRepository repository;

	CatalogContentVersion(ExerciseRepository repository) {
		this.repository = repository;
	}

	@Override
	public long current() {
		return this.repository.version();
	}

}
