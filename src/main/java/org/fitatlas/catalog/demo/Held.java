package org.fitatlas.catalog.demo;

import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What the hands hold and move with them: a dumbbell, a barbell, a kettlebell, a ball, a
 * stick or the handle of a band or cable (then {@code from} is where the band or cable is
 * fixed, x and y in cm).
 *
 * @param sides 0 the near (left) hand, 1 the far (right) hand, 2 both
 */
public record Held(Kind kind, int sides, double @Nullable [] from) {

	public Held {
		if (sides < 0 || sides > 2) {
			throw new IllegalArgumentException("sides must be 0, 1 or 2, was " + sides);
		}
	}

	public boolean in(int side) {
		return this.sides == 2 || this.sides == side;
	}

	/** The things a hand can hold. */
	public enum Kind {

		DUMBBELL, BARBELL, KETTLEBELL, MEDICINE_BALL, STICK, BAND, CABLE, AB_WHEEL, STRAP, ROPE;

		public String token() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

		public static Optional<Kind> of(String token) {
			for (Kind kind : values()) {
				if (kind.token().equals(token)) {
					return Optional.of(kind);
				}
			}
			return Optional.empty();
		}

	}

}
