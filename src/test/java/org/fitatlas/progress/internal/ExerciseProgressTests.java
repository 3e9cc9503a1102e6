package org.fitatlas.progress.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fitatlas.training.ExerciseHistory;
import org.fitatlas.training.ExerciseHistory.ExerciseName;
import org.fitatlas.training.ExerciseHistory.SessionEntry;
import org.fitatlas.training.LoggedSet;
import org.fitatlas.training.PainCheck;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A history turned into chart series: oldest first, morning pain beside the session's,
 * weeks added up from Monday with empty weeks shown as 0.
 */
class ExerciseProgressTests {

	@Test
	void shouldListSessionsOldestFirstWithTheMorningPainBesideThem() {
		SessionEntry older = entry("2026-11-02T18:00:00Z", new BigDecimal("53.3"), set(10, "40", null), 720, null, 1);
		SessionEntry newer = entry("2026-11-05T18:00:00Z", new BigDecimal("54.0"), set(6, "45", 4), 495, null, 4);
		ExerciseProgress progress = ExerciseProgress.of(history(newer, older),
				Map.of(newer.sessionId(), new PainCheck(newer.sessionId(), 2, "better", null)));

		assertThat(progress.points()).extracting(SessionPoint::date)
			.containsExactly(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 5));
		SessionPoint last = progress.points().get(1);
		assertThat(last.estimatedOneRepMaxKg()).isEqualByComparingTo("54.0");
		assertThat(last.bestSet()).isEqualTo("45 kg × 6");
		assertThat(last.bestReps()).isEqualTo(6);
		assertThat(last.pain()).isEqualTo(4);
		assertThat(last.morningPain()).isEqualTo(2);
		assertThat(progress.points().get(0).morningPain()).isNull();
		assertThat(progress.hasOneRepMax()).isTrue();
		assertThat(progress.hasHolds()).isFalse();
	}

	@Test
	void shouldAddUpVolumePerWeekFromMondayAndShowAnEmptyWeekAsZero() {
		// Mon 2 Nov and Thu 5 Nov are one week; nothing in the week of 9 Nov; Sun 22 Nov
		// belongs to the week of 16 Nov.
		SessionEntry a = entry("2026-11-02T18:00:00Z", null, set(10, "40", null), 400, null, null);
		SessionEntry b = entry("2026-11-05T07:00:00Z", null, set(10, "32", null), 320, null, null);
		SessionEntry c = entry("2026-11-22T18:00:00Z", null, set(5, "50", null), 250, null, null);
		ExerciseProgress progress = ExerciseProgress.of(history(c, b, a), Map.of());

		assertThat(progress.weeks()).extracting(WeekVolume::weekOf)
			.containsExactly(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 16));
		assertThat(progress.weeks()).extracting((w) -> w.volumeKg().toPlainString()).containsExactly("720", "0", "250");
		assertThat(progress.weeks()).extracting(WeekVolume::sessions).containsExactly(2, 0, 1);
	}

	@Test
	void shouldKeepOnlyTheLatestYearOfWeeks() {
		SessionEntry old = entry("2024-01-01T18:00:00Z", null, set(10, "40", null), 400, null, null);
		SessionEntry recent = entry("2026-11-02T18:00:00Z", null, set(10, "40", null), 400, null, null);
		List<WeekVolume> weeks = ExerciseProgress.of(history(recent, old), Map.of()).weeks();
		assertThat(weeks).hasSize(ExerciseProgress.MAX_WEEKS);
		assertThat(weeks.get(weeks.size() - 1).weekOf()).isEqualTo(LocalDate.of(2026, 11, 2));
	}

	@Test
	void shouldLeaveOutWarmUpsFromBestRepsAndShowHoldsAlone() {
		LoggedSet warmUp = new LoggedSet(UUID.randomUUID(), UUID.randomUUID(), 1, "side-plank", "Side Plank", "warm-up",
				30, null, null, "both", null, null, null, null, OffsetDateTime.now());
		LoggedSet hold = new LoggedSet(UUID.randomUUID(), warmUp.sessionId(), 2, "side-plank", "Side Plank", "working",
				null, null, 45, "left", null, null, null, null, OffsetDateTime.now());
		SessionEntry entry = new SessionEntry(warmUp.sessionId(), OffsetDateTime.parse("2026-11-02T18:00:00Z"), null,
				List.of(warmUp, hold), hold, null, 0, BigDecimal.ZERO, 45, null);
		ExerciseProgress progress = ExerciseProgress.of(history(entry), Map.of());
		assertThat(progress.points().get(0).bestReps()).isNull();
		assertThat(progress.points().get(0).longestHoldSeconds()).isEqualTo(45);
		assertThat(progress.hasReps()).isFalse();
		assertThat(progress.hasHolds()).isTrue();
		assertThat(progress.hasVolume()).isFalse();
		assertThat(progress.hasOneRepMax()).isFalse();
	}

	private static ExerciseHistory history(SessionEntry... newestFirst) {
		return new ExerciseHistory(new ExerciseName("barbell-bench-press", "Barbell Bench Press"), "epley",
				List.of(newestFirst), List.of());
	}

	private static SessionEntry entry(String startedAt, BigDecimal oneRepMax, LoggedSet set, int volume, Integer hold,
			Integer pain) {
		UUID session = UUID.randomUUID();
		LoggedSet inSession = new LoggedSet(set.id(), session, 1, set.exercise(), set.exerciseName(), set.setType(),
				set.reps(), set.loadKg(), set.holdSeconds(), set.side(), null, null, set.pain(), null,
				OffsetDateTime.parse(startedAt));
		return new SessionEntry(session, OffsetDateTime.parse(startedAt).withOffsetSameInstant(ZoneOffset.UTC), null,
				List.of(inSession), inSession, oneRepMax, set.reps(), BigDecimal.valueOf(volume), hold, pain);
	}

	private static LoggedSet set(int reps, String kg, Integer pain) {
		return new LoggedSet(UUID.randomUUID(), UUID.randomUUID(), 1, "barbell-bench-press", "Barbell Bench Press",
				"working", reps, new BigDecimal(kg), null, "both", null, null, pain, null, OffsetDateTime.now());
	}

}
