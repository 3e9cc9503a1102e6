package org.fitatlas.training.progression;

import java.util.List;

/**
 * Decides a person's next target for one exercise from what they logged: double
 * progression for loaded work, longer holds and harder variations for body-weight work, a
 * step back after failures, and the pain-monitoring model above all. Plain Java.
 */
public final class ProgressionEngine {

	private final Settings settings;

	public ProgressionEngine(Settings settings) {
		this.settings = settings;
	}

	/**
	 * The next target.
	 * @param ladder the exercise, with its easier and harder variations
	 * @param history the person's past sessions of {@code ladder.current()}, oldest first
	 */
	public Target next(Ladder ladder, List<SessionLog> history) {
		throw new IllegalStateException("being written");
	}

}
