package org.fitatlas.training.logfiles;

import java.util.List;

/**
 * A whole log file as read: its format, its workouts, and the rows left out with why.
 */
public record LogFile(LogFormat format, List<LogFileSession> sessions, List<Skipped> skipped) {

	public LogFile {
		sessions = List.copyOf(sessions);
		skipped = List.copyOf(skipped);
	}

	/** A row that was read but not taken (a rest-timer row, a note row, an empty set). */
	public record Skipped(int line, String reason) {
	}

}
