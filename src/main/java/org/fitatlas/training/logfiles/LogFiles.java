package org.fitatlas.training.logfiles;

import java.time.ZoneId;
import java.util.List;

/**
 * Reads training-log CSV files (ours, Strong in three shapes, Hevy in two) and writes
 * ours. Plain Java on Apache Commons CSV.
 */
public final class LogFiles {

	private static final char BOM = '\uFEFF';

	private LogFiles() {
	}

	/**
	 * Reads a whole file, detecting its format from the header row.
	 * @param zone the time zone of date-times written without an offset (Strong, Hevy)
	 * @throws MalformedLogFile naming the line when the file cannot be read
	 */
	public static LogFile read(String text, ZoneId zone) {
		String body = (!text.isEmpty() && text.charAt(0) == BOM) ? text.substring(1) : text;
		if (body.isBlank()) {
			throw MalformedLogFile.at(1, "the file is empty; expected a header row naming the columns");
		}
		CsvTable table = CsvTable.parse(body, FormatDetector.delimiter(body));
		LogFormat format = FormatDetector.detect(table.header());
		return switch (format) {
			case FITATLAS -> OurFormatReader.read(table);
			case STRONG_IOS, STRONG_ANDROID, STRONG_LEGACY -> StrongFormat.read(format, table, zone);
			case HEVY -> HevyFormat.read(table, zone);
		};
	}

	/**
	 * Writes our format: a header row, then one row per set (a session without sets gets
	 * one row).
	 */
	public static String write(List<LogFileSession> sessions) {
		return OurFormatWriter.write(sessions);
	}

}
