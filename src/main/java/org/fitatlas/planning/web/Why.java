package org.fitatlas.planning.web;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An exercise's reason split for reading: the first sentence as one short line, the rest
 * (further reasoning and its sources) behind a click.
 */
record Why(String line, String more) {

	private static final Pattern SENTENCE_END = Pattern.compile("[.!?]\\s+(?=[A-Z0-9])");

	/**
	 * Words that end in a full stop without ending a sentence ("Schoenfeld et al. 2017").
	 */
	private static final Set<String> ABBREVIATIONS = Set.of("al", "e.g", "i.e", "approx", "vs", "cf", "dr", "st", "no",
			"fig");

	Why {
		if (line.isBlank()) {
			throw new IllegalArgumentException("a reason needs a first line, was '" + line + "'");
		}
	}

	static Why of(String reason) {
		String text = reason.strip();
		Matcher end = SENTENCE_END.matcher(text);
		while (end.find()) {
			int stop = end.start();
			if (outsideBrackets(text, stop) && !abbreviation(text, stop)) {
				return new Why(text.substring(0, stop + 1), text.substring(end.end()).strip());
			}
		}
		return new Why(text.isEmpty() ? "No reason given" : text, "");
	}

	public boolean hasMore() {
		return !this.more.isEmpty();
	}

	private static boolean outsideBrackets(String text, int at) {
		int depth = 0;
		for (int i = 0; i < at; i++) {
			char c = text.charAt(i);
			depth += (c == '(') ? 1 : (c == ')') ? -1 : 0;
		}
		return depth <= 0;
	}

	private static boolean abbreviation(String text, int at) {
		int start = at;
		while (start > 0 && !Character.isWhitespace(text.charAt(start - 1)) && text.charAt(start - 1) != '(') {
			start--;
		}
		return ABBREVIATIONS.contains(text.substring(start, at).toLowerCase(java.util.Locale.ROOT));
	}

}
