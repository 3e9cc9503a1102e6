package org.fitatlas.training;

import java.util.List;

/**
 * What an import did: the format it recognised, how many sessions and sets the file held,
 * how many of them were new, which exercise names matched the atlas and which did not
 * (their sets are kept under the imported name), and the rows left out with why.
 */
public record ImportReport(String format, int sessions, int sets, int created, int createdSessions, List<Match> matched,
		List<String> unmatched, List<SkippedRow> skipped) {

	public ImportReport {
		matched = List.copyOf(matched);
		unmatched = List.copyOf(unmatched);
		skipped = List.copyOf(skipped);
	}

	/** An exercise name from the file and the atlas exercise it was matched to. */
	public record Match(String name, String slug) {
	}

	/** A row of the file that was not taken, and why. */
	public record SkippedRow(int line, String reason) {
	}

}
