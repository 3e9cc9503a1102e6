package org.fitatlas.training.logfiles;

import java.time.ZoneId;
import java.util.List;

/**
 * Reads training-log CSV files (ours, Strong in three shapes, Hevy in two) and writes
 * ours. Plain Java on Apache Commons CSV.
 */
public final class LogFiles {

	private LogFiles() {
	}

	/**
	 * Reads a whole file, detecting its format from the header row.
	 * @param zone the time zone of date-times written without an offset (Strong, Hevy)
	 * @throws MalformedLogFile naming the line when the file cannot be read
	 */
	public static LogFile read(String text, ZoneId zone) {
		throw new IllegalStateException("being written");
	}

	/**
	 * Writes our format: a header row, then one row per set (a session without sets gets
	 * one row).
	 */
	public static String write(List<LogFileSession> sessions) {
		throw new IllegalStateException("being written");
	}

}
