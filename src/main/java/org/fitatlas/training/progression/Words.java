package org.fitatlas.training.progression;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How the reasons name what was logged: loads, dates, sets and effort, in plain words.
 */
final class Words {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMM", Locale.ENGLISH);

	private Words() {
	}

	static String kg(BigDecimal load) {
		return Loads.clean(load).toPlainString() + " kg";
	}

	static String day(LocalDate date) {
		return DAY.format(date);
	}

	static String rpe(BigDecimal rpe) {
		return Loads.clean(rpe).toPlainString();
	}

	/** "3 × 12 reps at 20 kg", "12, 11, 10 reps", "left 3 × 30 s, right 30, 25 s". */
	static String sets(List<SetLog> sets, boolean timed) {
		String unit = timed ? " s" : " reps";
		boolean oneSided = sets.stream().anyMatch((s) -> s.side() != Side.BOTH);
		String amounts = amounts(sets, Side.BOTH, timed);
		if (oneSided) {
			amounts = Stream.of(Side.LEFT, Side.RIGHT, Side.BOTH)
				.filter((side) -> sets.stream().anyMatch((s) -> s.side() == side))
				.map((side) -> side.token() + " " + amounts(sets, side, timed))
				.collect(Collectors.joining(", "));
		}
		BigDecimal load = sets.stream().map(Logged::load).max(Comparator.naturalOrder()).orElse(BigDecimal.ZERO);
		return amounts + unit + ((load.signum() > 0) ? " at " + kg(load) : "");
	}

	private static String amounts(List<SetLog> sets, Side side, boolean timed) {
		List<Integer> values = sets.stream()
			.filter((s) -> s.side() == side)
			.map((s) -> Logged.amount(s, timed))
			.toList();
		if (values.size() > 1 && values.stream().distinct().count() == 1) {
			return values.size() + " × " + values.get(0);
		}
		return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
	}

	/** "3 × 12 reps at 20 kg on Monday 30 Nov". */
	static String session(SessionLog session, List<SetLog> sets, boolean timed) {
		return sets(sets, timed) + " on " + day(session.date());
	}

	/** "at RPE 7–8", "at RPE 7 (effort not logged on 1 set, counted as on target)". */
	static String effort(List<SetLog> sets) {
		List<BigDecimal> efforts = sets.stream().map(SetLog::effort).flatMap(Optional::stream).toList();
		long missing = sets.size() - efforts.size();
		if (efforts.isEmpty()) {
			return "with effort not logged (counted as on target)";
		}
		BigDecimal low = efforts.stream().min(Comparator.naturalOrder()).orElseThrow();
		BigDecimal high = efforts.stream().max(Comparator.naturalOrder()).orElseThrow();
		String text = "at RPE " + rpe(low) + ((low.compareTo(high) == 0) ? "" : "–" + rpe(high));
		if (missing > 0) {
			text += " (effort not logged on " + missing + ((missing == 1) ? " set" : " sets")
					+ ", counted as on target)";
		}
		return text;
	}

}
