package org.fitatlas.catalog;

/**
 * Published after the catalog in the database changed (exercises added, updated or
 * retired).
 */
public record CatalogChanged(long version, int added, int updated, int retired) {
}
