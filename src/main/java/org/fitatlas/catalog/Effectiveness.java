package org.fitatlas.catalog;

/**
 * A measured figure for how well an exercise works a muscle, with where it was measured.
 */
public record Effectiveness(String measure, double value, String unit, String source) {
}
