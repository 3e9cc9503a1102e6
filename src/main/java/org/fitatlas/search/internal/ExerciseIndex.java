package org.fitatlas.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.fitatlas.catalog.Exercise;
import org.fitatlas.catalog.Taxonomy;
import org.fitatlas.search.SearchCost;
import org.fitatlas.search.SearchHit;
import org.fitatlas.search.SearchRequest;
import org.fitatlas.search.SearchResults;
import org.fitatlas.search.Suggestion;
import org.jspecify.annotations.Nullable;

/**
 * An immutable in-memory Lucene index of one catalog version, and the searcher over it:
 * documents come from {@link IndexDocuments}, queries from {@link QueryPlanner}.
 */
public final class ExerciseIndex {

	static final float EXACT_TIER = QueryPlanner.EXACT_TIER;

	private final Map<String, Exercise> bySlug = new HashMap<>();

	private final Set<String> equipmentTokens;

	private final ByteBuffersDirectory directory = new ByteBuffersDirectory();

	private final DirectoryReader reader;

	private final IndexSearcher searcher;

	private final SortedSetDocValuesReaderState facetState;

	/** Slugs by document id, so hits need no stored-field decompression. */
	private final String[] slugs;

	private final Analyzer indexAnalyzer;

	private final Analyzer plain = SearchAnalysis.plain();

	private final QueryPlanner planner;

	private final Snippets snippets;

	private final long version;

	private final double buildMillis;

	public ExerciseIndex(long version, List<Exercise> exercises, Taxonomy taxonomy, SynonymMap synonyms) {
		long start = System.nanoTime();
		this.version = version;
		this.equipmentTokens = taxonomy.tokens(Taxonomy.EQUIPMENT);
		this.indexAnalyzer = analyzer(this.plain, synonyms);
		exercises.forEach((e) -> this.bySlug.put(e.slug(), e));
		IndexDocuments documents = new IndexDocuments(taxonomy, this.bySlug);
		try {
			try (IndexWriter writer = new IndexWriter(this.directory, new IndexWriterConfig(this.indexAnalyzer))) {
				for (Exercise e : exercises) {
					writer.addDocument(documents.document(e));
				}
			}
			this.reader = DirectoryReader.open(this.directory);
			this.searcher = new IndexSearcher(this.reader);
			// A few hundred to a few thousand documents in memory: caching filters costs
			// more (hashing large query trees) than it saves.
			this.searcher.setQueryCache(null);
			this.facetState = new DefaultSortedSetDocValuesReaderState(this.reader, documents.facetsConfig());
			this.slugs = new String[this.reader.maxDoc()];
			StoredFields stored = this.reader.storedFields();
			for (int doc = 0; doc < this.slugs.length; doc++) {
				this.slugs[doc] = stored.document(doc, Set.of("slug")).get("slug");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not build the search index", ex);
		}
		this.planner = new QueryPlanner(this.plain, synonyms, this.reader);
		this.snippets = new Snippets(SearchAnalysis.stemmed());
		this.buildMillis = (System.nanoTime() - start) / 1e6;
	}

	private static Analyzer analyzer(Analyzer plain, SynonymMap synonyms) {
		Map<String, Analyzer> perField = new HashMap<>();
		for (IndexField field : IndexField.values()) {
			switch (field.analysis()) {
				case PLAIN -> perField.put(field.field(), plain);
				case SYNONYMS -> perField.put(field.field(), SearchAnalysis.stemmedWithSynonyms(synonyms));
				case STEMMED -> {
				}
			}
		}
		return new PerFieldAnalyzerWrapper(SearchAnalysis.stemmed(), perField);
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

	QueryPlan plan(String text) {
		return this.planner.plan(text);
	}

	public SearchResults search(SearchRequest request) {
		return execute(request, new long[6]);
	}

	/** Runs the search and tells where its time went. */
	public SearchCost cost(SearchRequest request) {
		long[] marks = new long[6];
		SearchResults results = execute(request, marks);
		QueryPlan plan = this.planner.plan(request.q());
		return new SearchCost(plan.words().size(), (plan.query() != null) ? QueryPlanner.clauses(plan.query()) : 0,
				results.total(), ms(marks[0], marks[1]), ms(marks[1], marks[2]), ms(marks[2], marks[3]),
				ms(marks[3], marks[4]), ms(marks[0], marks[5]));
	}

	/**
	 * The search, with the time after each part in {@code marks}: start, plan, collect,
	 * facets, highlights, end.
	 */
	private SearchResults execute(SearchRequest request, long[] marks) {
		marks[0] = System.nanoTime();
		QueryPlan plan = this.planner.plan(request.q());
		Query main = plan.query();
		if (main == null) {
			Arrays.fill(marks, 1, marks.length, System.nanoTime());
			return new SearchResults(List.of(), emptyFacets(), 0, elapsed(marks[0]));
		}
		Query full = filtered(main, request);
		marks[1] = System.nanoTime();
		try {
			FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(this.searcher, full,
					request.limit(), new FacetsCollectorManager());
			TopDocs top = result.topDocs();
			FacetsCollector collector = result.facetsCollector();
			long total = collector.getMatchingDocs().stream().mapToLong((m) -> m.totalHits).sum();
			marks[2] = System.nanoTime();
			Map<String, Map<String, Long>> facets = facets(collector, total);
			marks[3] = System.nanoTime();
			Set<String> marked = this.snippets.terms(plan.marks());
			List<SearchHit> hits = new ArrayList<>();
			for (ScoreDoc scoreDoc : top.scoreDocs) {
				String slug = this.slugs[scoreDoc.doc];
				Exercise e = this.bySlug.get(slug);
				hits.add(new SearchHit(slug, e.name(), e.bodyPart(), e.level(), e.equipment(), scoreDoc.score,
						this.snippets.snippet(e.summary(), marked)));
			}
			marks[4] = System.nanoTime();
			marks[5] = System.nanoTime();
			return new SearchResults(hits, facets, total, elapsed(marks[0]));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The query with the atlas filters the request names. */
	private Query filtered(Query main, SearchRequest request) {
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
		return query.build();
	}

	private static double ms(long from, long to) {
		return (to - from) / 1e6;
	}

	/**
	 * Exercises whose names or aliases share words with {@code name} and that work one of
	 * the muscles: the cheap lookup an import makes for each foreign record (no typo
	 * expansion, no facets, no snippets), best first.
	 */
	public List<String> nameMatches(String name, List<String> muscles, int limit) {
		BooleanQuery.Builder words = new BooleanQuery.Builder();
		int count = 0;
		for (String word : SearchAnalysis.words(this.plain, name)) {
			if (count++ < QueryPlanner.CLAUSE_BUDGET / 2) {
				words.add(new TermQuery(new Term(IndexField.NAMES_PLAIN.field(), word)), BooleanClause.Occur.SHOULD);
			}
		}
		if (count == 0 || muscles.isEmpty()) {
			return List.of();
		}
		BooleanQuery.Builder query = new BooleanQuery.Builder().add(words.build(), BooleanClause.Occur.MUST)
			.add(new TermInSetQuery("kw_muscle", muscles.stream().map(BytesRef::new).toList()),
					BooleanClause.Occur.FILTER);
		try {
			List<String> slugs = new ArrayList<>();
			for (ScoreDoc scoreDoc : this.searcher.search(query.build(), limit).scoreDocs) {
				slugs.add(this.slugs[scoreDoc.doc]);
			}
			return slugs;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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
		for (String dim : IndexDocuments.FACETS) {
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
		IndexDocuments.FACETS.forEach((f) -> empty.put(f, Map.of()));
		return empty;
	}

	private static double elapsed(long start) {
		return Math.round((System.nanoTime() - start) / 1e4) / 100.0;
	}

}
