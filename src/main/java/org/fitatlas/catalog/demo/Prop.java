package org.fitatlas.catalog.demo;

import java.util.Locale;
import java.util.Optional;

/**
 * Something the figure works on, with or against, placed in the scene (cm, x forward, y
 * up): a bench's {@code x} is its middle, {@code y} its top and {@code w} its length; a
 * ball's {@code x, y} its centre and {@code w} its diameter; a bar's {@code x, y} its
 * centre; a wall stands at {@code x} and fills the side away from the figure (x < 0:
 * behind it).
 */
public record Prop(Kind kind, double x, double y, double w, double h) {

	public Prop {
		if (w < 0 || h < 0) {
			throw new IllegalArgumentException("a prop's size must not be negative, was " + w + " × " + h);
		}
	}

	/**
	 * Whether the body may not pass through it (a mat or a cable line may be crossed).
	 */
	public boolean solid() {
		return this.kind.solid;
	}

	/** The props, with their usual size. */
	public enum Kind {

		MAT(false, 180, 1), BENCH(true, 120, 45), BALL(true, 65, 65), BOX(true, 50, 45), CHAIR(true, 45, 45),
		WALL(true, 10, 220), PULL_UP_BAR(true, 3, 3), PARALLEL_BARS(true, 50, 110), MACHINE(true, 50, 50),
		CABLE_TOWER(false, 20, 210), ROLLER(true, 15, 15), WATER(false, 300, 60), HYPEREXTENSION_BENCH(true, 90, 90),
		STEP(true, 40, 20);

		private final boolean solid;

		private final double width;

		private final double height;

		Kind(boolean solid, double width, double height) {
			this.solid = solid;
			this.width = width;
			this.height = height;
		}

		public double width() {
			return this.width;
		}

		public double height() {
			return this.height;
		}

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
