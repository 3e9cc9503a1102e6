package org.fitatlas.training.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

import org.fitatlas.training.ExerciseHistory.PersonalRecord;
import org.fitatlas.training.ExerciseHistory.SessionEntry;
import org.fitatlas.training.LoggedSet;
import org.fitatlas.training.TrainingSession;
import org.jspecify.annotations.Nullable;

/**
 * Adds up one exercise's sessions: best set, estimated one-rep maximum, total reps,
 * volume (reps × kg), longest hold and highest pain per session, and the personal
 * records. Plain Java; the one-rep-max formula is passed in.
 */
public final class HistorySummary {

	/** Estimates of the one-rep maximum hold up to 10 reps (Whisenant et al. 2003). */
	static final int MAX_REPS_FOR_ESTIMATE = 10;

	/** The calculators' own bound on the weight. */
	static final BigDecimal MAX_LOAD_FOR_ESTIMATE = BigDecimal.valueOf(1000);

	private final BiFunction<BigDecimal, Integer, BigDecimal> oneRepMax;

	public HistorySummary(BiFunction<BigDecimal, Integer, BigDecimal> oneRepMax) {
		this.oneRepMax = oneRepMax;
	}

	/** The entries, newest session first, from sessions given oldest first. */
	public List<SessionEntry> entries(List<TrainingSession> sessions) {
		List<SessionEntry> entries = new ArrayList<>();
		for (TrainingSession session : sessions) {
			entries.add(0, entry(session));
		}
		return entries;
	}

	SessionEntry entry(TrainingSession session) {
		List<LoggedSet> counted = session.sets().stream().filter((s) -> !"warm-up".equals(s.setType())).toList();
		int totalReps = counted.stream().mapToInt((s) -> (s.reps() != null) ? s.reps() : 0).sum();
		BigDecimal volume = counted.stream()
			.filter((s) -> s.reps() != null && s.loadKg() != null)
			.map((s) -> s.loadKg().multiply(BigDecimal.valueOf(s.reps())))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		Integer longestHold = counted.stream()
			.map(LoggedSet::holdSeconds)
			.filter((h) -> h != null)
			.max(Integer::compare)
			.orElse(null);
		Integer maxPain = session.sets()
			.stream()
			.map(LoggedSet::pain)
			.filter((p) -> p != null)
			.max(Integer::compare)
			.orElse(null);
		BigDecimal best1rm = counted.stream()
			.map(this::estimate)
			.flatMap(Optional::stream)
			.max(Comparator.naturalOrder())
			.orElse(null);
		return new SessionEntry(session.id(), session.startedAt(), session.title(), session.sets(), best(counted),
				best1rm, totalReps, clean(volume), longestHold, maxPain);
	}

	/**
	 * The best set: highest estimated 1RM among loaded sets, else most reps, else longest
	 * hold.
	 */
	@Nullable LoggedSet best(List<LoggedSet> sets) {
		Optional<LoggedSet> loaded = sets.stream()
			.filter((s) -> estimate(s).isPresent())
			.max(Comparator.comparing((LoggedSet s) -> estimate(s).orElseThrow()));
		if (loaded.isPresent()) {
			return loaded.get();
		}
		Optional<LoggedSet> reps = sets.stream()
			.filter((s) -> s.reps() != null && s.reps() > 0)
			.max(Comparator.comparingInt(LoggedSet::reps));
		if (reps.isPresent()) {
			return reps.get();
		}
		return sets.stream()
			.filter((s) -> s.holdSeconds() != null)
			.max(Comparator.comparingInt(LoggedSet::holdSeconds))
			.orElse(null);
	}

	Optional<BigDecimal> estimate(LoggedSet set) {
		if (set.loadKg() == null || set.loadKg().signum() <= 0 || set.loadKg().compareTo(MAX_LOAD_FOR_ESTIMATE) > 0
				|| set.reps() == null || set.reps() < 1 || set.reps() > MAX_REPS_FOR_ESTIMATE) {
			return Optional.empty();
		}
		return Optional.of(this.oneRepMax.apply(set.loadKg(), set.reps()).setScale(1, RoundingMode.HALF_UP));
	}

	/** The personal records across every entry; the earliest set wins a tie. */
	public List<PersonalRecord> records(List<SessionEntry> newestFirst) {
		List<SessionEntry> entries = new ArrayList<>(newestFirst);
		java.util.Collections.reverse(entries);
		List<PersonalRecord> records = new ArrayList<>();
		List<Candidate> heaviest = new ArrayList<>();
		List<Candidate> estimated = new ArrayList<>();
		List<Candidate> reps = new ArrayList<>();
		List<Candidate> holds = new ArrayList<>();
		List<Candidate> volume = new ArrayList<>();
		for (SessionEntry entry : entries) {
			for (LoggedSet set : entry.sets()) {
				if ("warm-up".equals(set.setType())) {
					continue;
				}
				if (set.loadKg() != null && set.loadKg().signum() > 0 && set.reps() != null && set.reps() > 0) {
					heaviest.add(new Candidate(entry, set, set.loadKg()));
				}
				estimate(set).ifPresent((e) -> estimated.add(new Candidate(entry, set, e)));
				if (set.reps() != null && set.reps() > 0) {
					reps.add(new Candidate(entry, set, BigDecimal.valueOf(set.reps())));
				}
				if (set.holdSeconds() != null) {
					holds.add(new Candidate(entry, set, BigDecimal.valueOf(set.holdSeconds())));
				}
			}
			if (entry.volumeKg().signum() > 0) {
				volume.add(new Candidate(entry, null, entry.volumeKg()));
			}
		}
		top(heaviest).ifPresent((c) -> records
			.add(new PersonalRecord("heaviest-load", c.value(), "kg", c.entry().startedAt(), c.entry().sessionId(),
					c.requiredSet().id(), "Heaviest load: " + plain(c.value()) + " kg × " + c.requiredSet().reps())));
		top(estimated).ifPresent((c) -> records.add(new PersonalRecord("estimated-one-rep-max", c.value(), "kg",
				c.entry().startedAt(), c.entry().sessionId(), c.requiredSet().id(),
				"Best estimated one-rep maximum: " + plain(c.value()) + " kg (from " + plain(c.requiredSet().loadKg())
						+ " kg × " + c.requiredSet().reps() + ")")));
		top(reps).ifPresent((c) -> records.add(new PersonalRecord("most-reps", c.value(), "reps", c.entry().startedAt(),
				c.entry().sessionId(), c.requiredSet().id(),
				"Most reps in one set: " + plain(c.value()) + ((c.requiredSet().loadKg() != null)
						? " at " + plain(c.requiredSet().loadKg()) + " kg" : ""))));
		top(volume)
			.ifPresent((c) -> records.add(new PersonalRecord("most-volume", c.value(), "kg", c.entry().startedAt(),
					c.entry().sessionId(), null, "Most volume in one session: " + plain(c.value()) + " kg")));
		top(holds)
			.ifPresent((c) -> records.add(new PersonalRecord("longest-hold", c.value(), "s", c.entry().startedAt(),
					c.entry().sessionId(), c.requiredSet().id(), "Longest hold: " + plain(c.value()) + " s")));
		return records;
	}

	/** A record candidate: a set (or a whole session, for volume) and its value. */
	private record Candidate(SessionEntry entry, @Nullable LoggedSet set, BigDecimal value) {

		LoggedSet requiredSet() {
			return java.util.Objects.requireNonNull(this.set);
		}

	}

	/** The highest value; the earliest wins a tie, since candidates come oldest first. */
	private static Optional<Candidate> top(List<Candidate> candidates) {
		Candidate best = null;
		for (Candidate candidate : candidates) {
			if (best == null || candidate.value().compareTo(best.value()) > 0) {
				best = candidate;
			}
		}
		return Optional.ofNullable(best);
	}

	static String plain(BigDecimal value) {
		return clean(value).toPlainString();
	}

	static BigDecimal clean(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

}
