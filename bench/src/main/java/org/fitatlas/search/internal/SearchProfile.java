package org.fitatlas.search.internal;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.fitatlas.bench.Corpus;
import org.fitatlas.bench.SearchBenchmark;
import org.fitatlas.search.SearchRequest;

/**
 * Scratch profiler (not a JMH benchmark): times the parts of ExerciseIndex.search one by
 * one on the benchmark corpus, per query, to see where the time goes. It reads the
 * index's private parts by reflection and changes nothing in the app.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.fitatlas.search.internal.SearchProfile [size] [rounds]
 * </pre>
 */
public final class SearchProfile {

	private static final String[] PARTS = { "search()", "build query", "rewrite", "top10", "top10+facets",
			"facet counts", "highlight", "top10 no-fuzzy", "hl no-MTQ", "hl summary-only", "hl no-fuzzy query",
			"hl non-strict phrases" };

	public static void main(String[] args) throws Exception {
		int size = (args.length > 0) ? Integer.parseInt(args[0]) : 10000;
		int rounds = (args.length > 1) ? Integer.parseInt(args[1]) : 30;
		Corpus corpus = Corpus.load("", "", size);
		ExerciseIndex index = ExerciseIndex.of(corpus.exercises(), corpus.taxonomy());
		System.out.printf("index of %d built in %.0f ms%n", index.size(), index.buildMillis());
		IndexSearcher searcher = field(index, "searcher");
		UnifiedHighlighter highlighter = field(index, "highlighter");
		SortedSetDocValuesReaderState facetState = field(index, "facetState");
		Analyzer analyzer = field(index, "indexAnalyzer");
		UnifiedHighlighter noMtq = variant(searcher, analyzer).withHandleMultiTermQuery(false)
			.withFieldMatcher((f) -> true)
			.build();
		UnifiedHighlighter summaryOnly = variant(searcher, analyzer).withHandleMultiTermQuery(true).build();
		UnifiedHighlighter nonStrict = variant(searcher, analyzer).withHandleMultiTermQuery(true)
			.withFieldMatcher((f) -> true)
			.withHighlightPhrasesStrictly(false)
			.build();
		List<String> queries = SearchBenchmark.queries();
		Map<String, double[]> perQuery = new LinkedHashMap<>();
		for (String q : queries) {
			perQuery.put(q, new double[PARTS.length]);
		}
		for (int round = 0; round < rounds; round++) {
			boolean record = round >= rounds / 3; // first third is warm-up
			for (String q : queries) {
				double[] t = new double[PARTS.length];
				long s = System.nanoTime();
				index.search(SearchRequest.of(q, 10));
				t[0] = ms(s);
				s = System.nanoTime();
				Query main = index.mainQuery(q);
				Query full = new BooleanQuery.Builder().add(main, BooleanClause.Occur.MUST).build();
				t[1] = ms(s);
				s = System.nanoTime();
				searcher.rewrite(full);
				t[2] = ms(s);
				s = System.nanoTime();
				searcher.search(full, 10);
				t[3] = ms(s);
				s = System.nanoTime();
				FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(searcher, full, 10,
						new FacetsCollectorManager());
				t[4] = ms(s);
				s = System.nanoTime();
				new SortedSetDocValuesFacetCounts(facetState, result.facetsCollector());
				t[5] = ms(s);
				TopDocs top = result.topDocs();
				s = System.nanoTime();
				highlighter.highlight("summary", full, top, 1);
				t[6] = ms(s);
				Query exactOnly = withoutFuzzy(main);
				s = System.nanoTime();
				searcher.search(exactOnly, 10);
				t[7] = ms(s);
				s = System.nanoTime();
				noMtq.highlight("summary", full, top, 1);
				t[8] = ms(s);
				s = System.nanoTime();
				summaryOnly.highlight("summary", full, top, 1);
				t[9] = ms(s);
				s = System.nanoTime();
				highlighter.highlight("summary", exactOnly, top, 1);
				t[10] = ms(s);
				s = System.nanoTime();
				nonStrict.highlight("summary", full, top, 1);
				t[11] = ms(s);
				if (record) {
					double[] sum = perQuery.get(q);
					for (int i = 0; i < t.length; i++) {
						sum[i] += t[i];
					}
				}
			}
		}
		int n = rounds - rounds / 3;
		double[] all = new double[PARTS.length];
		System.out.printf("%nmean ms per call; columns:%n");
		for (int i = 0; i < PARTS.length; i++) {
			System.out.printf("  c%d = %s%n", i, PARTS[i]);
		}
		System.out.printf("%-40s", "query");
		for (int i = 0; i < PARTS.length; i++) {
			System.out.printf(" | %8s", "c" + i);
		}
		System.out.println();
		List<Map.Entry<String, double[]>> rows = new ArrayList<>(perQuery.entrySet());
		rows.sort((a, b) -> Double.compare(b.getValue()[0], a.getValue()[0]));
		for (Map.Entry<String, double[]> row : rows) {
			System.out.printf("%-40s", row.getKey());
			for (int i = 0; i < PARTS.length; i++) {
				System.out.printf(" | %8.2f", row.getValue()[i] / n);
				all[i] += row.getValue()[i] / n / queries.size();
			}
			System.out.println();
		}
		System.out.printf("%-40s", "MEAN over queries");
		for (double v : all) {
			System.out.printf(" | %8.2f", v);
		}
		System.out.println();
	}

	/** The main query's top-level clauses minus the typo-tolerant (fuzzy) one. */
	private static Query withoutFuzzy(Query main) {
		BooleanQuery.Builder b = new BooleanQuery.Builder();
		for (BooleanClause c : ((BooleanQuery) main).clauses()) {
			boolean fuzzy = c.getQuery() instanceof BoostQuery boost && boost.getBoost() == 0.5f;
			if (!fuzzy) {
				b.add(c);
			}
		}
		return b.build();
	}

	/** A highlighter set up like the app's, to vary one setting at a time. */
	private static UnifiedHighlighter.Builder variant(IndexSearcher searcher, Analyzer analyzer) {
		return UnifiedHighlighter.builder(searcher, analyzer)
			.withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
			.withMaxLength(2000);
	}

	@SuppressWarnings("unchecked")
	private static <T> T field(Object target, String name) throws Exception {
		Field f = target.getClass().getDeclaredField(name);
		f.setAccessible(true);
		return (T) f.get(target);
	}

	private static double ms(long start) {
		return (System.nanoTime() - start) / 1e6;
	}

}
