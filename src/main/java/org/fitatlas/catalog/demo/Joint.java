package org.fitatlas.catalog.demo;

import java.util.Locale;
import java.util.Optional;

/**
 * A joint of the figure, with the range a healthy adult reaches (after Norkin and White,
 * Measurement of Joint Motion, 2016, and the American Academy of Orthopaedic Surgeons'
 * normal values), in degrees. Positive is flexion (the forward bend); for the ankle,
 * dorsiflexion (toes towards the shin). Seen from the front, shoulder and hip angles are
 * abduction (away from the body's midline).
 */
public enum Joint {

	/** Lumbar and thoracic spine together: the upper trunk against the lower. */
	SPINE(-45, 85, -40, 40, false),
	/** The neck against the upper trunk. */
	NECK(-60, 50, -45, 45, false), SHOULDER(-60, 180, -45, 180, true), ELBOW(-5, 150, -5, 150, true),
	WRIST(-90, 90, -90, 90, true), HIP(-30, 135, -25, 55, true), KNEE(-5, 150, -5, 150, true),
	ANKLE(-50, 35, -50, 35, true);

	private final double min;

	private final double max;

	private final double frontMin;

	private final double frontMax;

	private final boolean paired;

	Joint(double min, double max, double frontMin, double frontMax, boolean paired) {
		this.min = min;
		this.max = max;
		this.frontMin = frontMin;
		this.frontMax = frontMax;
		this.paired = paired;
	}

	/** Whether there is one on each side of the body (a left and a right knee). */
	public boolean paired() {
		return this.paired;
	}

	public double min(View view) {
		return (view == View.FRONT) ? this.frontMin : this.min;
	}

	public double max(View view) {
		return (view == View.FRONT) ? this.frontMax : this.max;
	}

	public String token() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<Joint> of(String token) {
		for (Joint joint : values()) {
			if (joint.token().equals(token)) {
				return Optional.of(joint);
			}
		}
		return Optional.empty();
	}

	/** Which way the figure is seen. */
	public enum View {

		/** From the side, facing right: the near limbs are the figure's right ones. */
		SIDE,
		/** From the front, for movements that go sideways. */
		FRONT

	}

}
