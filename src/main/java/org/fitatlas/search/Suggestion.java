package org.fitatlas.search;

/**
 * A completion for the search box: the exercise, and the name or alias that matched.
 */
public record Suggestion(String slug, String name, String matched, String level) {
}
