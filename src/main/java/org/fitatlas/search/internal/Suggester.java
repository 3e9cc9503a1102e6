package org.fitatlas.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.fitatlas.catalog.Exercise;
import org.fitatlas.search.Suggestion;

/**
 * Completions for the search box on names and aliases: whole words, the last word as a
 * prefix, typos tolerated.
 */
final class Suggester {

	private final IndexSearcher searcher;

	private final Analyzer plain;

	private final String[] slugs;

	private final Map<String, Exercise> bySlug;

	Suggester(IndexSearcher searcher, Analyzer plain, String[] slugs, Map<String, Exercise> bySlug) {
		this.searcher = searcher;
		this.plain = plain;
		this.slugs = slugs;
		this.bySlug = bySlug;
	}

	List<Suggestion> suggest(String text, int limit) {
		List<String> all = new ArrayList<>(SearchAnalysis.words(this.plain, text));
		if (all.isEmpty()) {
			return List.of();
		}
		boolean lastIsPartial = !Character.isWhitespace(text.charAt(text.length() - 1));
		// Completions are about what is being typed: keep the last words that fit the
		// clause budget (each costs a term, a prefix and a typo expansion at most).
		int fits = QueryPlanner.CLAUSE_BUDGET / (FuzzyQuery.defaultMaxExpansions + 3);
		if (all.size() > fits) {
			all = new ArrayList<>(all.subList(all.size() - fits, all.size()));
		}
		List<Suggestion> strict = suggest(all, lastIsPartial, limit, BooleanClause.Occur.MUST);
		return strict.isEmpty() ? suggest(all, lastIsPartial, limit, BooleanClause.Occur.SHOULD) : strict;
	}

	private List<Suggestion> suggest(List<String> words, boolean lastIsPartial, int limit, BooleanClause.Occur occur) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			BooleanQuery.Builder alternatives = new BooleanQuery.Builder();
			alternatives.add(new BoostQuery(new TermQuery(new Term("suggest", word)), 3f), BooleanClause.Occur.SHOULD);
			if (i == words.size() - 1 && lastIsPartial) {
				alternatives.add(new BoostQuery(new PrefixQuery(new Term("suggest", word)), 2f),
						BooleanClause.Occur.SHOULD);
			}
			if (word.length() >= 4) {
				alternatives.add(new FuzzyQuery(new Term("suggest", word), (word.length() >= 5) ? 2 : 1, 1),
						BooleanClause.Occur.SHOULD);
			}
			query.add(alternatives.build(), occur);
		}
		try {
			TopDocs top = this.searcher.search(query.build(), limit);
			List<Suggestion> suggestions = new ArrayList<>();
			for (ScoreDoc scoreDoc : top.scoreDocs) {
				Exercise e = this.bySlug.get(this.slugs[scoreDoc.doc]);
				suggestions.add(new Suggestion(e.slug(), e.name(), matched(e, words), e.level()));
			}
			return suggestions;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The name, or the alias that shares more of the typed word beginnings than the name.
	 */
	private static String matched(Exercise e, List<String> words) {
		String best = e.name();
		int bestScore = overlap(e.name(), words);
		for (String alias : e.aliases()) {
			int score = overlap(alias, words);
			if (score > bestScore) {
				best = alias;
				bestScore = score;
			}
		}
		return best;
	}

	private static int overlap(String text, List<String> words) {
		String[] parts = text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+");
		int score = 0;
		for (String word : words) {
			for (String part : parts) {
				if (part.startsWith(word)) {
					score++;
					break;
				}
			}
		}
		return score;
	}

}
