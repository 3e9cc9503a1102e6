package org.fitatlas.catalog;

/**
 * One foreign record the catalog holds: which import it came from, its id there, and the
 * exercise it became ({@code merged}: an exercise we already had).
 */
public record ImportedRecord(String origin, String foreignId, String slug, boolean merged) {
}
