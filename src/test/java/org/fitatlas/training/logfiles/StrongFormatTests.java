package org.fitatlas.training.logfiles;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Strong's three export shapes read into workouts: set types from Set Order, holds from
 * Seconds, pounds and decimal commas turned into kilograms, non-set rows left out with
 * their line.
 */
class StrongFormatTests {

	@Test
	void shouldReadIosWorkoutsWithWarmUpsDropsAndHolds() {
		LogFile file = Fixtures.read("strong-ios.csv");

		assertThat(file.sessions()).hasSize(2);
		LogFileSession push = file.sessions().get(0);
		assertThat(push.title()).isEqualTo("Push Day");
		assertThat(push.startedAt()).isEqualTo(OffsetDateTime.parse("2025-09-15T07:48:00+02:00"));
		assertThat(push.endedAt()).isEqualTo(OffsetDateTime.parse("2025-09-15T08:53:00+02:00"));
		assertThat(push.note()).isEqualTo("Slept well");
		assertThat(Fixtures.describe(push)).containsExactly("2:warm-up:Bench Press (Barbell):10:40:-:-",
				"3:working:Bench Press (Barbell):5:80:-:8", "5:working:Bench Press (Barbell):5:80:-:8.5",
				"6:drop:Bench Press (Barbell):8:60:-:-", "7:working:Plank:-:0:60:-",
				"8:working:Overhead Press (Barbell):6:42.5:-:-");
		assertThat(push.sets()).extracting(LogFileSet::order).containsExactly(1, 2, 3, 4, 5, 6);
		assertThat(push.sets()).allSatisfy((set) -> {
			assertThat(set.exerciseSlug()).isNull();
			assertThat(set.side()).isNull();
		});

		LogFileSession legs = file.sessions().get(1);
		assertThat(legs.startedAt()).isEqualTo(OffsetDateTime.parse("2025-09-17T18:02:30+02:00"));
		assertThat(legs.endedAt()).isEqualTo(OffsetDateTime.parse("2025-09-17T18:47:30+02:00"));
		assertThat(Fixtures.describe(legs)).containsExactly("9:warm-up:Squat (Barbell):5:60:-:-",
				"10:working:Squat (Barbell):5:100:-:-", "11:failure:Squat (Barbell):3:100:-:10");
	}

	@Test
	void shouldKeepAQuotedNoteWithACommaAndANewline() {
		LogFileSet paused = Fixtures.read("strong-ios.csv").sessions().get(0).sets().get(1);

		assertThat(paused.note()).startsWith("Paused, felt strong").endsWith("last rep slow").contains("\n");
	}

	@Test
	void shouldKeepTheSetButSayWhyAnRpeOutsideOneToTenWasIgnored() {
		LogFile file = Fixtures.read("strong-ios.csv");

		assertThat(file.skipped()).hasSize(2);
		assertThat(file.skipped().get(0).line()).isEqualTo(8);
		assertThat(file.skipped().get(0).reason()).contains("RPE 11", "line 8", "1..10");
		assertThat(file.skipped().get(1).line()).isEqualTo(12);
		assertThat(file.skipped().get(1).reason()).contains("neither reps nor seconds", "Running");
	}

	@Test
	void shouldReadAndroidDecimalCommasAndSkipRestTimerAndNoteRows() {
		LogFile file = Fixtures.read("strong-android-kg.csv");

		LogFileSession pull = file.sessions().get(0);
		assertThat(pull.title()).isEqualTo("Pull Day");
		assertThat(pull.endedAt()).isEqualTo(OffsetDateTime.parse("2025-10-02T07:22:00+02:00"));
		assertThat(pull.note()).isEqualTo("Early session");
		assertThat(Fixtures.describe(pull)).containsExactly("2:warm-up:Deadlift (Barbell):5:60:-:-",
				"3:working:Deadlift (Barbell):5:122.5:-:8.5", "5:working:Deadlift (Barbell):4:122.5:-:9",
				"7:working:Pull Up:8:-:-:-", "8:drop:Pull Up:5:-:-:-");
		LogFileSession core = file.sessions().get(1);
		assertThat(Fixtures.describe(core)).containsExactly("9:working:Side Plank:-:-:45:-",
				"10:working:Cable Crunch:12:32.5:-:-", "11:working:Cable Crunch:10:32.5:-:-");
		assertThat(core.sets().get(0).note()).isEqualTo("Left side");

		assertThat(file.skipped()).extracting(LogFile.Skipped::line).containsExactly(4, 6);
		assertThat(file.skipped().get(0).reason()).contains("rest-timer");
		assertThat(file.skipped().get(1).reason()).contains("note row");
	}

	@Test
	void shouldConvertAndroidPoundsToKilogramsToTheNearestHundredth() {
		LogFile file = Fixtures.read("strong-android-lbs.csv");

		assertThat(file.sessions()).hasSize(1);
		// 95 lb × 0.45359237 = 43.0912…; 187,5 lb = 85.0485…; 72,5 lb = 32.8854…
		assertThat(Fixtures.describe(file.sessions().get(0))).containsExactly(
				"2:warm-up:Bench Press (Barbell):8:43.09:-:-", "3:working:Bench Press (Barbell):5:83.91:-:8",
				"4:working:Bench Press (Barbell):5:85.05:-:9", "5:working:Row (Dumbbell):10:32.89:-:-");
		assertThat(file.skipped()).extracting(LogFile.Skipped::line).containsExactly(6);
	}

	@Test
	void shouldReadLegacyRowsEachInItsOwnWeightUnit() {
		LogFile file = Fixtures.read("strong-legacy.csv");

		assertThat(file.sessions()).extracting(LogFileSession::title).containsExactly("Leg", "Arms");
		LogFileSession leg = file.sessions().get(0);
		assertThat(leg.startedAt()).isEqualTo(OffsetDateTime.parse("2019-01-11T12:31:54+01:00"));
		assertThat(leg.endedAt()).isEqualTo(OffsetDateTime.parse("2019-01-11T13:41:54+01:00"));
		assertThat(Fixtures.describe(leg)).containsExactly("2:working:Deadlift (Barbell):5:100:-:-",
				"3:working:Deadlift (Barbell):5:102.5:-:8", "4:working:Leg Press:12:142.88:-:-",
				"5:working:Wall Sit:-:0:90:-");
		LogFileSession arms = file.sessions().get(1);
		assertThat(arms.note()).isEqualTo("Short one");
		assertThat(Fixtures.describe(arms)).containsExactly("6:warm-up:Bicep Curl (Dumbbell):12:8:-:-",
				"7:working:Bicep Curl (Dumbbell):10:12.5:-:-");
		assertThat(arms.sets().get(1).note()).isEqualTo("Slow eccentric");
		assertThat(file.skipped()).extracting(LogFile.Skipped::line).containsExactly(8);
	}

	@Test
	void shouldTakeWholeCountsWrittenWithADecimalPoint() {
		String text = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,"
				+ "Workout Notes,RPE\n2025-09-15 07:48:00,Core,50s,Dead Hang,1,0.0,0.0,0,30.0,,,\n"
				+ "2025-09-15 07:48:00,Core,50s,Dip,1,10.0,8.0,0,0.0,,,\n";

		LogFileSession core = LogFiles.read(text, Fixtures.BERLIN).sessions().get(0);

		assertThat(core.endedAt()).isEqualTo(OffsetDateTime.parse("2025-09-15T07:48:50+02:00"));
		assertThat(Fixtures.describe(core)).containsExactly("2:working:Dead Hang:-:0:30:-", "3:working:Dip:8:10:-:-");
	}

	@Test
	void shouldReadNewerIosDatesWithAmOrPm() {
		String text = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,"
				+ "Workout Notes,RPE\n2025-09-15 7:48:00\u202fPM,Push,1h,Dip,1,10,8,0,0,,,\n";

		assertThat(LogFiles.read(text, Fixtures.BERLIN).sessions().get(0).startedAt())
			.isEqualTo(OffsetDateTime.parse("2025-09-15T19:48:00+02:00"));
	}

	@Test
	void shouldGiveTheSameIdsWhenTheSameFileIsReadTwice() {
		LogFile first = Fixtures.read("strong-android-kg.csv");
		LogFile second = Fixtures.read("strong-android-kg.csv");

		assertThat(second).isEqualTo(first);
		assertThat(first.sessions().get(0).id()).isNotEqualTo(first.sessions().get(1).id());
		assertThat(first.sessions().get(0).sets()).extracting(LogFileSet::id).doesNotHaveDuplicates();
	}

	@Test
	void shouldDeriveIdsFromFormatStartTitleAndPosition() {
		LogFileSession pull = Fixtures.read("strong-android-kg.csv").sessions().get(0);

		UUID expected = UUID
			.nameUUIDFromBytes("strong-android|2025-10-02T06:30+02:00|Pull Day".getBytes(StandardCharsets.UTF_8));
		assertThat(pull.id()).isEqualTo(expected);
		assertThat(pull.sets().get(1).id())
			.isEqualTo(UUID.nameUUIDFromBytes((expected + "|2").getBytes(StandardCharsets.UTF_8)));
	}

}
