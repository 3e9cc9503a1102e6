package org.fitatlas.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fitatlas.search.SearchCost;
import org.fitatlas.search.SearchEngine;
import org.fitatlas.search.SearchRequest;

/**
 * Scratch profiler (not a JMH benchmark): where each benchmark query spends its time,
 * through the search module's public door ({@link SearchEngine#cost}), on the benchmark
 * corpus.
 *
 * <pre>
 * java -Xmx2g -cp bench/target/benchmarks.jar org.fitatlas.bench.SearchProfile [size] [rounds]
 * </pre>
 *
 * The first third of the rounds is warm-up.
 */
public final class SearchProfile {

	private SearchProfile() {
	}

	public static void main(String[] args) {
		int size = (args.length > 0) ? Integer.parseInt(args[0]) : 10000;
		int rounds = (args.length > 1) ? Integer.parseInt(args[1]) : 30;
		Corpus corpus = Corpus.load("", "", size);
		SearchEngine engine = SearchEngine.of(corpus.exercises(), corpus.taxonomy());
		List<String> queries = SearchBenchmark.queries();
		System.out.printf("index of %d exercises built in %.0f ms; %d rounds over %d queries%n", engine.size(),
				engine.buildMillis(), rounds, queries.size());
		Map<String, double[]> perQuery = new LinkedHashMap<>();
		Map<String, SearchCost> shape = new LinkedHashMap<>();
		List<Double> totals = new ArrayList<>();
		for (int round = 0; round < rounds; round++) {
			for (String q : queries) {
				SearchCost cost = engine.cost(SearchRequest.of(q, 10));
				if (round >= rounds / 3) {
					double[] sum = perQuery.computeIfAbsent(q, (k) -> new double[5]);
					sum[0] += cost.totalMs();
					sum[1] += cost.planMs();
					sum[2] += cost.collectMs();
					sum[3] += cost.facetMs();
					sum[4] += cost.highlightMs();
					totals.add(cost.totalMs());
					shape.put(q, cost);
				}
			}
		}
		int n = rounds - rounds / 3;
		System.out.printf("%nmean ms per call%n%-40s | %7s | %7s | %7s | %7s | %9s | %7s | %7s%n", "query", "search",
				"plan", "collect", "facets", "highlight", "clauses", "matches");
		List<Map.Entry<String, double[]>> rows = new ArrayList<>(perQuery.entrySet());
		rows.sort((a, b) -> Double.compare(b.getValue()[0], a.getValue()[0]));
		double[] mean = new double[5];
		for (Map.Entry<String, double[]> row : rows) {
			double[] v = row.getValue();
			SearchCost cost = shape.get(row.getKey());
			System.out.printf("%-40s | %7.2f | %7.2f | %7.2f | %7.2f | %9.2f | %7d | %7d%n", row.getKey(), v[0] / n,
					v[1] / n, v[2] / n, v[3] / n, v[4] / n, cost.clauses(), cost.matches());
			for (int i = 0; i < mean.length; i++) {
				mean[i] += v[i] / n / rows.size();
			}
		}
		System.out.printf("%-40s | %7.2f | %7.2f | %7.2f | %7.2f | %9.2f |%n", "MEAN over queries", mean[0], mean[1],
				mean[2], mean[3], mean[4]);
		totals.sort(Double::compare);
		System.out.printf("%nsearch() over %d calls: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms%n", totals.size(),
				pct(totals, 50), pct(totals, 90), pct(totals, 99));
	}

	private static double pct(List<Double> sorted, double p) {
		int i = (int) Math.ceil(p / 100 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
	}

}
