package org.fitatlas.training.logfiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;

/**
 * The sample log files under src/test/resources/logfiles, read as the bytes they are (BOM
 * and CRLF kept).
 */
final class Fixtures {

	/**
	 * Strong and Hevy write local times; these tests place them in Berlin (UTC+2 in
	 * summer).
	 */
	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private Fixtures() {
	}

	static String text(String name) {
		try (InputStream in = Fixtures.class.getResourceAsStream("/logfiles/" + name)) {
			if (in == null) {
				throw new IllegalStateException("no fixture " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static LogFile read(String name) {
		return LogFiles.read(text(name), BERLIN);
	}

	static BigDecimal kg(String value) {
		return new BigDecimal(value);
	}

	/**
	 * A set as {@code line:type:exercise:reps:load:hold:rpe}, "-" where absent, so a test
	 * reads a whole workout at a glance.
	 */
	static String describe(LogFileSet set) {
		return set.line() + ":" + set.setType() + ":" + set.exerciseName() + ":" + shown(set.reps()) + ":"
				+ shown((set.loadKg() != null) ? set.loadKg().toPlainString() : null) + ":" + shown(set.holdSeconds())
				+ ":" + shown((set.rpe() != null) ? set.rpe().toPlainString() : null);
	}

	static List<String> describe(LogFileSession session) {
		return session.sets().stream().map(Fixtures::describe).toList();
	}

	private static String shown(Object value) {
		return (value != null) ? value.toString() : "-";
	}

}
