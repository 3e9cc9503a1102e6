package org.fitatlas.catalog;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What one import adds to the catalog, written in one transaction: new exercises, each
 * with the foreign record it came from, and merges of foreign records into exercises we
 * already have.
 */
public record CatalogAdditions(String origin, List<Created> created, List<Merge> merges) {

	public CatalogAdditions {
		if (origin.isBlank() || origin.length() > 80) {
			throw new IllegalArgumentException("origin must be 1..80 characters, was '" + origin + "'");
		}
		created = List.copyOf(created);
		merges = List.copyOf(merges);
		Set<String> ids = new HashSet<>();
		Set<String> slugs = new HashSet<>();
		for (Created c : created) {
			if (!ids.add(c.foreignId())) {
				throw new IllegalArgumentException("foreign id '" + c.foreignId() + "' is added twice");
			}
			if (!slugs.add(c.exercise().slug())) {
				throw new IllegalArgumentException("slug '" + c.exercise().slug() + "' is created twice");
			}
		}
		for (Merge m : merges) {
			if (!ids.add(m.foreignId())) {
				throw new IllegalArgumentException("foreign id '" + m.foreignId() + "' is added twice");
			}
		}
	}

	public boolean isEmpty() {
		return this.created.isEmpty() && this.merges.isEmpty();
	}

	/** A new exercise and the id of the foreign record it was made from. */
	public record Created(String foreignId, Exercise exercise) {

		public Created {
			Objects.requireNonNull(exercise, "exercise");
			if (foreignId.isBlank()) {
				throw new IllegalArgumentException("foreign id of " + exercise.slug() + " is blank");
			}
		}

	}

	/**
	 * A foreign record that is one of our exercises: its names are added as aliases and
	 * its source cited.
	 */
	public record Merge(String foreignId, String slug, List<String> aliases, String source) {

		public Merge {
			if (foreignId.isBlank()) {
				throw new IllegalArgumentException("foreign id merged into " + slug + " is blank");
			}
			if (source.isBlank()) {
				throw new IllegalArgumentException("the merge of '" + foreignId + "' names no source");
			}
			aliases = List.copyOf(aliases);
		}

	}

}
