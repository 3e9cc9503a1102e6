package org.fitatlas.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.fitatlas.catalog.Exercise;
import org.fitatlas.catalog.Taxonomy;
import org.fitatlas.search.SearchHit;
import org.fitatlas.search.SearchRequest;
import org.fitatlas.search.SearchResults;
import org.fitatlas.search.Suggestion;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/**
 * An immutable in-memory Lucene index of one catalog version.
 *
 * <p>
 * Ranking: a document that matches the query's words exactly (after stemming and
 * synonyms) always ranks above one that only matches a misspelling of them, because exact
 * matches get a constant {@value #EXACT_TIER} on top of their relevance; typo matches
 * (fuzzy terms of four letters or more) then only order documents within their tier.
 */
public final class ExerciseIndex {

	static final float EXACT_TIER = 100f;

	/**
	 * Clauses one search may cost, below Lucene's limit with room for the atlas filters.
	 */
	static final int CLAUSE_BUDGET = IndexSearcher.getMaxClauseCount() - 16;

	/** The fewest clauses one word costs: every field, twice (tier and relevance). */
	private static final int MIN_WORD_CLAUSES = 2 * 11;

	private static final float FUZZY_WEIGHT = 0.5f;

	/** Synonym expansions count for less than the words a person actually typed. */
	private static final float SYNONYM_WEIGHT = 0.5f;

	/**
	 * Added once per query word a document matches anywhere: covering more words wins.
	 */
	private static final float COVERAGE = 100f;

	private static final List<String> COVERAGE_FIELDS = List.of("name", "aliases", "names_syn", "muscles_target",
			"body_part", "equipment_text", "category_text");

	private static final Map<String, Float> FIELDS = Map.of("name", 6f, "aliases", 4f, "names_syn", 2f,
			"muscles_target", 2f, "muscles_secondary", 0.7f, "body_part", 1.5f, "equipment_text", 1.5f, "category_text",
			1f, "summary", 1f, "steps", 0.3f);

	/**
	 * Fields searched besides {@link #FIELDS}; kept apart because Map.of takes ten
	 * entries at most.
	 */
	private static final Map<String, Float> MORE_FIELDS = Map.of("family", 2f);

	private static final List<String> FACETS = List.of("bodyPart", "muscle", "equipment", "level", "category");

	private final Map<String, Exercise> bySlug = new HashMap<>();

	private final Set<String> equipmentTokens;

	private final ByteBuffersDirectory directory = new ByteBuffersDirectory();

	private final DirectoryReader reader;

	private final IndexSearcher searcher;

	private final SortedSetDocValuesReaderState facetState;

	private final Analyzer indexAnalyzer;

	private final Analyzer plain = SearchAnalysis.plain();

	private final QueryBuilder queries;

	private final QueryBuilder literal;

	private final UnifiedHighlighter highlighter;

	private final long version;

	private final double buildMillis;

	public ExerciseIndex(long version, List<Exercise> exercises, Taxonomy taxonomy, SynonymMap synonyms) {
		long start = System.nanoTime();
		this.version = version;
		this.equipmentTokens = taxonomy.tokens(Taxonomy.EQUIPMENT);
		this.indexAnalyzer = new PerFieldAnalyzerWrapper(SearchAnalysis.stemmed(),
				Map.of("names_plain", this.plain, "text_plain", this.plain, "suggest", this.plain, "vocabulary",
						this.plain, "names_syn", SearchAnalysis.stemmedWithSynonyms(synonyms)));
		this.queries = new QueryBuilder(SearchAnalysis.query(synonyms));
		this.queries.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
		this.literal = new QueryBuilder(SearchAnalysis.stemmed());
		FacetsConfig facets = new FacetsConfig();
		facets.setMultiValued("muscle", true);
		facets.setMultiValued("equipment", true);
		try {
			try (IndexWriter writer = new IndexWriter(this.directory, new IndexWriterConfig(this.indexAnalyzer))) {
				exercises.forEach((e) -> this.bySlug.put(e.slug(), e));
				for (Exercise e : exercises) {
					writer.addDocument(facets.build(document(e, taxonomy, family(e))));
				}
			}
			this.reader = DirectoryReader.open(this.directory);
			this.searcher = new IndexSearcher(this.reader);
			// A few hundred to a few thousand documents in memory: caching filters costs
			// more (hashing large
			// query trees) than it saves.
			this.searcher.setQueryCache(null);
			this.facetState = new DefaultSortedSetDocValuesReaderState(this.reader, facets);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not build the search index", ex);
		}
		this.highlighter = UnifiedHighlighter.builder(this.searcher, this.indexAnalyzer)
			.withHandleMultiTermQuery(true)
			.withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
			.withMaxLength(2000)
			.build();
		this.buildMillis = (System.nanoTime() - start) / 1e6;
	}

	/**
	 * An index of these exercises with the product's synonyms (for benchmarks and tools).
	 */
	public static ExerciseIndex of(List<Exercise> exercises, Taxonomy taxonomy) {
		return new ExerciseIndex(0, exercises, taxonomy, SearchAnalysis.synonyms("search/synonyms.txt"));
	}

	public long version() {
		return this.version;
	}

	public int size() {
		return this.bySlug.size();
	}

	public double buildMillis() {
		return this.buildMillis;
	}

	/**
	 * The names of an exercise's ladder and alternatives: people looking for one accept
	 * the others.
	 */
	private String family(Exercise e) {
		StringBuilder names = new StringBuilder();
		for (List<String> slugs : List.of(e.easier(), e.harder(), e.alternatives())) {
			for (String slug : slugs) {
				Exercise other = this.bySlug.get(slug);
				if (other != null) {
					names.append(other.name()).append(" . ");
				}
			}
		}
		return names.toString();
	}

	private static Document document(Exercise e, Taxonomy taxonomy, String family) {
		Document doc = new Document();
		doc.add(new StringField("slug", e.slug(), Field.Store.YES));
		doc.add(new TextField("name", e.name(), Field.Store.NO));
		for (String alias : e.aliases()) {
			doc.add(new TextField("aliases", alias, Field.Store.NO));
		}
		doc.add(new TextField("suggest", e.name(), Field.Store.NO));
		e.aliases().forEach((a) -> doc.add(new TextField("suggest", a, Field.Store.NO)));
		doc.add(new TextField("family", family, Field.Store.NO));
		doc.add(new TextField("names_syn", e.name() + " . " + String.join(" . ", e.aliases()), Field.Store.NO));
		doc.add(new TextField("names_plain", e.name() + " " + String.join(" ", e.aliases()), Field.Store.NO));
		doc.add(new TextField("summary", e.summary(), Field.Store.YES));
		String target = words(taxonomy, Taxonomy.MUSCLES, e.targetMuscles());
		String secondary = words(taxonomy, Taxonomy.MUSCLES, e.secondaryMuscles());
		String bodyPart = words(taxonomy, Taxonomy.BODY_PARTS, List.of(e.bodyPart()));
		String equipment = words(taxonomy, Taxonomy.EQUIPMENT, e.equipment());
		String category = words(taxonomy, Taxonomy.CATEGORIES, List.of(e.category())) + " "
				+ words(taxonomy, Taxonomy.POSITIONS, List.of(e.position())) + " "
				+ words(taxonomy, Taxonomy.LEVELS, List.of(e.level()));
		doc.add(new TextField("muscles_target", target, Field.Store.NO));
		doc.add(new TextField("muscles_secondary", secondary, Field.Store.NO));
		doc.add(new TextField("body_part", bodyPart, Field.Store.NO));
		doc.add(new TextField("equipment_text", equipment, Field.Store.NO));
		doc.add(new TextField("category_text", category, Field.Store.NO));
		String steps = String.join(" ", e.steps()) + " " + String.join(" ", e.tips());
		doc.add(new TextField("steps", steps, Field.Store.NO));
		doc.add(new TextField("text_plain",
				String.join(" ", e.name(), String.join(" ", e.aliases()), target, bodyPart, equipment, category),
				Field.Store.NO));
		// Every word the exercise's text uses, only to tell a typo from a real word.
		doc.add(new TextField("vocabulary",
				String.join(" ", e.name(), String.join(" ", e.aliases()), e.summary(), steps,
						String.join(" ", e.mistakes()), target, secondary, bodyPart, equipment, category),
				Field.Store.NO));
		doc.add(new StringField("kw_bodyPart", e.bodyPart(), Field.Store.NO));
		doc.add(new StringField("kw_level", e.level(), Field.Store.NO));
		doc.add(new StringField("kw_category", e.category(), Field.Store.NO));
		doc.add(new SortedSetDocValuesFacetField("bodyPart", e.bodyPart()));
		doc.add(new SortedSetDocValuesFacetField("level", e.level()));
		doc.add(new SortedSetDocValuesFacetField("category", e.category()));
		Set<String> muscles = new HashSet<>(e.targetMuscles());
		muscles.addAll(e.secondaryMuscles());
		for (String muscle : muscles) {
			doc.add(new StringField("kw_muscle", muscle, Field.Store.NO));
			doc.add(new SortedSetDocValuesFacetField("muscle", muscle));
		}
		for (String item : e.equipment()) {
			doc.add(new StringField("kw_equipment", item, Field.Store.NO));
			doc.add(new SortedSetDocValuesFacetField("equipment", item));
		}
		return doc;
	}

	/**
	 * Display names, token words and synonyms of the tokens, so people's words find them.
	 */
	private static String words(Taxonomy taxonomy, String table, List<String> tokens) {
		StringBuilder text = new StringBuilder();
		for (String token : tokens) {
			Taxonomy.Term term = taxonomy.table(table).get(token);
			text.append(token.replace('-', ' ')).append(". ");
			if (term != null) {
				text.append(term.name()).append(". ");
				term.synonyms().forEach((s) -> text.append(s).append(". "));
			}
		}
		return text.toString();
	}

	public SearchResults search(SearchRequest request) {
		long start = System.nanoTime();
		Plan plan = plan(request.q());
		Query main = plan.query();
		if (main == null) {
			return new SearchResults(List.of(), emptyFacets(), 0, elapsed(start));
		}
		BooleanQuery.Builder query = new BooleanQuery.Builder().add(main, BooleanClause.Occur.MUST);
		filter(query, "kw_bodyPart", request.bodyPart());
		filter(query, "kw_muscle", request.muscle());
		filter(query, "kw_level", request.level());
		filter(query, "kw_category", request.category());
		if (!request.equipment().isEmpty()) {
			Set<String> have = new HashSet<>(request.equipment());
			have.add("none");
			have.add("mat");
			List<BytesRef> missing = this.equipmentTokens.stream()
				.filter((t) -> !have.contains(t))
				.map(BytesRef::new)
				.toList();
			if (!missing.isEmpty()) {
				query.add(new TermInSetQuery("kw_equipment", missing), BooleanClause.Occur.MUST_NOT);
			}
		}
		Query full = query.build();
		try {
			FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(this.searcher, full,
					request.limit(), new FacetsCollectorManager());
			TopDocs top = result.topDocs();
			FacetsCollector collector = result.facetsCollector();
			long total = collector.getMatchingDocs().stream().mapToLong((m) -> m.totalHits).sum();
			String[] highlights = this.highlighter.highlight("summary", highlightQuery(plan.words()), top, 1);
			List<SearchHit> hits = new ArrayList<>();
			for (int i = 0; i < top.scoreDocs.length; i++) {
				ScoreDoc scoreDoc = top.scoreDocs[i];
				String slug = this.searcher.storedFields().document(scoreDoc.doc).get("slug");
				Exercise e = this.bySlug.get(slug);
				String highlight = (highlights[i] != null) ? highlights[i] : HtmlUtils.htmlEscape(snippet(e.summary()));
				hits.add(new SearchHit(slug, e.name(), e.bodyPart(), e.level(), e.equipment(), scoreDoc.score,
						highlight));
			}
			return new SearchResults(hits, facets(collector, total), total, elapsed(start));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The words of a query that are searched, and the query built from them.
	 *
	 * @param words the distinct words kept, in the order typed
	 * @param query the Lucene query, null when no word is left
	 */
	record Plan(List<String> words, @Nullable Query query) {
	}

	@Nullable Query mainQuery(String text) {
		return plan(text).query();
	}

	/**
	 * The query for a text, within Lucene's clause budget: each word costs a few dozen
	 * clauses (every field, synonyms, typo expansions), so a long query is cut to the
	 * words that tell most about what the person wants: the rarest known words first,
	 * then unknown words long enough to be typos. The kept words stay in typed order, for
	 * the phrase boosts.
	 */
	Plan plan(String text) {
		List<String> words = List.copyOf(new LinkedHashSet<>(SearchAnalysis.words(this.plain, text)));
		if (words.isEmpty()) {
			return new Plan(words, null);
		}
		Query all = withinBudget(words);
		if (all != null) {
			return new Plan(words, all);
		}
		List<String> ranked = new ArrayList<>(words);
		ranked.sort(Comparator.comparingLong(this::usefulness));
		// The largest number of the most useful words whose query fits the budget (no
		// word costs less than MIN_WORD_CLAUSES, so no need to try more than that
		// allows).
		int low = 1;
		int high = Math.min(words.size() - 1, CLAUSE_BUDGET / MIN_WORD_CLAUSES);
		Plan best = new Plan(List.of(), null);
		while (low <= high) {
			int keep = (low + high) >>> 1;
			Set<String> kept = new HashSet<>(ranked.subList(0, keep));
			List<String> chosen = words.stream().filter(kept::contains).toList();
			Query query = withinBudget(chosen);
			if (query != null) {
				best = new Plan(chosen, query);
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
				count[0]++;
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
		Map<String, Float> fields = new HashMap<>(FIELDS);
		fields.putAll(MORE_FIELDS);
		for (Map.Entry<String, Float> field : fields.entrySet()) {
			Query typed = this.literal.createBooleanQuery(field.getKey(), cleaned, BooleanClause.Occur.SHOULD);
			if (typed != null) {
				exact.add(new BoostQuery(typed, field.getValue()), BooleanClause.Occur.SHOULD);
				anyExact = true;
			}
			Query expanded = this.queries.createBooleanQuery(field.getKey(), cleaned, BooleanClause.Occur.SHOULD);
			if (expanded != null) {
				exact.add(new BoostQuery(expanded, field.getValue() * SYNONYM_WEIGHT), BooleanClause.Occur.SHOULD);
				anyExact = true;
			}
		}
		for (String word : words) {
			Query primary = anyField(word, COVERAGE_FIELDS);
			Query secondary = anyField(word, List.of("muscles_secondary"));
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
			Query namePhrase = this.queries.createPhraseQuery("name", cleaned, 2);
			if (namePhrase != null) {
				exact.add(new BoostQuery(namePhrase, 8f), BooleanClause.Occur.SHOULD);
			}
			Query aliasPhrase = this.queries.createPhraseQuery("aliases", cleaned, 2);
			if (aliasPhrase != null) {
				exact.add(new BoostQuery(aliasPhrase, 5f), BooleanClause.Occur.SHOULD);
			}
			for (int i = 0; i + 1 < words.size(); i++) {
				Query pair = this.queries.createPhraseQuery("summary", words.get(i) + " " + words.get(i + 1), 1);
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
				// near variants
				// (a far cheaper automaton).
				int edits = (typo && word.length() >= 5) ? 2 : 1;
				// Two fuzzy rewrites per word: names for ranking, and the text field (a
				// superset of the
				// names) for coverage; each rewrite builds a Levenshtein automaton, the
				// costly part.
				FuzzyQuery inNames = new FuzzyQuery(new Term("names_plain", word), edits, 1);
				FuzzyQuery inText = new FuzzyQuery(new Term("text_plain", word), edits, 1);
				fuzzy.add(new BoostQuery(inNames, 3f), BooleanClause.Occur.SHOULD);
				// A misspelled word's corrections count as much as a typed word would.
				float weight = typo ? COVERAGE / FUZZY_WEIGHT : COVERAGE;
				fuzzy.add(new BoostQuery(new ConstantScoreQuery(inText), weight), BooleanClause.Occur.SHOULD);
				anyFuzzy = true;
			}
		}
		BooleanQuery.Builder main = new BooleanQuery.Builder();
		if (anyExact) {
			Query exactQuery = exact.build();
			main.add(new BoostQuery(new ConstantScoreQuery(exactQuery), EXACT_TIER), BooleanClause.Occur.SHOULD);
			main.add(exactQuery, BooleanClause.Occur.SHOULD);
		}
		if (anyFuzzy) {
			main.add(new BoostQuery(fuzzy.build(), FUZZY_WEIGHT), BooleanClause.Occur.SHOULD);
		}
		return (anyExact || anyFuzzy) ? main.build() : null;
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

	private boolean misspelled(String word) {
		return documentFrequency(word) == 0;
	}

	private long documentFrequency(String word) {
		try {
			return this.reader.docFreq(new Term("vocabulary", word));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * What to mark in the summary snippet: the typed words as the summary is indexed
	 * (stemmed), and the corrections of misspelled ones. Much smaller than the search
	 * query, so highlighting stays cheap.
	 */
	private Query highlightQuery(List<String> words) {
		BooleanQuery.Builder marks = new BooleanQuery.Builder();
		for (String word : words) {
			Query stemmed = this.literal.createBooleanQuery("summary", word, BooleanClause.Occur.SHOULD);
			if (stemmed != null) {
				marks.add(stemmed, BooleanClause.Occur.SHOULD);
			}
			if (word.length() >= 4 && misspelled(word)) {
				marks.add(new FuzzyQuery(new Term("summary", word), (word.length() >= 5) ? 2 : 1, 1),
						BooleanClause.Occur.SHOULD);
			}
		}
		return marks.build();
	}

	/**
	 * Completions on names and aliases: whole words, the last word as a prefix, typos
	 * tolerated.
	 */
	public List<Suggestion> suggest(String text, int limit) {
		List<String> words = SearchAnalysis.words(this.plain, text).stream().toList();
		List<String> all = new ArrayList<>(words);
		if (all.isEmpty()) {
			return List.of();
		}
		boolean lastIsPartial = !Character.isWhitespace(text.charAt(text.length() - 1));
		// Completions are about what is being typed: keep the last words that fit the
		// clause budget (each costs a term, a prefix and a typo expansion at most).
		int fits = CLAUSE_BUDGET / (FuzzyQuery.defaultMaxExpansions + 3);
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
				Exercise e = this.bySlug.get(this.searcher.storedFields().document(scoreDoc.doc).get("slug"));
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

	private static void filter(BooleanQuery.Builder query, String field, @Nullable String value) {
		if (value != null) {
			query.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
		}
	}

	private Map<String, Map<String, Long>> facets(FacetsCollector collector, long total) throws IOException {
		Map<String, Map<String, Long>> result = new LinkedHashMap<>();
		if (total == 0) {
			return emptyFacets();
		}
		Facets counts = new SortedSetDocValuesFacetCounts(this.facetState, collector);
		for (String dim : FACETS) {
			Map<String, Long> values = new TreeMap<>();
			FacetResult facet = counts.getTopChildren(1000, dim);
			if (facet != null) {
				for (LabelAndValue lv : facet.labelValues) {
					values.put(lv.label, lv.value.longValue());
				}
			}
			result.put(dim, values);
		}
		return result;
	}

	private static Map<String, Map<String, Long>> emptyFacets() {
		Map<String, Map<String, Long>> empty = new LinkedHashMap<>();
		FACETS.forEach((f) -> empty.put(f, Map.of()));
		return empty;
	}

	private static String snippet(String summary) {
		return (summary.length() <= 200) ? summary : summary.substring(0, 200) + "…";
	}

	private static double elapsed(long start) {
		return Math.round((System.nanoTime() - start) / 1e4) / 100.0;
	}

}
