package org.fitatlas.training.logfiles;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Tells the format of a file from its header row: the separator from the first line, then
 * the columns it names.
 */
final class FormatDetector {

	private static final String KNOWN = "our export (session_id, session_title, session_started_at, …), "
			+ "Strong for iOS (Date, Workout Name, Duration, Exercise Name, Set Order, Weight, Reps, …), "
			+ "Strong for Android (\"Workout #\";\"Date\";\"Workout Name\";\"Duration (sec)\";…;\"Weight (kg)\" or "
			+ "\"Weight (lbs)\";…), older Strong (Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;…;"
			+ "Distance Unit;…) and Hevy (title, start_time, end_time, …, weight_kg or weight_lbs, …)";

	private FormatDetector() {
	}

	/** Semicolon files are Strong's Android and older exports; the rest use commas. */
	static char delimiter(String text) {
		int end = firstLineEnd(text);
		String first = text.substring(0, end);
		long semicolons = first.chars().filter((c) -> c == ';').count();
		long commas = first.chars().filter((c) -> c == ',').count();
		return (semicolons > commas) ? ';' : ',';
	}

	static LogFormat detect(CsvRow header) {
		List<String> names = header.values();
		if (OurFormatReader.isOurs(names)) {
			return LogFormat.FITATLAS;
		}
		Columns columns = new Columns(names);
		if (StrongFormat.isAndroid(columns)) {
			return LogFormat.STRONG_ANDROID;
		}
		if (StrongFormat.isLegacy(columns)) {
			return LogFormat.STRONG_LEGACY;
		}
		if (StrongFormat.isIos(columns)) {
			return LogFormat.STRONG_IOS;
		}
		if (HevyFormat.isHevy(columns)) {
			return LogFormat.HEVY;
		}
		String firstColumns = names.stream().limit(6).map(Columns::name).collect(Collectors.joining(", "));
		throw MalformedLogFile.at(header.line(), "the header is not one of a known log file; known are " + KNOWN
				+ "; this file's first columns were: " + firstColumns + ((names.size() > 6) ? ", …" : ""));
	}

	private static int firstLineEnd(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
				return i;
			}
		}
		return text.length();
	}

}
