package org.fitatlas.training.progression;

/**
 * The answer to "how is the pain this morning?" the day after a session with pain.
 */
public record MorningCheck(int morningPain, Comparison comparedToBefore) {

	public MorningCheck {
		if (morningPain < 0 || morningPain > 10) {
			throw new IllegalArgumentException("morningPain must be 0..10, was " + morningPain);
		}
	}

	/** Compared with before the session. */
	public enum Comparison {

		BETTER, SAME, WORSE;

		public String token() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

		public static java.util.Optional<Comparison> of(String token) {
			return java.util.Arrays.stream(values()).filter((c) -> c.token().equals(token)).findFirst();
		}

	}

}
