package org.fitatlas.training.logfiles;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hevy's export read into workouts: its set types mapped onto ours, its dates in either
 * shape, pounds turned into kilograms.
 */
class HevyFormatTests {

	@Test
	void shouldReadHevyWorkoutsWithTheirSetTypesAndHolds() {
		LogFile file = Fixtures.read("hevy-kg.csv");

		assertThat(file.sessions()).hasSize(2);
		LogFileSession push = file.sessions().get(0);
		assertThat(push.title()).isEqualTo("Morning Push");
		assertThat(push.startedAt()).isEqualTo(OffsetDateTime.parse("2025-09-15T07:48:00+02:00"));
		assertThat(push.endedAt()).isEqualTo(OffsetDateTime.parse("2025-09-15T08:52:00+02:00"));
		assertThat(push.note()).isEqualTo("Felt fresh");
		assertThat(Fixtures.describe(push)).containsExactly("2:warm-up:Bench Press (Barbell):10:40:-:-",
				"3:working:Bench Press (Barbell):5:82.5:-:8", "4:working:Bench Press (Barbell):5:82.5:-:8.5",
				"5:drop:Bench Press (Barbell):10:60:-:-", "6:working:Plank:-:-:60:-");
		assertThat(push.sets().get(4).note()).isEqualTo("Keep hips level");

		LogFileSession pull = file.sessions().get(1);
		assertThat(pull.note()).isNull();
		assertThat(Fixtures.describe(pull)).containsExactly("7:working:Pull Up:8:-:-:9", "8:failure:Pull Up:6:-:-:-");
	}

	@Test
	void shouldLeaveOutDistanceOnlyRowsAndIgnoredRpeWithTheirLines() {
		LogFile file = Fixtures.read("hevy-kg.csv");

		assertThat(file.skipped()).extracting(LogFile.Skipped::line).containsExactly(8, 9);
		assertThat(file.skipped().get(0).reason()).contains("RPE 12", "line 8");
		assertThat(file.skipped().get(1).reason()).contains("line 9", "Rowing Machine");
	}

	@Test
	void shouldReadPoundsIsoDatesAQuotedMultiLineNoteAndAByteOrderMark() {
		LogFile file = Fixtures.read("hevy-lbs.csv");

		assertThat(file.sessions()).hasSize(1);
		LogFileSession lower = file.sessions().get(0);
		assertThat(lower.title()).isEqualTo("Lower, heavy");
		assertThat(lower.startedAt()).isEqualTo(OffsetDateTime.parse("2025-09-20T09:00:00+02:00"));
		assertThat(lower.note()).startsWith("Knee fine,").endsWith("hips tight");
		// each row spans two lines: the quoted description holds a newline
		assertThat(Fixtures.describe(lower)).containsExactly("2:warm-up:Squat (Barbell):5:61.23:-:-",
				"4:working:Squat (Barbell):5:102.06:-:8", "6:working:Romanian Deadlift (Barbell):8:84.14:-:-");
		assertThat(file.skipped()).isEmpty();
	}

	@Test
	void shouldGiveTheSameIdsWhenTheSameFileIsReadTwice() {
		assertThat(Fixtures.read("hevy-kg.csv")).isEqualTo(Fixtures.read("hevy-kg.csv"));
	}

}
