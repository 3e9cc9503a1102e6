package org.fitatlas.training.logfiles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A file that cannot be read is refused with the line it went wrong on and what was
 * expected there.
 */
class MalformedLogFileTests {

	private static final String IOS_HEADER = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,"
			+ "Seconds,Notes,Workout Notes,RPE\n";

	private static final String IOS_ROW = "2025-09-15 07:48:00,Push,1h,Bench Press,1,80,5,0,0,,,\n";

	@Test
	void shouldRefuseAnEmptyFile() {
		assertMalformed("", 1, "empty");
		assertMalformed("\uFEFF\r\n\r\n", 1, "empty");
	}

	@Test
	void shouldRefuseAnUnknownHeaderListingTheKnownFormatsAndItsFirstColumns() {
		MalformedLogFile error = malformed("Datum,Übung,Gewicht\n2025-01-01,Kniebeuge,100\n");

		assertThat(error.line()).isEqualTo(1);
		assertThat(error.getMessage()).contains("Strong", "Hevy", "session_id", "Datum, Übung, Gewicht");
	}

	@Test
	void shouldRefuseARowWithTheWrongNumberOfColumns() {
		assertMalformed(IOS_HEADER + IOS_ROW + "2025-09-15 07:48:00,Push,1h,Bench Press,2,80,5\n", 3,
				"7 columns but the header has 12");
	}

	@Test
	void shouldNameTheLineAfterAQuotedNewline() {
		String multiLine = "2025-09-15 07:48:00,Push,1h,Bench Press,1,80,5,0,0,\"slow,\nvery slow\",,\n";
		assertMalformed(IOS_HEADER + multiLine + IOS_ROW.replace(",5,", ",five,"), 4, "Reps \"five\"");
	}

	@Test
	void shouldCountEmptyLinesInTheLineNumber() {
		assertMalformed(IOS_HEADER + "\n" + IOS_ROW + "\r\n\n" + IOS_ROW.replace(",80,", ",eighty,"), 6,
				"Weight \"eighty\"");
	}

	@Test
	void shouldRefuseAQuoteThatIsNeverClosed() {
		assertMalformed(IOS_HEADER + IOS_ROW + "2025-09-15 07:48:00,Push,1h,\"Bench Press,1,80,5,0,0,,,\n" + IOS_ROW, 3,
				"never closed");
	}

	@Test
	void shouldRefuseTextAfterAClosingQuote() {
		assertMalformed(IOS_HEADER + IOS_ROW + IOS_ROW + IOS_ROW.replace("Bench Press", "\"Bench\" Press"), 4,
				"not valid CSV");
	}

	@Test
	void shouldNameTheColumnAndValueOfANumberThatIsNotOne() {
		assertMalformed(IOS_HEADER + IOS_ROW + IOS_ROW.replace(",80,", ",80kg,"), 3, "Weight \"80kg\"");
		assertMalformed(IOS_HEADER + IOS_ROW.replace(",80,", ",1e3,"), 2, "Weight \"1e3\"");
	}

	@Test
	void shouldNameTheExpectedPatternOfAnUnreadableDate() {
		assertMalformed(IOS_HEADER + IOS_ROW.replace("2025-09-15 07:48:00", "15/09/2025 07:48"), 2,
				"yyyy-MM-dd HH:mm:ss");
		String hevy = Fixtures.text("hevy-kg.csv").replace("16 Sep 2025, 18:10", "16.09.2025 18:10");
		assertMalformed(hevy, 7, "d MMM yyyy, HH:mm");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { ",80,5,0,0,| ,80,1001,0,0,| Reps 1001", ",80,5,0,0,| ,80,-3,0,0,| Reps -3",
					",80,5,0,0,| ,2500,5,0,0,| Weight 2500 kg", ",80,5,0,0,| ,-20,5,0,0,| Weight -20 kg",
					",80,5,0,0,| ,80,,0,90000,| Seconds 90000" })
	void shouldRefuseNegativeOrAbsurdValues(String from, String to, String message) {
		assertMalformed(IOS_HEADER + IOS_ROW + IOS_ROW.replace(from, to), 3, message);
	}

	@Test
	void shouldRefuseAnAbsurdLoadAfterConvertingPounds() {
		String lbs = Fixtures.text("strong-android-lbs.csv").replace("\"187,5\"", "\"5000\"");
		assertMalformed(lbs, 4, "2267.96 kg");
	}

	@Test
	void shouldRefuseAnUnknownStrongSetOrderOrHevySetType() {
		assertMalformed(IOS_HEADER + IOS_ROW.replace(",1,80,", ",X,80,"), 2, "Set Order \"X\"");
		assertMalformed(Fixtures.text("hevy-kg.csv").replace("\"dropset\"", "\"superset\""), 5,
				"set_type \"superset\"");
	}

	/** The error on line 100,002 shows the 100,000 rows before it were taken. */
	@Test
	void shouldRefuseMoreThanOneHundredThousandRows() {
		StringBuilder text = new StringBuilder(IOS_HEADER);
		for (int i = 0; i <= CsvTable.MAX_ROWS; i++) {
			text.append(IOS_ROW);
		}
		assertMalformed(text.toString(), CsvTable.MAX_ROWS + 2, "more than 100,000 data rows");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "session_id | 3f6a2b1c-nope | session_id \"3f6a2b1c-nope\" is not a UUID",
			"set_id | 12345 | set_id \"12345\" is not a UUID", "plan_id | plan-7 | plan_id \"plan-7\" is not a UUID",
			"set_type | amrap | set_type \"amrap\" is not a known set type; allowed: warm-up, working, drop, failure",
			"side | up | side \"up\" is not a known side; allowed: left, right, both",
			"rpe | 8.25 | rpe 8.25 is not allowed; allowed: 1 to 10 in half steps", "rpe | 11 | rpe 11 is not allowed",
			"rpe | 0.5 | rpe 0.5 is not allowed", "rir | 11 | rir 11 is outside 0..10",
			"pain | -1 | pain -1 is outside 0..10", "session_feeling | 6 | session_feeling 6 is outside 1..5",
			"session_started_at | 2026-11-23 07:30 | with offset (yyyy-MM-ddTHH:mm:ssZ, like 2026-11-30T07:30:00Z)",
			"reps | 1200 | reps 1200 is outside 0..1000", "load_kg | 2000.5 | load_kg 2000.5 kg is outside 0..2000 kg",
			"hold_seconds | 86401 | hold_seconds 86401 is outside 0..86400" })
	void shouldRefuseABadValueInOurFormat(String column, String value, String message) {
		assertMalformed(ours(Map.of(column, value)), 3, message);
	}

	@Test
	void shouldRefuseTheSameSetIdTwice() {
		assertMalformed(ours(Map.of("set_id", "4c3b2a19-0000-4000-8000-00000000000a")), 3,
				"set_id 4c3b2a19-0000-4000-8000-00000000000a is already used on line 2");
	}

	@Test
	void shouldRefuseASessionWhoseColumnsDifferBetweenItsRows() {
		assertMalformed(ours(Map.of("session_title", "Lower A")), 3,
				"session_title \"Lower A\" differs from \"Upper A\" on line 2");
	}

	/**
	 * A valid first row, then a second set of the same session with some columns
	 * replaced.
	 */
	private static String ours(Map<String, String> second) {
		Map<String, String> row = new HashMap<>(
				Map.of("set_id", "4c3b2a19-0000-4000-8000-00000000000b", "set_order", "2"));
		row.putAll(second);
		return String.join(",", OurColumns.ALL) + "\r\n" + oursRow(Map.of()) + oursRow(row);
	}

	/** A valid row of our format with some columns replaced. */
	private static String oursRow(Map<String, String> replaced) {
		Map<String, String> base = Map.ofEntries(Map.entry("session_id", "3f6a2b1c-7d4e-4f5a-8b9c-0d1e2f3a4b5c"),
				Map.entry("session_title", "Upper A"), Map.entry("session_started_at", "2026-11-23T07:30:00Z"),
				Map.entry("set_id", "4c3b2a19-0000-4000-8000-00000000000a"), Map.entry("set_order", "1"),
				Map.entry("exercise_name", "Barbell Bench Press"), Map.entry("set_type", "working"),
				Map.entry("reps", "5"), Map.entry("load_kg", "80"));
		List<String> cells = new ArrayList<>();
		for (String column : OurColumns.ALL) {
			cells.add(replaced.getOrDefault(column, base.getOrDefault(column, "")));
		}
		return String.join(",", cells) + "\r\n";
	}

	private static void assertMalformed(String text, int line, String message) {
		MalformedLogFile error = malformed(text);
		assertThat(error.line()).isEqualTo(line);
		assertThat(error.getMessage()).startsWith("Line " + line + ": ").contains(message);
	}

	private static MalformedLogFile malformed(String text) {
		return (MalformedLogFile) assertThatThrownBy(() -> LogFiles.read(text, Fixtures.BERLIN))
			.isInstanceOf(MalformedLogFile.class)
			.actual();
	}

}
