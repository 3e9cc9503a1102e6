package org.fitatlas.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.fitatlas.search.SearchEngine;
import org.fitatlas.search.SearchRequest;
import org.fitatlas.search.SearchResults;
import org.fitatlas.search.Suggestion;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Search and suggestion latency over a ~10,000-exercise index (the catalog plus
 * free-exercise-db, repeated), and the time to build that index.
 *
 * <p>
 * {@code search} and {@code suggest} run in SampleTime mode, so JMH reports the latency
 * distribution (p50, p90, p99, …) of single calls, each call taking the next query of a
 * rotating list. {@code buildIndex} is SingleShotTime: one full index build per
 * iteration.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xms2g", "-Xmx2g" })
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 6)
public class SearchBenchmark {

	/** Realistic searches: typos, synonyms, goal phrases, plain names. */
	static final List<String> QUERIES = List.of("fitball bridge", "hamstrin stetch", "board on the side",
			"exercise for lower back pain at home", "kettelbell swing", "chest exercise with dumbbells", "plank",
			"side plank", "glute bridge", "bird dog", "dead bug", "squat", "goblet squat", "romanian deadlift",
			"push up", "push ups on knees", "pull up", "lat pulldown", "bicep curl", "tricep dips",
			"shoulder press dumbell", "calf raise", "lunges", "bulgarian split squat", "hip thrust with barbell",
			"cat cow stretch", "childs pose", "abs without equipment", "lower abs", "oblique twist",
			"swiss ball crunch", "resistance band row", "foam roller for thighs", "stretch for tight hips",
			"beginner core workout", "upper back posture", "knee friendly leg exercise", "medicine ball slam",
			"cable fly", "hamstring curl machine", "wall sit", "superman", "hollow body hold",
			"strengthen grip forearms");

	/** What people have typed in the search box when suggestions are asked for. */
	static final List<String> PREFIXES = List.of("bir", "hamstr", "kettelbel", "side pl", "fitb", "squ", "pl",
			"push", "glute br", "dead", "lun", "cur", "bridg", "swiss", "cat c", "row", "pull", "calf", "stre",
			"hip th", "ab", "kettlebell sw", "dumbel", "plank w");

	/** The rotating search queries (for tools such as the scratch profiler). */
	public static List<String> queries() {
		return QUERIES;
	}

	/** The corpus, read once per trial. */
	@State(Scope.Benchmark)
	public static class CorpusState {

		/** free-exercise-db exercises.json; empty: property, environment or the default path. */
		@Param("")
		public String dataset;

		/** The FitAtlas catalog folder; empty: property, environment or ../catalog from bench/. */
		@Param("")
		public String catalog;

		@Param("10000")
		public int size;

		Corpus corpus;

		@Setup(Level.Trial)
		public void load() {
			long start = System.nanoTime();
			this.corpus = Corpus.load(this.catalog, this.dataset, this.size);
			System.out.printf("%n[corpus] %d exercises (%d catalog + %d free-exercise-db, repeated) read in %.0f ms%n",
					this.corpus.exercises().size(), this.corpus.catalog().size(), this.corpus.freeExerciseDb().size(),
					(System.nanoTime() - start) / 1e6);
		}

	}

	/**
	 * The index, built once per trial, twice: one that ranks every search anew (what a
	 * first search of some words costs: the target) and the app's, which keeps rankings
	 * for words searched before.
	 */
	@State(Scope.Benchmark)
	public static class IndexState {

		SearchEngine index;

		SearchEngine kept;

		@Setup(Level.Trial)
		public void build(CorpusState corpus) {
			this.index = SearchEngine.rankingEveryTime(corpus.corpus.exercises(), corpus.corpus.taxonomy());
			System.out.printf("[index] %d exercises indexed in %.0f ms (SearchEngine.buildMillis)%n",
					this.index.size(), this.index.buildMillis());
			this.kept = SearchEngine.of(corpus.corpus.exercises(), corpus.corpus.taxonomy());
		}

	}

	/** Where each thread is in the rotating lists. */
	@State(Scope.Thread)
	public static class Cursor {

		int query;

		int prefix;

		String nextQuery() {
			String q = QUERIES.get(this.query);
			this.query = (this.query + 1) % QUERIES.size();
			return q;
		}

		String nextPrefix() {
			String p = PREFIXES.get(this.prefix);
			this.prefix = (this.prefix + 1) % PREFIXES.size();
			return p;
		}

	}

	/**
	 * A search that ranks its words anew every time. Its Lucene paths need a longer
	 * warm-up.
	 */
	@Benchmark
	@Warmup(iterations = 6, time = 5)
	public SearchResults search(IndexState state, Cursor cursor) {
		return state.index.search(SearchRequest.of(cursor.nextQuery(), 10));
	}

	/**
	 * The same rotating searches in the app's engine, which keeps the ranking of words
	 * searched before: after the first round every search is a repeat (the next page,
	 * a facet, the next person), so this is what a repeated search costs.
	 */
	@Benchmark
	public SearchResults searchRepeated(IndexState state, Cursor cursor) {
		return state.kept.search(SearchRequest.of(cursor.nextQuery(), 10));
	}

	@Benchmark
	public List<Suggestion> suggest(IndexState state, Cursor cursor) {
		return state.index.suggest(cursor.nextPrefix(), 8);
	}

	/**
	 * One full build of the ~10k-exercise index (synonyms read, documents added, reader
	 * opened). The first builds in a fresh JVM take 3-6 s and it takes about ten to reach
	 * steady state, hence the long warm-up; the cold build is printed by the setup of the
	 * other two benchmarks ("[index] … indexed in … ms").
	 */
	@Benchmark
	@BenchmarkMode(Mode.SingleShotTime)
	@Warmup(iterations = 10)
	@Measurement(iterations = 10)
	public SearchEngine buildIndex(CorpusState corpus) {
		return SearchEngine.of(corpus.corpus.exercises(), corpus.corpus.taxonomy());
	}

}
