package org.fitatlas.training.logfiles;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file parsed whole: the header row and the data rows, each with the physical line
 * it starts on (quoted newlines counted), every row as wide as the header.
 */
record CsvTable(CsvRow header, List<CsvRow> rows) {

	/** Files with more data rows are refused rather than held in memory. */
	static final int MAX_ROWS = 100_000;

	CsvTable {
		rows = List.copyOf(rows);
	}

	static CsvTable parse(String text, char delimiter) {
		CSVFormat format = CSVFormat.RFC4180.builder()
			.setDelimiter(delimiter)
			.setIgnoreEmptyLines(true)
			.setTrim(false)
			.get();
		Lines lines = new Lines(text);
		List<CsvRow> all = new ArrayList<>();
		try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
			Iterator<CSVRecord> records = parser.iterator();
			while (true) {
				long consumed = parser.getCurrentLineNumber();
				CSVRecord record;
				try {
					if (!records.hasNext()) {
						break;
					}
					record = records.next();
				}
				catch (UncheckedIOException ex) {
					int line = lines.firstFilledLineFrom(lines.startOfLine((int) consumed + 1));
					throw MalformedLogFile.at(line, brokenQuote(ex));
				}
				int line = lines.firstFilledLineFrom((int) record.getCharacterPosition());
				if (isBlank(record)) {
					continue;
				}
				if (all.size() > MAX_ROWS) {
					throw MalformedLogFile.at(line, "the file has more than " + String.format("%,d", MAX_ROWS)
							+ " data rows; split it into smaller files (for example one per year)");
				}
				all.add(new CsvRow(line, record.toList()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (all.isEmpty()) {
			throw MalformedLogFile.at(1, "the file is empty; expected a header row");
		}
		CsvRow header = all.get(0);
		List<CsvRow> rows = all.subList(1, all.size());
		for (CsvRow row : rows) {
			if (row.size() != header.size()) {
				throw MalformedLogFile.at(row.line(), "the row has " + row.size() + " columns but the header has "
						+ header.size() + " (a quote left open or a stray '" + delimiter + "'?)");
			}
		}
		return new CsvTable(header, rows);
	}

	/** A line holding only spaces is an empty line, not a one-column row. */
	private static boolean isBlank(CSVRecord record) {
		return record.size() == 1 && record.get(0).isBlank();
	}

	private static String brokenQuote(UncheckedIOException ex) {
		String detail = (ex.getCause() != null) ? ex.getCause().getMessage() : ex.getMessage();
		if (detail != null && detail.contains("EOF reached before encapsulated token finished")) {
			return "a quoted field is never closed: the '\"' opened on this line has no closing '\"' before the end of the file";
		}
		return "the row is not valid CSV (" + detail
				+ "); a field holding quotes must be quoted whole with inner quotes doubled (\"\")";
	}

	/** Physical line starts of the text, to turn a character position into a line. */
	private static final class Lines {

		private final String text;

		private final int[] starts;

		Lines(String text) {
			this.text = text;
			List<Integer> found = new ArrayList<>();
			found.add(0);
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
					found.add(i + 1);
				}
			}
			this.starts = found.stream().mapToInt(Integer::intValue).toArray();
		}

		int startOfLine(int line) {
			return (line - 1 < this.starts.length) ? this.starts[line - 1] : this.text.length();
		}

		/** The parser reports a record from the empty lines skipped before it. */
		int firstFilledLineFrom(int position) {
			int at = position;
			while (at < this.text.length() && (this.text.charAt(at) == '\r' || this.text.charAt(at) == '\n')) {
				at++;
			}
			return lineOf(at);
		}

		private int lineOf(int position) {
			int low = 0;
			int high = this.starts.length - 1;
			while (low < high) {
				int mid = (low + high + 1) >>> 1;
				if (this.starts[mid] <= position) {
					low = mid;
				}
				else {
					high = mid - 1;
				}
			}
			return low + 1;
		}

	}

}
