package org.fitatlas.planning.internal;

import java.util.List;

import org.fitatlas.planning.Plan;

/**
 * How long an item and a session take (docs/planning.md): 3 s a rep, holds as written,
 * each side counted, rest between sets, and 20 s to move to each exercise and set up.
 */
final class TimeModel {

	static final int SECONDS_PER_REP = 3;

	static final int TRANSITION = 20;

	private TimeModel() {
	}

	static int seconds(int sets, Integer reps, Integer repsMax, Integer holdSeconds, boolean perSide, int rest) {
		int work = (holdSeconds != null) ? holdSeconds
				: SECONDS_PER_REP * ((repsMax != null) ? repsMax : (reps != null) ? reps : 0);
		int sides = perSide ? 2 : 1;
		return TRANSITION + sets * sides * work + (sets - 1) * rest;
	}

	static int seconds(Plan.Item item) {
		return seconds(item.sets(), item.reps(), item.repsMax(), item.holdSeconds(), item.perSide(),
				item.restSeconds());
	}

	static int seconds(List<Plan.Item> items) {
		return items.stream().mapToInt(TimeModel::seconds).sum();
	}

	static int minutes(int seconds) {
		return (seconds + 59) / 60;
	}

}
