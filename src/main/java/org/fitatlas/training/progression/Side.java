package org.fitatlas.training.progression;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which side a set worked: one-sided exercises log left and right apart.
 */
public enum Side {

	LEFT, RIGHT, BOTH;

	public String token() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<Side> of(String token) {
		return Arrays.stream(values()).filter((s) -> s.token().equals(token)).findFirst();
	}

	public static String allowed() {
		return Arrays.stream(values()).map(Side::token).collect(Collectors.joining(", "));
	}

}
