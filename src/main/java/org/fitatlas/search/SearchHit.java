package org.fitatlas.search;

import java.util.List;

/**
 * One exercise found, with its score and a snippet whose matched words are wrapped in
 * {@code <mark>} (the rest of the snippet is HTML-escaped).
 */
public record SearchHit(String slug, String name, String bodyPart, String level, List<String> equipment, float score,
		String highlight) {
}
