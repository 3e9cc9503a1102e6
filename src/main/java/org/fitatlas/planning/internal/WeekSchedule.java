package org.fitatlas.planning.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The days of the week a plan trains on and the kind of each session: a split where
 * sessions fall on consecutive days, so the same muscles get 48 hours between them.
 */
final class WeekSchedule {

	private static final int[][] DAYS = { {}, { 1 }, { 1, 4 }, { 1, 3, 5 }, { 1, 2, 4, 5 }, { 1, 2, 3, 5, 6 },
			{ 1, 2, 3, 4, 5, 6 }, { 1, 2, 3, 4, 5, 6, 7 } };

	private static final String[] DAY_NAMES = { "", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };

	/**
	 * One training day: Monday is 1; neighbours when another session is the day before or
	 * after.
	 */
	record Day(int day, Slots.Day kind, boolean hasNeighbours) {
	}

	private WeekSchedule() {
	}

	/** The training days for this many sessions a week, each with its kind of session. */
	static List<Day> layOut(int daysPerWeek) {
		int[] days = DAYS[daysPerWeek];
		List<Day> sessions = new ArrayList<>();
		Map<Integer, Slots.Day> kinds = new HashMap<>();
		for (int day : days) {
			Set<Slots.Day> taken = new HashSet<>();
			boolean neighbours = false;
			for (int other : days) {
				if (other != day && adjacent(day, other)) {
					neighbours = true;
					if (kinds.containsKey(other)) {
						taken.add(kinds.get(other));
					}
				}
			}
			Slots.Day kind = Slots.Day.FULL;
			if (neighbours) {
				for (Slots.Day candidate : List.of(Slots.Day.A, Slots.Day.B, Slots.Day.C)) {
					if (!taken.contains(candidate)) {
						kind = candidate;
						break;
					}
				}
			}
			kinds.put(day, kind);
			sessions.add(new Day(day, kind, neighbours));
		}
		return sessions;
	}

	/** True for consecutive days of the week, Sunday to Monday included. */
	static boolean adjacent(int a, int b) {
		int diff = Math.floorMod(a - b, 7);
		return diff == 1 || diff == 6;
	}

	static String dayName(int day) {
		return DAY_NAMES[day];
	}

}
