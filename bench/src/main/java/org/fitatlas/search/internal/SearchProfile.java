package org.fitatlas.search.internal;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.fitatlas.bench.Corpus;
import org.fitatlas.bench.SearchBenchmark;
import org.fitatlas.search.SearchRequest;

/**
 * Scratch profiler (not a JMH benchmark): times the parts of {@code ExerciseIndex.search}
 * one by one on the benchmark corpus, per query, to see where the time goes. It reaches
 * the index's private parts by reflection (same package, on the class path) and changes
 * nothing in the app; if the app's internals move, adjust the names below.
 *
 * <pre>
 * java -Xmx2g -cp bench/target/benchmarks.jar org.fitatlas.search.internal.SearchProfile [size] [rounds]
 * </pre>
 *
 * The first third of the rounds is warm-up. Each part is timed on its own, so the parts
 * do not add up exactly to the whole.
 */
public final class SearchProfile {

	private static final String[] PARTS = { "search() as the app runs it", "build the query (mainQuery)",
			"rewrite the query (fuzzy term expansion)", "top 10 + facet collection", "facet counts",
			"highlight the summaries of the top 10", "top 10 with the fuzzy clause left out" };

	private static final String[] WHAT_IFS = { "search() as it is", "parts: c3 + c4 + c5",
			"without highlighting: c3 + c4", "without the fuzzy clause: c6 + c4 + c5" };

	public static void main(String[] args) throws Exception {
		int size = (args.length > 0) ? Integer.parseInt(args[0]) : 10000;
		int rounds = (args.length > 1) ? Integer.parseInt(args[1]) : 30;
		Corpus corpus = Corpus.load("", "", size);
		ExerciseIndex index = ExerciseIndex.of(corpus.exercises(), corpus.taxonomy());
		System.out.printf("index of %d exercises built in %.0f ms; %d rounds over %d queries%n", index.size(),
				index.buildMillis(), rounds, SearchBenchmark.queries().size());
		IndexSearcher searcher = field(index, "searcher");
		UnifiedHighlighter highlighter = field(index, "highlighter");
		SortedSetDocValuesReaderState facetState = field(index, "facetState");
		Method highlightQuery = highlightQueryMethod();
		System.out.println((highlightQuery != null) ? "highlighting with the app's highlightQuery(q)"
				: "highlighting with the full search query (the app has no highlightQuery method)");
		List<String> queries = SearchBenchmark.queries();
		Map<String, double[]> perQuery = new LinkedHashMap<>();
		queries.forEach((q) -> perQuery.put(q, new double[PARTS.length]));
		Map<String, List<Double>> samples = new LinkedHashMap<>();
		for (String what : WHAT_IFS) {
			samples.put(what, new ArrayList<>());
		}
		for (int round = 0; round < rounds; round++) {
			boolean record = round >= rounds / 3;
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
				FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(searcher, full, 10,
						new FacetsCollectorManager());
				t[3] = ms(s);
				s = System.nanoTime();
				new SortedSetDocValuesFacetCounts(facetState, result.facetsCollector());
				t[4] = ms(s);
				TopDocs top = result.topDocs();
				s = System.nanoTime();
				Query marks = (highlightQuery != null) ? (Query) highlightQuery.invoke(index, q) : full;
				highlighter.highlight("summary", marks, top, 1);
				t[5] = ms(s);
				Query exactOnly = withoutFuzzy(main);
				s = System.nanoTime();
				searcher.search(exactOnly, 10);
				t[6] = ms(s);
				if (record) {
					samples.get(WHAT_IFS[0]).add(t[0]);
					samples.get(WHAT_IFS[1]).add(t[3] + t[4] + t[5]);
					samples.get(WHAT_IFS[2]).add(t[3] + t[4]);
					samples.get(WHAT_IFS[3]).add(t[6] + t[4] + t[5]);
					double[] sum = perQuery.get(q);
					for (int i = 0; i < t.length; i++) {
						sum[i] += t[i];
					}
				}
			}
		}
		int n = rounds - rounds / 3;
		System.out.printf("%nmean ms per call; columns:%n");
		for (int i = 0; i < PARTS.length; i++) {
			System.out.printf("  c%d = %s%n", i, PARTS[i]);
		}
		System.out.printf("%-40s", "query");
		for (int i = 0; i < PARTS.length; i++) {
			System.out.printf(" | %7s", "c" + i);
		}
		System.out.println();
		double[] all = new double[PARTS.length];
		List<Map.Entry<String, double[]>> rows = new ArrayList<>(perQuery.entrySet());
		rows.sort((a, b) -> Double.compare(b.getValue()[0], a.getValue()[0]));
		for (Map.Entry<String, double[]> row : rows) {
			System.out.printf("%-40s", row.getKey());
			for (int i = 0; i < PARTS.length; i++) {
				System.out.printf(" | %7.2f", row.getValue()[i] / n);
				all[i] += row.getValue()[i] / n / queries.size();
			}
			System.out.println();
		}
		System.out.printf("%-40s", "MEAN over queries");
		for (double v : all) {
			System.out.printf(" | %7.2f", v);
		}
		System.out.println();
		System.out.printf("%nper-call distribution over %d calls, ms:%n", samples.get(WHAT_IFS[0]).size());
		System.out.printf("%-42s %8s %8s %8s%n", "", "p50", "p90", "p99");
		for (Map.Entry<String, List<Double>> e : samples.entrySet()) {
			List<Double> v = new ArrayList<>(e.getValue());
			v.sort(Double::compare);
			System.out.printf("%-42s %8.2f %8.2f %8.2f%n", e.getKey(), pct(v, 50), pct(v, 90), pct(v, 99));
		}
	}

	private static Method highlightQueryMethod() {
		try {
			Method m = ExerciseIndex.class.getDeclaredMethod("highlightQuery", String.class);
			m.setAccessible(true);
			return m;
		}
		catch (NoSuchMethodException ex) {
			return null;
		}
	}

	private static double pct(List<Double> sorted, double p) {
		int i = (int) Math.ceil(p / 100 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
	}

	/** The main query's top-level clauses minus the typo-tolerant one (boosted by 0.5). */
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
