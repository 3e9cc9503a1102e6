package org.fitatlas.catalog;

/**
 * A health condition (a taxonomy token) under which the exercise should not be done, and
 * why.
 */
public record Contraindication(String condition, String reason) {

	public Contraindication {
		if (condition.isBlank() || reason.isBlank()) {
			throw new IllegalArgumentException("a contraindication needs a condition and a reason");
		}
	}

}
