package org.fitatlas.training.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fitatlas.catalog.Exercise;
import org.fitatlas.catalog.ExerciseCatalog;
import org.fitatlas.search.ExerciseSearch;
import org.fitatlas.search.SearchHit;
import org.fitatlas.search.SearchRequest;

import org.springframework.stereotype.Component;

/**
 * Matches an exercise name from another app ("Bench Press (Dumbbell)") to an atlas
 * exercise: the app's "Name (Equipment)" becomes "Equipment Name", an exact name or alias
 * wins, else the top search hit when it shares most of the name's words. Unsure means no
 * match: a wrong match would put someone's sets under the wrong exercise.
 */
@Component
public class ExerciseMatcher {

	private static final Pattern QUALIFIED = Pattern.compile("^(.*?)\\s*\\(([^)]*)\\)\\s*$");

	private static final Set<String> FILLER = Set.of("the", "a", "an", "with", "on", "of", "and", "to", "exercise");

	private final ExerciseCatalog catalog;

	private final ExerciseSearch search;

	ExerciseMatcher(ExerciseCatalog catalog, ExerciseSearch search) {
		this.catalog = catalog;
		this.search = search;
	}

	/** A matcher for one import: remembers each name's answer. */
	public Session session() {
		Map<String, Exercise> byName = new HashMap<>();
		for (Exercise exercise : this.catalog.active()) {
			byName.putIfAbsent(key(exercise.name()), exercise);
			for (String alias : exercise.aliases()) {
				byName.putIfAbsent(key(alias), exercise);
			}
		}
		return new Session(byName);
	}

	/** One import's matching, with a cache per name. */
	public final class Session {

		private final Map<String, Exercise> byName;

		private final Map<String, Optional<Exercise>> answers = new HashMap<>();

		Session(Map<String, Exercise> byName) {
			this.byName = byName;
		}

		public Optional<Exercise> match(String name) {
			return this.answers.computeIfAbsent(name, this::find);
		}

		private Optional<Exercise> find(String name) {
			String plain = name.trim();
			Matcher qualified = QUALIFIED.matcher(plain);
			String reordered = qualified.matches() ? qualified.group(2) + " " + qualified.group(1) : plain;
			for (String candidate : List.of(plain, reordered, qualified.matches() ? qualified.group(1) : plain)) {
				Exercise exact = this.byName.get(key(candidate));
				if (exact != null && (candidate.equals(plain) || candidate.equals(reordered))) {
					return Optional.of(exact);
				}
			}
			if (reordered.isBlank() || reordered.length() > SearchRequest.MAX_QUERY_LENGTH) {
				return Optional.empty();
			}
			List<SearchHit> hits = ExerciseMatcher.this.search.search(SearchRequest.of(reordered, 3)).items();
			if (hits.isEmpty()) {
				return Optional.empty();
			}
			Set<String> wanted = words(reordered);
			for (SearchHit hit : hits) {
				Optional<Exercise> exercise = ExerciseMatcher.this.catalog.find(hit.slug());
				if (exercise.isPresent() && covers(exercise.get(), wanted)) {
					return exercise;
				}
			}
			return Optional.empty();
		}

	}

	/**
	 * Every word of the name (but filler) appears in the exercise's name or one alias,
	 * and vice versa for the name.
	 */
	static boolean covers(Exercise exercise, Set<String> wanted) {
		if (wanted.isEmpty()) {
			return false;
		}
		for (String label : concat(exercise.name(), exercise.aliases())) {
			Set<String> have = words(label);
			if (have.containsAll(wanted) && wanted.size() * 3 >= have.size() * 2) {
				return true;
			}
		}
		return false;
	}

	private static List<String> concat(String name, List<String> aliases) {
		java.util.ArrayList<String> all = new java.util.ArrayList<>();
		all.add(name);
		all.addAll(aliases);
		return all;
	}

	static Set<String> words(String text) {
		Set<String> words = new HashSet<>();
		for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
			if (!word.isEmpty() && !FILLER.contains(word)) {
				words.add(singular(word));
			}
		}
		return words;
	}

	private static String singular(String word) {
		return (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) ? word.substring(0, word.length() - 1)
				: word;
	}

	static String key(String name) {
		return String.join(" ", new java.util.TreeSet<>(words(name)));
	}

}
