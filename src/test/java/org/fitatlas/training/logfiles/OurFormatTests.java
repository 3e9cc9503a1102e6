package org.fitatlas.training.logfiles;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our own format: read with every column, written canonically (UTC, plain decimals), and
 * stable under write, read, write.
 */
class OurFormatTests {

	private static final UUID PLAN = UUID.fromString("0b7e1c52-8d3f-4a61-9f2e-5c1d7a9b3e40");

	@Test
	void shouldReadEverySessionAndSetColumn() {
		LogFile file = Fixtures.read("fitatlas.csv");

		assertThat(file.format()).isEqualTo(LogFormat.FITATLAS);
		assertThat(file.skipped()).isEmpty();
		assertThat(file.sessions()).extracting(LogFileSession::title)
			.containsExactly("Upper A", "Rest day walk", "Lower B");
		LogFileSession upper = file.sessions().get(0);
		assertThat(upper.id()).isEqualTo(UUID.fromString("3f6a2b1c-7d4e-4f5a-8b9c-0d1e2f3a4b5c"));
		assertThat(upper.startedAt()).isEqualTo(OffsetDateTime.parse("2026-11-23T07:30:00Z"));
		assertThat(upper.endedAt()).isEqualTo(OffsetDateTime.parse("2026-11-23T08:25:00Z"));
		assertThat(upper.feeling()).isEqualTo(4);
		assertThat(upper.note()).isEqualTo("Shoulder fine, slept 7 h");
		assertThat(upper.planId()).isEqualTo(PLAN);
		assertThat(upper.week()).isEqualTo(2);
		assertThat(upper.day()).isEqualTo(1);
		assertThat(Fixtures.describe(upper)).containsExactly("2:warm-up:Barbell Bench Press:10:40:-:-",
				"3:working:Barbell Bench Press:5:82.5:-:8", "4:working:Barbell Bench Press:5:82.5:-:8.5",
				"6:drop:Barbell Bench Press:10:60:-:-", "7:working:Side Plank:-:-:45:-",
				"8:working:Side Plank:-:-:40:-");

		LogFileSet grindy = upper.sets().get(2);
		assertThat(grindy.id()).isEqualTo(UUID.fromString("a1000000-0000-4000-8000-000000000003"));
		assertThat(grindy.order()).isEqualTo(3);
		assertThat(grindy.exerciseSlug()).isEqualTo("barbell-bench-press");
		assertThat(grindy.rir()).isEqualTo(1);
		assertThat(grindy.pain()).isEqualTo(1);
		assertThat(grindy.note()).isEqualTo("Last rep slow,\ngrindy");
		assertThat(grindy.completedAt()).isEqualTo(OffsetDateTime.parse("2026-11-23T07:45:30Z"));
		assertThat(upper.sets()).extracting(LogFileSet::side).containsExactly(null, null, null, null, "left", "right");
	}

	@Test
	void shouldReadASessionWithoutSetsFromItsOneRow() {
		LogFileSession walk = Fixtures.read("fitatlas.csv").sessions().get(1);

		assertThat(walk.sets()).isEmpty();
		assertThat(walk.endedAt()).isNull();
		assertThat(walk.planId()).isNull();
		assertThat(walk.feeling()).isNull();
	}

	@Test
	void shouldWriteTheCanonicalFixtureBackByteForByte() {
		String fixture = Fixtures.text("fitatlas.csv");

		assertThat(LogFiles.write(Fixtures.read("fitatlas.csv").sessions())).isEqualTo(fixture);
	}

	@Test
	void shouldReadBackWhatItWroteExceptTheLines() {
		List<LogFileSession> sessions = List.of(session(UUID.randomUUID(),
				List.of(set(1, "working", 5, new BigDecimal("102.5"), null, "8.5",
						"Felt quick, \"easy\"\nnext time +2.5"),
						set(2, "warm-up", 8, new BigDecimal("60"), null, null, null),
						set(3, "working", null, null, 30, "10", null))),
				session(UUID.randomUUID(), List.of()));

		String written = LogFiles.write(sessions);
		List<LogFileSession> read = LogFiles.read(written, Fixtures.BERLIN).sessions();

		assertThat(withoutLines(read)).isEqualTo(sessions);
		assertThat(LogFiles.write(read)).isEqualTo(written);
	}

	@Test
	void shouldReadBackTextExactlyAsWrittenEvenWhenItIsOnlySpaces() {
		LogFileSession spaced = new LogFileSession(UUID.fromString("11111111-2222-4333-8444-555555555555"), " ",
				OffsetDateTime.parse("2026-11-30T07:30:00Z"), null, null, "  two leading spaces", null, null, null,
				List.of());

		String written = LogFiles.write(List.of(spaced));

		assertThat(LogFiles.read(written, Fixtures.BERLIN).sessions()).containsExactly(spaced);
	}

	@Test
	void shouldWriteTimesInUtcWithSecondsAndDecimalsWithoutTrailingZeros() {
		LogFileSession session = new LogFileSession(UUID.fromString("11111111-2222-4333-8444-555555555555"), "Evening",
				OffsetDateTime.parse("2026-11-30T08:30+01:00"), null, null, null, null, null, null,
				List.of(new LogFileSet(0, UUID.fromString("66666666-7777-4888-8999-000000000000"), 1, null, "Dip",
						"working", 6, new BigDecimal("20.00"), null, null, new BigDecimal("7.50"), null, null, null,
						OffsetDateTime.parse("2026-11-30T08:45:12.5+01:00"))));

		String row = LogFiles.write(List.of(session)).split("\r\n")[1];

		assertThat(row).isEqualTo("11111111-2222-4333-8444-555555555555,Evening,2026-11-30T07:30:00Z,,,,,,,"
				+ "66666666-7777-4888-8999-000000000000,1,,Dip,working,6,20,,,7.5,,,,2026-11-30T07:45:12.5Z");
	}

	@Test
	void shouldWriteForeignWorkoutsSoTheyReadBackAsOurs() {
		LogFile strong = Fixtures.read("strong-android-kg.csv");

		String written = LogFiles.write(strong.sessions());
		LogFile ours = LogFiles.read(written, Fixtures.BERLIN);

		assertThat(ours.format()).isEqualTo(LogFormat.FITATLAS);
		assertThat(ours.sessions()).extracting(LogFileSession::id)
			.containsExactlyElementsOf(strong.sessions().stream().map(LogFileSession::id).toList());
		assertThat(LogFiles.write(ours.sessions())).isEqualTo(written);
	}

	@Test
	void shouldWriteAHeaderOnlyFileForNoSessionsAndReadItAsEmpty() {
		String written = LogFiles.write(List.of());

		assertThat(written).isEqualTo(String.join(",", OurColumns.ALL) + "\r\n");
		assertThat(LogFiles.read(written, Fixtures.BERLIN).sessions()).isEmpty();
	}

	private static LogFileSession session(UUID id, List<LogFileSet> sets) {
		return new LogFileSession(id, "Full body", OffsetDateTime.parse("2026-11-30T07:30:00Z"),
				OffsetDateTime.parse("2026-11-30T08:10:00Z"), 5, "Good day", PLAN, 3, 2, sets);
	}

	private static LogFileSet set(int order, String type, Integer reps, BigDecimal load, Integer hold, String rpe,
			String note) {
		return new LogFileSet(0, UUID.randomUUID(), order, "barbell-back-squat", "Barbell Back Squat", type, reps, load,
				hold, (hold != null) ? "both" : null, (rpe != null) ? new BigDecimal(rpe) : null,
				(rpe != null) ? 1 : null, 0, note, OffsetDateTime.parse("2026-11-30T07:40:00Z").plusMinutes(order));
	}

	private static List<LogFileSession> withoutLines(List<LogFileSession> sessions) {
		return sessions.stream()
			.map((s) -> new LogFileSession(s.id(), s.title(), s.startedAt(), s.endedAt(), s.feeling(), s.note(),
					s.planId(), s.week(), s.day(),
					s.sets()
						.stream()
						.map((x) -> new LogFileSet(0, x.id(), x.order(), x.exerciseSlug(), x.exerciseName(),
								x.setType(), x.reps(), x.loadKg(), x.holdSeconds(), x.side(), x.rpe(), x.rir(),
								x.pain(), x.note(), x.completedAt()))
						.toList()))
			.toList();
	}

}
