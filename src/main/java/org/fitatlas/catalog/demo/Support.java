package org.fitatlas.catalog.demo;

import java.util.Locale;
import java.util.Optional;

/**
 * A point of the body that rests on something and must stay where it is: the feet on the
 * floor, the hands on a bench, the grip on a bar.
 *
 * @param point which part of the body
 * @param sides which side's limb (0 near or left, 1 far or right, 2 both)
 * @param x where it rests, forward (cm); seen from the front, the left side's place (the
 * right side's is mirrored)
 * @param y where it rests, up (cm): the surface under a foot or hand, the bar's centre
 * for a grip
 * @param angle the direction of the foot or hand resting there (0 pointing down, 90
 * forward, 180 up), or NaN when the pose's own joint angles set it (a heel rising on the
 * toes)
 */
public record Support(Point point, int sides, double x, double y, double angle) {

	public Support {
		if (sides < 0 || sides > 2) {
			throw new IllegalArgumentException("sides must be 0 (near), 1 (far) or 2 (both), was " + sides);
		}
	}

	public boolean covers(int side) {
		return this.sides == 2 || this.sides == side;
	}

	/** The points of the body that can rest on something. */
	public enum Point {

		/** Feet flat: the ankle above the sole, heel and toes down. */
		FEET("foot", 90),
		/** On the toes: the tips of the toes stay, the foot at {@code angle}. */
		TOES("foot", 0),
		/** On the heels: the heels stay, the foot at {@code angle}. */
		HEELS("foot", 180),
		/** Palms flat: the wrist above the surface. */
		HANDS("hand", 90),
		/** A closed hand round a bar or handle: the middle of the fist stays. */
		GRIP("hand", 0),
		/** Kneeling: the knee stays (only as the figure's anchor). */
		KNEES("knee", 0),
		/** On the forearms: the elbow stays (only as the figure's anchor). */
		ELBOWS("elbow", 0),
		/** Sitting or lying: the hip stays (only as the figure's anchor). */
		HIP("hip", 0);

		private final String word;

		private final double defaultAngle;

		Point(String word, double defaultAngle) {
			this.word = word;
			this.defaultAngle = defaultAngle;
		}

		public double defaultAngle() {
			return this.defaultAngle;
		}

		public boolean onArm() {
			return this == HANDS || this == GRIP || this == ELBOWS;
		}

		/**
		 * Whether the limb reaching it can be solved (two segments between joint and
		 * point).
		 */
		public boolean reachable() {
			return this != KNEES && this != ELBOWS && this != HIP;
		}

		public String token() {
			return name().toLowerCase(Locale.ROOT);
		}

		public static Optional<Point> of(String token) {
			for (Point point : values()) {
				if (point.token().equals(token)) {
					return Optional.of(point);
				}
			}
			return Optional.empty();
		}

		String word() {
			return this.word;
		}

	}

}
