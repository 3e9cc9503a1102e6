package org.fitatlas.catalog.internal;

import org.fitatlas.catalog.Taxonomy;

import org.springframework.stereotype.Component;

/**
 * The taxonomy currently in force, read from the catalog folder with the exercise files.
 */
@Component
public class TaxonomyHolder {

	private volatile Taxonomy taxonomy;

	TaxonomyHolder(CatalogProperties properties) {
		this.taxonomy = TaxonomyReader.read(new CatalogSource(properties.dir()).taxonomy());
	}

	Taxonomy reload(String yaml) {
		this.taxonomy = TaxonomyReader.read(yaml);
		return this.taxonomy;
	}

	public Taxonomy get() {
		return this.taxonomy;
	}

}
