package org.fitatlas.training.progression;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Facts read from logged sessions: loads, the working sets at a load, reps or holds, pain
 * and effort. Only working sets count for progression; pain is read from every set.
 */
final class Logged {

	private Logged() {
	}

	static BigDecimal load(SetLog set) {
		return (set.loadKg() != null) ? set.loadKg() : BigDecimal.ZERO;
	}

	/** The heaviest working load of the session, zero for body-weight work. */
	static BigDecimal heaviest(SessionLog session) {
		return session.workingSets().stream().map(Logged::load).max(Comparator.naturalOrder()).orElse(BigDecimal.ZERO);
	}

	static boolean loaded(SessionLog session) {
		return heaviest(session).signum() > 0;
	}

	/**
	 * The working sets at the session's heaviest load; lighter back-off sets are left
	 * out.
	 */
	static List<SetLog> atHeaviest(SessionLog session) {
		BigDecimal heaviest = heaviest(session);
		return session.workingSets().stream().filter((s) -> load(s).compareTo(heaviest) == 0).toList();
	}

	/** Two sessions are at the same step when their heaviest working loads are equal. */
	static boolean sameLoad(SessionLog a, SessionLog b) {
		return heaviest(a).compareTo(heaviest(b)) == 0;
	}

	/** Reps, or seconds held for timed work; a value not logged counts as zero. */
	static int amount(SetLog set, boolean timed) {
		Integer value = timed ? set.holdSeconds() : set.reps();
		return (value != null) ? value : 0;
	}

	static int lowest(List<SetLog> sets, boolean timed) {
		return sets.stream().mapToInt((s) -> amount(s, timed)).min().orElse(0);
	}

	static boolean allAtLeast(List<SetLog> sets, int value, boolean timed) {
		return !sets.isEmpty() && sets.stream().allMatch((s) -> amount(s, timed) >= value);
	}

	/** A session fails when a working set (at its load) is below the range's bottom. */
	static boolean failed(SessionLog session, Prescription range) {
		return atHeaviest(session).stream().anyMatch((s) -> amount(s, range.timed()) < range.bottom());
	}

	/** The highest pain of any set, warm-ups included: pain anywhere counts. */
	static int maxPain(SessionLog session) {
		return session.sets()
			.stream()
			.map(SetLog::pain)
			.filter(Objects::nonNull)
			.mapToInt(Integer::intValue)
			.max()
			.orElse(0);
	}

	/**
	 * Sets per side: one-sided work logs left and right sets, which make one set each.
	 */
	static int setsPerSide(List<SetLog> sets) {
		Map<Side, Long> counts = sets.stream().collect(Collectors.groupingBy(SetLog::side, Collectors.counting()));
		return counts.values().stream().mapToInt(Long::intValue).max().orElse(0);
	}

	/** The last working set of each side. */
	static List<SetLog> lastPerSide(List<SetLog> sets) {
		Map<Side, SetLog> last = sets.stream()
			.collect(Collectors.toMap(SetLog::side, Function.identity(), (first, second) -> second));
		return List.copyOf(last.values());
	}

	static boolean aboveEffort(SetLog set, BigDecimal targetRpe) {
		return set.effort().map((e) -> e.compareTo(targetRpe) > 0).orElse(false);
	}

	static boolean effortMissing(List<SetLog> sets) {
		return sets.stream().anyMatch((s) -> s.effort().isEmpty());
	}

	static @Nullable BigDecimal loadOrNull(SessionLog session) {
		BigDecimal heaviest = heaviest(session);
		return (heaviest.signum() > 0) ? Loads.clean(heaviest) : null;
	}

}
