package org.fitatlas.imports;

import java.util.List;

/**
 * What one import did: records read, exercises created, records merged into exercises we
 * had, and records skipped, each with its reason.
 */
public record ImportSummary(String origin, int read, int created, List<Merged> merged, List<Skipped> skipped,
		long catalogVersion, long millis) {

	public ImportSummary {
		merged = List.copyOf(merged);
		skipped = List.copyOf(skipped);
		if (read != created + merged.size() + skipped.size()) {
			throw new IllegalArgumentException("read " + read + " records but created " + created + ", merged "
					+ merged.size() + " and skipped " + skipped.size());
		}
	}

	/** A foreign record that is one of our exercises. */
	public record Merged(String foreignId, String name, String slug) {
	}

	/** A record left out, and why. */
	public record Skipped(String foreignId, String reason) {
	}

	/** The summary as lines a person reads at the end of a run. */
	public List<String> lines() {
		List<String> lines = new java.util.ArrayList<>();
		lines.add("Import of " + this.origin + ": read " + this.read + ", created " + this.created + ", merged "
				+ this.merged.size() + ", skipped " + this.skipped.size() + " (" + this.millis + " ms)");
		java.util.Map<String, Long> reasons = new java.util.TreeMap<>();
		this.skipped.forEach((s) -> reasons.merge(s.reason(), 1L, Long::sum));
		reasons.forEach((reason, count) -> lines.add("  skipped " + count + ": " + reason));
		return lines;
	}

}
