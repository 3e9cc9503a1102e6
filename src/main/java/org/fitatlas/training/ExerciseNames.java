package org.fitatlas.training;

import java.util.Optional;

import org.fitatlas.catalog.Exercise;
import org.fitatlas.catalog.ExerciseCatalog;
import org.fitatlas.training.internal.ExerciseMatcher;

import org.springframework.stereotype.Service;

/**
 * Finds the atlas exercise a person means by what they typed: its address name
 * ("side-plank"), its name or an alias ("side plank", "Plank (side)").
 */
@Service
public class ExerciseNames {

	private final ExerciseCatalog catalog;

	private final ExerciseMatcher matcher;

	ExerciseNames(ExerciseCatalog catalog, ExerciseMatcher matcher) {
		this.catalog = catalog;
		this.matcher = matcher;
	}

	/** The slug of the exercise meant, or empty when nothing matches surely. */
	public Optional<String> slug(String typed) {
		String text = typed.trim();
		if (text.isEmpty() || text.length() > 200) {
			return Optional.empty();
		}
		return this.catalog.find(text).or(() -> this.matcher.session().match(text)).map(Exercise::slug);
	}

}
