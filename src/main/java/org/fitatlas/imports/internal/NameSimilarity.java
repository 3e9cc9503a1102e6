package org.fitatlas.imports.internal;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How alike two exercise names are: the share of their words in common (Jaccard index),
 * after lower-casing, dropping punctuation, joining words and a plural 's'.
 */
public final class NameSimilarity {

	private static final Set<String> IGNORED = Set.of("the", "a", "an", "with", "on", "of", "to", "and", "exercise");

	private NameSimilarity() {
	}

	public static double of(String a, String b) {
		Set<String> x = words(a);
		Set<String> y = words(b);
		if (x.isEmpty() || y.isEmpty()) {
			return 0;
		}
		Set<String> both = new HashSet<>(x);
		both.retainAll(y);
		Set<String> either = new HashSet<>(x);
		either.addAll(y);
		return (double) both.size() / either.size();
	}

	/**
	 * Words that describe the usual way of doing an exercise rather than a variation: a
	 * foreign name may carry them where ours does not ("Bent Over Barbell Row" is our
	 * barbell row). Any other extra word ("decline", "seated", "pistol") marks a
	 * variation.
	 */
	static final Set<String> NEUTRAL = Set.of("standing", "bent", "over", "bodyweight", "body", "weight", "flat",
			"basic", "regular", "alternate", "alternating", "bicep", "biceps", "with", "full", "floor");

	/**
	 * Whether a foreign name adds no word to ours beyond {@link #NEUTRAL} ones: it names
	 * the same exercise, not a variation of it.
	 */
	public static boolean addsNothing(String foreign, String ours) {
		Set<String> extra = new HashSet<>(words(foreign));
		extra.removeAll(words(ours));
		extra.removeAll(NEUTRAL);
		return extra.isEmpty();
	}

	/** The best similarity between any name of one list and any of the other. */
	public static double best(List<String> names, List<String> others) {
		double best = 0;
		for (String a : names) {
			for (String b : others) {
				best = Math.max(best, of(a, b));
			}
		}
		return best;
	}

	static Set<String> words(String name) {
		Set<String> words = new LinkedHashSet<>();
		String text = name.toLowerCase(Locale.ROOT)
			.replace("&", " and ")
			.replace("push-up", "pushup")
			.replace("pull-up", "pullup")
			.replace("chin-up", "chinup")
			.replace("sit-up", "situp")
			.replaceAll("[^a-z0-9]+", " ")
			.trim();
		for (String word : text.split(" ")) {
			if (word.isEmpty() || IGNORED.contains(word)) {
				continue;
			}
			if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
				word = word.substring(0, word.length() - 1);
			}
			words.add(word);
		}
		return words;
	}

}
