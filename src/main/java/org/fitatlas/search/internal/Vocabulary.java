package org.fitatlas.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Every word the indexed exercises use, to correct a person's typos against: a word is
 * mapped to the known words within one or two edits (same first letter, as people rarely
 * mistype it) once, and the search then asks for those exact words. Building a
 * Levenshtein automaton per word and field on every search cost most of a search's CPU.
 */
final class Vocabulary {

	/** More corrections than this add clauses and noise, not better matches. */
	static final int MAX_CORRECTIONS = 8;

	private static final int CACHE_LIMIT = 20_000;

	/** Known words by first letter, with how many exercises use each. */
	private final Map<Character, List<Known>> byInitial = new HashMap<>();

	private final Map<String, Integer> frequency = new HashMap<>();

	private final Map<String, List<String>> corrections = new ConcurrentHashMap<>();

	private record Known(String word, int frequency) {
	}

	Vocabulary(IndexReader reader, String field) {
		try {
			Terms terms = MultiTerms.getTerms(reader, field);
			if (terms != null) {
				TermsEnum each = terms.iterator();
				for (BytesRef term = each.next(); term != null; term = each.next()) {
					String word = term.utf8ToString();
					this.frequency.put(word, each.docFreq());
					this.byInitial.computeIfAbsent(word.charAt(0), (c) -> new ArrayList<>())
						.add(new Known(word, each.docFreq()));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** How many exercises use the word (0 for a word no exercise uses). */
	int frequency(String word) {
		return this.frequency.getOrDefault(word, 0);
	}

	boolean knows(String word) {
		return this.frequency.containsKey(word);
	}

	/**
	 * The known words within {@code edits} edits of a word (a swap of two neighbours is
	 * one edit), the word itself first when known, then the closest and most used.
	 */
	List<String> near(String word, int edits) {
		String key = edits + ":" + word;
		List<String> found = this.corrections.get(key);
		if (found == null) {
			found = search(word, edits);
			if (this.corrections.size() >= CACHE_LIMIT) {
				this.corrections.clear();
			}
			this.corrections.put(key, found);
		}
		return found;
	}

	private List<String> search(String word, int edits) {
		record Candidate(String word, int distance, int frequency) {
		}
		List<Candidate> candidates = new ArrayList<>();
		for (Known known : this.byInitial.getOrDefault(word.charAt(0), List.of())) {
			if (Math.abs(known.word().length() - word.length()) <= edits) {
				int distance = distance(word, known.word(), edits);
				if (distance <= edits) {
					candidates.add(new Candidate(known.word(), distance, known.frequency()));
				}
			}
		}
		return candidates.stream()
			.sorted(Comparator.comparingInt(Candidate::distance)
				.thenComparing(Comparator.comparingInt(Candidate::frequency).reversed())
				.thenComparing(Candidate::word))
			.limit(MAX_CORRECTIONS)
			.map(Candidate::word)
			.toList();
	}

	/**
	 * Edit distance with adjacent swaps (optimal string alignment), giving up once it
	 * exceeds {@code limit}.
	 */
	static int distance(String a, String b, int limit) {
		int[] before = new int[b.length() + 1];
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			int best = current[0];
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				int d = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d = Math.min(d, before[j - 2] + 1);
				}
				current[j] = d;
				best = Math.min(best, d);
			}
			if (best > limit) {
				return limit + 1;
			}
			int[] swap = before;
			before = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

}
