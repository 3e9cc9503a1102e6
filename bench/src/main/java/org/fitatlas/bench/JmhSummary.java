package org.fitatlas.bench;

import java.io.File;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Prints p50/p99 of the search and suggest benchmarks and the index build time from a JMH
 * JSON result file, against the targets.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.fitatlas.bench.JmhSummary bench/results/jmh.json
 * </pre>
 */
public final class JmhSummary {

	/** Target p99 in ms per benchmark method; build has none. */
	private static final Map<String, Double> TARGET_P99 = Map.of("search", 5.0, "suggest", 2.0);

	private JmhSummary() {
	}

	public static void main(String[] args) throws Exception {
		String file = (args.length > 0) ? args[0] : "bench/results/jmh.json";
		JsonNode results = new ObjectMapper().readTree(new File(file));
		System.out.printf(Locale.ROOT, "%n%-12s %-12s %8s %10s %10s %10s %10s  %s%n", "benchmark", "mode", "samples",
				"p50 ms", "p99 ms", "mean ms", "max ms", "target");
		for (JsonNode r : results) {
			String name = r.path("benchmark").asText().replaceAll(".*\\.", "");
			JsonNode metric = r.path("primaryMetric");
			JsonNode pct = metric.path("scorePercentiles");
			long samples = 0;
			for (JsonNode fork : metric.path("rawDataHistogram")) {
				for (JsonNode iteration : fork) {
					for (JsonNode bucket : iteration) {
						samples += bucket.path(1).asLong();
					}
				}
			}
			if (samples == 0) {
				for (JsonNode fork : metric.path("rawData")) {
					samples += fork.size();
				}
			}
			double p50 = pct.path("50.0").asDouble();
			double p99 = pct.path("99.0").asDouble();
			Double target = TARGET_P99.get(name);
			String verdict;
			if (target == null) {
				verdict = "(no target)";
			}
			else if (p99 <= target) {
				verdict = String.format(Locale.ROOT, "p99 <= %.0f ms: MET (%.1fx headroom)", target, target / p99);
			}
			else {
				verdict = String.format(Locale.ROOT, "p99 <= %.0f ms: MISSED by %.2f ms (%.1fx the target)", target,
						p99 - target, p99 / target);
			}
			System.out.printf(Locale.ROOT, "%-12s %-12s %8d %10.3f %10.3f %10.3f %10.3f  %s%n", name,
					r.path("mode").asText(), samples, p50, p99, metric.path("score").asDouble(),
					pct.path("100.0").asDouble(), verdict);
		}
	}

}
