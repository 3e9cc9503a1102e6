package org.fitatlas.catalog;

/**
 * Thrown when no exercise, active or retired, has the slug asked for.
 */
public final class ExerciseNotFound extends RuntimeException {

	private final String slug;

	private ExerciseNotFound(String slug) {
		super("No exercise has the slug '" + slug + "'");
		this.slug = slug;
	}

	public static ExerciseNotFound forSlug(String slug) {
		return new ExerciseNotFound(slug);
	}

	public String slug() {
		return this.slug;
	}

}
