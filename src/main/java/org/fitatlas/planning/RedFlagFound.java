package org.fitatlas.planning;

import java.util.List;

/**
 * The person reported a sign that needs a clinician before any exercise plan.
 */
public final class RedFlagFound extends RuntimeException {

	private final List<RedFlag> flags;

	private RedFlagFound(List<RedFlag> flags) {
		super("Please see a doctor or go to urgent care now before starting any exercise plan: you reported "
				+ String.join(", ", flags.stream().map((f) -> f.token() + " (" + f.description() + ")").toList())
				+ ". These can be signs of a serious problem that needs checking first (NICE NG59).");
		this.flags = List.copyOf(flags);
	}

	public static RedFlagFound of(List<RedFlag> flags) {
		return new RedFlagFound(flags);
	}

	public List<RedFlag> flags() {
		return this.flags;
	}

}
