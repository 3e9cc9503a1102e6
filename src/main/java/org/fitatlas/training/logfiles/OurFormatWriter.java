package org.fitatlas.training.logfiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * Writes our format: RFC 4180 (CRLF, quotes only where needed), timestamps in UTC,
 * decimals plain without trailing zeros, one row per set in set order.
 */
final class OurFormatWriter {

	private OurFormatWriter() {
	}

	static String write(List<LogFileSession> sessions) {
		StringBuilder out = new StringBuilder();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
			printer.printRecord(OurColumns.ALL);
			for (LogFileSession session : sessions) {
				List<String> head = sessionCells(session);
				if (session.sets().isEmpty()) {
					List<String> row = new ArrayList<>(head);
					while (row.size() < OurColumns.ALL.size()) {
						row.add("");
					}
					printer.printRecord(row);
				}
				List<LogFileSet> sets = new ArrayList<>(session.sets());
				sets.sort(Comparator.comparingInt(LogFileSet::order));
				for (LogFileSet set : sets) {
					List<String> row = new ArrayList<>(head);
					row.addAll(setCells(set));
					printer.printRecord(row);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private static List<String> sessionCells(LogFileSession session) {
		return List.of(session.id().toString(), text(session.title()), DateTimes.write(session.startedAt()),
				DateTimes.write(session.endedAt()), number(session.feeling()), text(session.note()),
				(session.planId() != null) ? session.planId().toString() : "", number(session.week()),
				number(session.day()));
	}

	private static List<String> setCells(LogFileSet set) {
		return List.of(set.id().toString(), Integer.toString(set.order()), text(set.exerciseSlug()), set.exerciseName(),
				set.setType(), number(set.reps()), decimal(set.loadKg()), number(set.holdSeconds()), text(set.side()),
				decimal(set.rpe()), number(set.rir()), number(set.pain()), text(set.note()),
				DateTimes.write(set.completedAt()));
	}

	private static String text(@Nullable String value) {
		return (value != null) ? value : "";
	}

	private static String number(@Nullable Integer value) {
		return (value != null) ? value.toString() : "";
	}

	private static String decimal(@Nullable BigDecimal value) {
		return (value != null) ? value.stripTrailingZeros().toPlainString() : "";
	}

}
