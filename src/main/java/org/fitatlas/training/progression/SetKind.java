package org.fitatlas.training.progression;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a logged set was meant to be. Only working sets count toward progression.
 */
public enum SetKind {

	WARM_UP("warm-up"), WORKING("working"), DROP("drop"), FAILURE("failure");

	private final String token;

	SetKind(String token) {
		this.token = token;
	}

	public String token() {
		return this.token;
	}

	public static Optional<SetKind> of(String token) {
		return Arrays.stream(values()).filter((k) -> k.token.equals(token)).findFirst();
	}

	public static String allowed() {
		return Arrays.stream(values()).map(SetKind::token).collect(Collectors.joining(", "));
	}

}
