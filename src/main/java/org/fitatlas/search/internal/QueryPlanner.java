package org.fitatlas.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BlendedTermQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.jspecify.annotations.Nullable;

/**
 * Turns what a person typed into a {@link QueryPlan}.
 *
 * <p>
 * Ranking: a document that matches the query's words exactly (after stemming and
 * synonyms) always ranks above one that only matches a misspelling of them, because exact
 * matches get a constant {@link #EXACT_TIER} on top of their relevance; typo matches
 * (fuzzy terms of four letters or more) then only order documents within their tier.
 */
final class QueryPlanner {

	static final float EXACT_TIER = 100f;

	/**
	 * Clauses one search may cost, below Lucene's limit with room for the atlas filters.
	 */
	static final int CLAUSE_BUDGET = IndexSearcher.getMaxClauseCount() - 16;

	/** The fewest clauses one word costs: one per searched field. */
	private static final int MIN_WORD_CLAUSES = IndexField.searched().size();

	/** The most phrase variants one name phrase may cost. */
	private static final int PHRASE_CLAUSES = 64;

	private static final float FUZZY_WEIGHT = 0.5f;

	/** Synonym expansions count for less than the words a person actually typed. */
	private static final float SYNONYM_WEIGHT = 0.5f;

	/**
	 * Added once per query word a document matches anywhere: covering more words wins.
	 */
	private static final float COVERAGE = 100f;

	private static final List<String> PRIMARY = IndexField.covering(IndexField.Coverage.PRIMARY);

	private static final List<String> SECONDARY = IndexField.covering(IndexField.Coverage.SECONDARY);

	private final Analyzer plain;

	private final QueryBuilder queries;

	private final QueryBuilder literal;

	private final IndexReader reader;

	/** The words of names and aliases, for typo corrections that rank. */
	private final Vocabulary names;

	/** The words of names, aliases, muscles, body part, equipment and category. */
	private final Vocabulary text;

	QueryPlanner(Analyzer plain, SynonymMap synonyms, IndexReader reader) {
		this.names = new Vocabulary(reader, IndexField.NAMES_PLAIN.field());
		this.text = new Vocabulary(reader, IndexField.TEXT_PLAIN.field());
		this.plain = plain;
		this.queries = new QueryBuilder(SearchAnalysis.query(synonyms));
		this.queries.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
		this.literal = new QueryBuilder(SearchAnalysis.stemmed());
		this.reader = reader;
	}

	/**
	 * The plan for a text, within Lucene's clause budget: each word costs a few dozen
	 * clauses (every field, synonyms, typo expansions), so a long query is cut to the
	 * words that tell most about what the person wants: the rarest known words first,
	 * then unknown words long enough to be typos. The kept words stay in typed order, for
	 * the phrase boosts.
	 */
	QueryPlan plan(String text) {
		List<String> words = List.copyOf(new LinkedHashSet<>(SearchAnalysis.words(this.plain, text)));
		if (words.isEmpty()) {
			return QueryPlan.empty();
		}
		Query all = withinBudget(words);
		if (all != null) {
			return new QueryPlan(words, all, marks(words));
		}
		List<String> ranked = new ArrayList<>(words);
		ranked.sort(Comparator.comparingLong(this::usefulness));
		// The largest number of the most useful words whose query fits the budget (no
		// word costs less than MIN_WORD_CLAUSES, so no need to try more than that
		// allows).
		int low = 1;
		int high = Math.min(words.size() - 1, CLAUSE_BUDGET / MIN_WORD_CLAUSES);
		QueryPlan best = QueryPlan.empty();
		while (low <= high) {
			int keep = (low + high) >>> 1;
			Set<String> kept = new HashSet<>(ranked.subList(0, keep));
			List<String> chosen = words.stream().filter(kept::contains).toList();
			Query query = withinBudget(chosen);
			if (query != null) {
				best = new QueryPlan(chosen, query, marks(chosen));
				low = keep + 1;
			}
			else {
				high = keep - 1;
			}
		}
		return best;
	}

	/** The query for these words, or null when it would cost more than the budget. */
	private @Nullable Query withinBudget(List<String> words) {
		if (words.size() > CLAUSE_BUDGET / MIN_WORD_CLAUSES) {
			return null;
		}
		try {
			Query query = mainQuery(words);
			return (query != null && clauses(query) <= CLAUSE_BUDGET) ? query : null;
		}
		catch (IndexSearcher.TooManyClauses ex) {
			// One part alone (a phrase with many synonym paths) was already too large.
			return null;
		}
	}

	/**
	 * Lower is more useful: known words by how few exercises use them, then unknown words
	 * of four letters or more (likely typos), then short unknown words.
	 */
	private long usefulness(String word) {
		long frequency = documentFrequency(word);
		if (frequency > 0) {
			return frequency;
		}
		return (word.length() >= 4) ? Integer.MAX_VALUE : Long.MAX_VALUE;
	}

	/**
	 * The clauses a query costs once rewritten, as Lucene counts them against its limit;
	 * a fuzzy term counts as its largest expansion.
	 */
	static int clauses(Query query) {
		int[] count = { 0 };
		query.visit(new QueryVisitor() {
			@Override
			public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
				return this;
			}

			@Override
			public void visitLeaf(Query leaf) {
				count[0]++;
			}

			@Override
			public void consumeTerms(Query leaf, Term... terms) {
				count[0] += Math.max(1, terms.length);
			}

			@Override
			public void consumeTermsMatching(Query leaf, String field, Supplier<ByteRunAutomaton> automaton) {
				count[0] += (leaf instanceof FuzzyQuery) ? FuzzyQuery.defaultMaxExpansions : 1;
			}
		});
		return count[0];
	}

	/**
	 * Exact words (stemmed, with synonyms, phrase-boosted on names) plus typo-tolerant
	 * words.
	 */
	private @Nullable Query mainQuery(List<String> words) {
		String cleaned = String.join(" ", words);
		BooleanQuery.Builder exact = new BooleanQuery.Builder();
		boolean anyExact = false;
		for (IndexField field : IndexField.searched()) {
			Query typed = this.literal.createBooleanQuery(field.field(), cleaned, BooleanClause.Occur.SHOULD);
			Query expanded = this.queries.createBooleanQuery(field.field(), cleaned, BooleanClause.Occur.SHOULD);
			if (typed != null && typed.equals(expanded)) {
				// No synonym among the words: one clause scores what the two would (a
				// boost multiplies the score, so the boosts add up).
				exact.add(new BoostQuery(typed, field.boost() * (1 + SYNONYM_WEIGHT)), BooleanClause.Occur.SHOULD);
				anyExact = true;
				continue;
			}
			if (typed != null) {
				exact.add(new BoostQuery(typed, field.boost()), BooleanClause.Occur.SHOULD);
				anyExact = true;
			}
			if (expanded != null) {
				exact.add(new BoostQuery(expanded, field.boost() * SYNONYM_WEIGHT), BooleanClause.Occur.SHOULD);
				anyExact = true;
			}
		}
		for (String word : words) {
			Query primary = anyField(word, PRIMARY);
			Query secondary = anyField(word, SECONDARY);
			List<Query> coverage = new ArrayList<>();
			if (primary != null) {
				coverage.add(new BoostQuery(new ConstantScoreQuery(primary), COVERAGE));
			}
			if (secondary != null) {
				coverage.add(new BoostQuery(new ConstantScoreQuery(secondary), COVERAGE / 4));
			}
			if (!coverage.isEmpty()) {
				exact.add(new DisjunctionMaxQuery(coverage, 0f), BooleanClause.Occur.SHOULD);
			}
		}
		if (words.size() > 1) {
			Query namePhrase = phrase(IndexField.NAME, cleaned);
			if (namePhrase != null) {
				exact.add(new BoostQuery(namePhrase, 8f), BooleanClause.Occur.SHOULD);
			}
			Query aliasPhrase = phrase(IndexField.ALIASES, cleaned);
			if (aliasPhrase != null) {
				exact.add(new BoostQuery(aliasPhrase, 5f), BooleanClause.Occur.SHOULD);
			}
			for (int i = 0; i + 1 < words.size(); i++) {
				Query pair = this.queries.createPhraseQuery(IndexField.SUMMARY.field(),
						words.get(i) + " " + words.get(i + 1), 1);
				if (pair != null) {
					exact.add(new BoostQuery(pair, 2f), BooleanClause.Occur.SHOULD);
				}
			}
		}
		BooleanQuery.Builder fuzzy = new BooleanQuery.Builder();
		boolean anyFuzzy = false;
		for (String word : words) {
			if (word.length() >= 4) {
				boolean typo = misspelled(word);
				// Two edits for a word the index does not know; one for a known word's
				// near variants (a far cheaper automaton).
				int edits = (typo && word.length() >= 5) ? 2 : 1;
				// The word's near neighbours in names (for ranking, scored like a fuzzy
				// query: each by its similarity, with one blended frequency) and in the
				// text (a superset of the names, for coverage).
				List<String> inNames = this.names.near(word, edits);
				if (!inNames.isEmpty()) {
					BlendedTermQuery.Builder blended = new BlendedTermQuery.Builder()
						.setRewriteMethod(BlendedTermQuery.BOOLEAN_REWRITE);
					for (String near : inNames) {
						blended.add(new Term(IndexField.NAMES_PLAIN.field(), near), similarity(word, near));
					}
					fuzzy.add(new BoostQuery(blended.build(), 3f), BooleanClause.Occur.SHOULD);
					anyFuzzy = true;
				}
				List<String> inText = this.text.near(word, edits);
				if (!inText.isEmpty()) {
					BooleanQuery.Builder any = new BooleanQuery.Builder();
					inText.forEach((near) -> any.add(new TermQuery(new Term(IndexField.TEXT_PLAIN.field(), near)),
							BooleanClause.Occur.SHOULD));
					// A misspelled word's corrections count as much as a typed word
					// would.
					float weight = typo ? COVERAGE / FUZZY_WEIGHT : COVERAGE;
					fuzzy.add(new BoostQuery(new ConstantScoreQuery(any.build()), weight), BooleanClause.Occur.SHOULD);
					anyFuzzy = true;
				}
			}
		}
		BooleanQuery.Builder main = new BooleanQuery.Builder();
		if (anyExact) {
			main.add(new TieredQuery(exact.build(), EXACT_TIER), BooleanClause.Occur.SHOULD);
		}
		if (anyFuzzy) {
			main.add(new BoostQuery(fuzzy.build(), FUZZY_WEIGHT), BooleanClause.Occur.SHOULD);
		}
		return (anyExact || anyFuzzy) ? main.build() : null;
	}

	/**
	 * The whole text as a phrase in a name field, left out when synonyms of several of
	 * its words multiply into more than {@link #PHRASE_CLAUSES} phrase variants: a long
	 * text is rarely a name, and every variant costs a clause.
	 */
	private @Nullable Query phrase(IndexField field, String cleaned) {
		try {
			Query phrase = this.queries.createPhraseQuery(field.field(), cleaned, 2);
			return (phrase != null && clauses(phrase) <= PHRASE_CLAUSES) ? phrase : null;
		}
		catch (IndexSearcher.TooManyClauses ex) {
			return null;
		}
	}

	private @Nullable Query anyField(String word, List<String> fields) {
		BooleanQuery.Builder anywhere = new BooleanQuery.Builder();
		boolean any = false;
		for (String field : fields) {
			Query q = this.queries.createBooleanQuery(field, word, BooleanClause.Occur.SHOULD);
			if (q != null) {
				anywhere.add(q, BooleanClause.Occur.SHOULD);
				any = true;
			}
		}
		return any ? anywhere.build() : null;
	}

	/**
	 * The words as one phrase (stemmed, no synonyms, no typos) in the names, summary,
	 * steps, tips and FAQ: the pages that speak of a condition by name.
	 */
	@Nullable Query phraseInText(String words) {
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		boolean found = false;
		for (IndexField field : List.of(IndexField.NAME, IndexField.ALIASES, IndexField.SUMMARY, IndexField.FAQ,
				IndexField.STEPS)) {
			Query phrase = this.literal.createPhraseQuery(field.field(), words, 1);
			if (phrase != null) {
				any.add(new BoostQuery(phrase, Math.max(field.boost(), 0.5f)), BooleanClause.Occur.SHOULD);
				found = true;
			}
		}
		return found ? any.build() : null;
	}

	/** How alike a correction is to the typed word, as Lucene's fuzzy query rates it. */
	private static float similarity(String word, String near) {
		int edits = Vocabulary.distance(word, near, 2);
		return 1f - (float) edits / Math.min(word.length(), near.length());
	}

	boolean misspelled(String word) {
		return documentFrequency(word) == 0;
	}

	private long documentFrequency(String word) {
		try {
			return this.reader.docFreq(new Term(IndexField.VOCABULARY.field(), word));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * What to mark in the snippets: the typed words, and the corrections of misspelled
	 * ones.
	 */
	private List<String> marks(List<String> words) {
		List<String> marks = new ArrayList<>(words);
		for (String word : words) {
			if (word.length() >= 4 && misspelled(word)) {
				marks.addAll(this.text.near(word, (word.length() >= 5) ? 2 : 1));
			}
		}
		return marks;
	}

}
