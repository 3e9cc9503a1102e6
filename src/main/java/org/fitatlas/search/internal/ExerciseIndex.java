package org.fitatlas.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.fitatlas.catalog.Exercise;
import org.fitatlas.catalog.Taxonomy;
import org.fitatlas.planning.ConditionAdvice;
import org.fitatlas.search.SearchCondition;
import org.fitatlas.search.SearchCost;
import org.fitatlas.search.SearchHit;
import org.fitatlas.search.SearchRequest;
import org.fitatlas.search.SearchResults;
import org.fitatlas.search.Suggestion;
import org.fitatlas.search.internal.ResultAssembly.Scored;
import org.jspecify.annotations.Nullable;

/**
 * An immutable in-memory Lucene index of one catalog version, and the searcher over it:
 * documents come from {@link IndexDocuments}, queries from {@link QueryPlanner}, facets
 * and filters from {@link ResultAssembly}.
 *
 * <p>
 * Relevance cut: a hit scoring below {@link #RELEVANCE_CUT} of the best hit is not a
 * result but "also related". A word found in a name, muscle, body part, equipment or
 * category adds a constant to the score, so such a hit covers fewer of the words than the
 * best one, or meets them only in passing (a summary, a step). The cut is taken before
 * the facet filters, so choosing a facet value gives as many results as its count said.
 */
public final class ExerciseIndex {

	static final float EXACT_TIER = QueryPlanner.EXACT_TIER;

	static final float RELEVANCE_CUT = 0.8f;

	private final Map<String, Exercise> bySlug = new HashMap<>();

	private final List<Exercise> exercises;

	private final Taxonomy taxonomy;

	/**
	 * Each file kept as one buffer: every term lookup clones an input, and a clone of a
	 * file kept as many small buffers slices them all (a third of a search's CPU in a
	 * profile under load).
	 */
	private final ByteBuffersDirectory directory = new ByteBuffersDirectory(new SingleInstanceLockFactory(),
			ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);

	private final DirectoryReader reader;

	private final IndexSearcher searcher;

	/** Slugs by document id, so hits need no stored-field decompression. */
	private final String[] slugs;

	/**
	 * Exercises by document id: every match is turned into its exercise, and a hash
	 * lookup per match was a sixth of a search's CPU on 10,000 exercises.
	 */
	private final Exercise[] byDoc;

	private final Analyzer plain = SearchAnalysis.plain();

	private final QueryPlanner planner;

	private final Snippets snippets;

	private final Suggester suggester;

	private final ConditionWords conditionWords;

	/** What the planner says per condition reading, asked once per catalog version. */
	private final Map<ConditionWords.Reading, ConditionAdvice> advice = new ConcurrentHashMap<>();

	private final long version;

	private final double buildMillis;

	private final Rankings rankings;

	public ExerciseIndex(long version, List<Exercise> exercises, Taxonomy taxonomy, SynonymMap synonyms) {
		this(version, exercises, taxonomy, synonyms, Rankings.DEFAULT_HITS);
	}

	/**
	 * An index whose rankings are kept for searches of the same words until they hold
	 * {@code keptHits} hits in all (0: every search ranks anew).
	 */
	public ExerciseIndex(long version, List<Exercise> exercises, Taxonomy taxonomy, SynonymMap synonyms,
			long keptHits) {
		long start = System.nanoTime();
		this.version = version;
		this.rankings = new Rankings(keptHits);
		this.exercises = List.copyOf(exercises);
		this.taxonomy = taxonomy;
		Analyzer indexAnalyzer = analyzer(this.plain, synonyms);
		exercises.forEach((e) -> this.bySlug.put(e.slug(), e));
		IndexDocuments documents = new IndexDocuments(taxonomy, this.bySlug);
		try {
			try (IndexWriter writer = new IndexWriter(this.directory, new IndexWriterConfig(indexAnalyzer))) {
				for (Exercise e : exercises) {
					writer.addDocument(documents.document(e));
				}
				// One segment: a search then looks each term up once.
				writer.forceMerge(1);
			}
			this.reader = DirectoryReader.open(this.directory);
			this.searcher = new IndexSearcher(this.reader);
			// A few hundred to a few thousand documents in memory: caching filters costs
			// more (hashing large query trees) than it saves.
			this.searcher.setQueryCache(null);
			this.slugs = new String[this.reader.maxDoc()];
			StoredFields stored = this.reader.storedFields();
			for (int doc = 0; doc < this.slugs.length; doc++) {
				this.slugs[doc] = stored.document(doc, Set.of("slug")).get("slug");
			}
			this.byDoc = new Exercise[this.slugs.length];
			for (int doc = 0; doc < this.slugs.length; doc++) {
				this.byDoc[doc] = this.bySlug.get(this.slugs[doc]);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not build the search index", ex);
		}
		this.planner = new QueryPlanner(this.plain, synonyms, this.reader);
		this.snippets = new Snippets(SearchAnalysis.stemmed());
		this.suggester = new Suggester(this.searcher, this.plain, this.slugs, this.bySlug);
		this.conditionWords = new ConditionWords(taxonomy);
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

	/** The same, ranking every search anew (for benchmarks of the whole search). */
	public static ExerciseIndex withoutKeptRankings(List<Exercise> exercises, Taxonomy taxonomy) {
		return new ExerciseIndex(0, exercises, taxonomy, SearchAnalysis.synonyms("search/synonyms.txt"), 0);
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

	/** How many texts have a kept ranking now. */
	long keptRankings() {
		return this.rankings.size();
	}

	QueryPlan plan(String text) {
		return this.planner.plan(text);
	}

	public SearchResults search(SearchRequest request) {
		return execute(request, new long[6], true);
	}

	/** Runs the search and tells where its time went. */
	public SearchCost cost(SearchRequest request) {
		long[] marks = new long[6];
		SearchResults results = execute(request, marks, false);
		QueryPlan plan = this.planner.plan(request.q());
		return new SearchCost(plan.words().size(), (plan.query() != null) ? QueryPlanner.clauses(plan.query()) : 0,
				results.total(), ms(marks[0], marks[1]), ms(marks[1], marks[2]), ms(marks[2], marks[3]),
				ms(marks[3], marks[4]), ms(marks[0], marks[5]));
	}

	/**
	 * The search, with the time after each part in {@code marks}: start, plan, collect,
	 * facets, highlights, end. The ranking depends on the words only, so the next page, a
	 * facet chosen or the next person searching the same words reuse a kept one.
	 */
	private SearchResults execute(SearchRequest request, long[] marks, boolean keptRanking) {
		marks[0] = System.nanoTime();
		Ranking ranking = keptRanking ? this.rankings.get(request.q(), (q) -> rank(q, marks))
				: rank(request.q(), marks);
		if (marks[1] == 0) {
			marks[1] = System.nanoTime();
		}
		List<Scored> results = ResultAssembly.filter(ranking.results(), request);
		List<Scored> related = ResultAssembly.filter(ranking.related(), request);
		marks[2] = System.nanoTime();
		Map<String, Map<String, Long>> facets = (results == ranking.results()) ? ranking.facets()
				: ResultAssembly.facets(results);
		marks[3] = System.nanoTime();
		int pages = Math.max(1, (results.size() + request.limit() - 1) / request.limit());
		int from = (int) Math.min((long) (request.page() - 1) * request.limit(), results.size());
		int to = Math.min(from + request.limit(), results.size());
		Set<String> marked = this.snippets.terms(ranking.marks());
		List<SearchHit> items = hits(results.subList(from, to), marked);
		// The tail comes after the last page of results, where a person who read them all
		// looks next.
		List<SearchHit> tail = (request.page() == pages)
				? hits(related.subList(0, Math.min(request.limit(), related.size())), marked) : List.of();
		marks[4] = System.nanoTime();
		marks[5] = System.nanoTime();
		return new SearchResults(items, tail, facets, results.size(), related.size(), request.page(), pages,
				ranking.condition(), elapsed(marks[0]));
	}

	private List<SearchHit> hits(List<Scored> scored, Set<String> marked) {
		List<SearchHit> hits = new ArrayList<>();
		for (Scored s : scored) {
			Exercise e = s.exercise();
			hits.add(new SearchHit(e.slug(), e.name(), e.bodyPart(), e.level(), e.equipment(), s.score(),
					this.snippets.snippet(e.summary(), marked)));
		}
		return hits;
	}

	/**
	 * The exercises the words find, best first, split at the relevance cut. Words that
	 * name a health condition keep to the exercises the planner allows for it; when they
	 * are all there is, the results are the pages that name the condition, then the
	 * planner's own first picks.
	 */
	Ranking rank(String text, long[] marks) {
		ConditionWords.Found found = this.conditionWords.find(text);
		ConditionAdvice advice = (found != null) ? advice(found.reading()) : null;
		SearchCondition condition = (found != null) ? condition(found, advice) : null;
		if (found != null && SearchAnalysis.words(this.plain, found.rest()).isEmpty()) {
			marks[1] = System.nanoTime();
			Set<String> seen = new HashSet<>();
			List<Scored> results = new ArrayList<>();
			Query named = this.planner.phraseInText(found.words());
			for (Scored s : (named != null) ? scored(named) : List.<Scored>of()) {
				if (advice.allows(s.exercise().slug()) && seen.add(s.exercise().slug())) {
					results.add(s);
				}
			}
			float score = results.isEmpty() ? EXACT_TIER : results.get(results.size() - 1).score();
			// Then the planner's picks, those that need nothing first: a person reading
			// about a condition is most often at home.
			List<Exercise> picks = advice.picks().stream().map(this.bySlug::get).filter((e) -> e != null).toList();
			for (boolean bodyWeight : List.of(true, false)) {
				for (Exercise e : picks) {
					if (e.bodyWeightOnly() == bodyWeight && seen.add(e.slug())) {
						results.add(new Scored(e, score));
					}
				}
			}
			return new Ranking(results, List.of(), ConditionWords.words(found.words()), condition);
		}
		QueryPlan plan = this.planner.plan((found != null) ? found.rest() : text);
		marks[1] = System.nanoTime();
		if (plan.query() == null) {
			return new Ranking(List.of(), List.of(), List.of(), condition);
		}
		Query query = plan.query();
		Query named = (found != null) ? this.planner.phraseInText(found.words()) : null;
		if (named != null) {
			// "Stretches for sciatica": the stretches whose pages speak of sciatica
			// first.
			query = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
				.add(new BoostQuery(new ConstantScoreQuery(named), EXACT_TIER), BooleanClause.Occur.SHOULD)
				.build();
		}
		List<Scored> all = scored(query);
		if (advice != null) {
			all = all.stream().filter((s) -> advice.allows(s.exercise().slug())).toList();
		}
		float cut = all.isEmpty() ? 0 : all.get(0).score() * RELEVANCE_CUT;
		List<Scored> results = all.stream().filter((s) -> s.score() >= cut).toList();
		List<Scored> related = all.subList(results.size(), all.size());
		return new Ranking(results, related, plan.marks(), condition);
	}

	/** Every match of the query, best first. */
	private List<Scored> scored(Query query) {
		return AllMatches.of(this.searcher, query, (doc) -> this.byDoc[doc]);
	}

	private ConditionAdvice advice(ConditionWords.Reading reading) {
		return this.advice.computeIfAbsent(reading,
				(r) -> ConditionAdvice.of(r.conditions(), r.goal(), this.exercises, this.taxonomy));
	}

	private static SearchCondition condition(ConditionWords.Found found, ConditionAdvice advice) {
		return new SearchCondition(found.words(), advice.conditions(), advice.goal().token(), advice.guidance(),
				advice.rules(), advice.excluded());
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
		try {
			// Names first, then the muscles in plain Java: the index keeps no keyword
			// fields.
			List<String> slugs = new ArrayList<>();
			for (ScoreDoc scoreDoc : this.searcher.search(words.build(), Math.max(limit * 10, 50)).scoreDocs) {
				Exercise exercise = this.byDoc[scoreDoc.doc];
				if (exercise != null && muscles.stream().anyMatch((m) -> exercise.works(m, false))) {
					slugs.add(exercise.slug());
					if (slugs.size() == limit) {
						break;
					}
				}
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
		return this.suggester.suggest(text, limit);
	}

	private static double elapsed(long start) {
		return Math.round((System.nanoTime() - start) / 1e4) / 100.0;
	}

}
