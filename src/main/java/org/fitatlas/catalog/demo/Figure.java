package org.fitatlas.catalog.demo;

/**
 * The drawn person: segment lengths as fractions of body height after Drillis and Contini
 * (1966), as tabled in Winter, Biomechanics and Motor Control of Human Movement (2009),
 * for a person 175 cm tall. All lengths are in centimetres.
 */
public final class Figure {

	/** Body height. */
	public static final double HEIGHT = 175;

	public static final double PELVIS = 0.11 * HEIGHT;

	public static final double CHEST = 0.178 * HEIGHT;

	public static final double NECK = 0.05 * HEIGHT;

	public static final double HEAD_RADIUS = 0.063 * HEIGHT;

	public static final double UPPER_ARM = 0.186 * HEIGHT;

	public static final double FOREARM = 0.146 * HEIGHT;

	public static final double HAND = 0.075 * HEIGHT;

	/** From the wrist to the middle of a closed fist. */
	public static final double GRIP = 0.045 * HEIGHT;

	public static final double THIGH = 0.245 * HEIGHT;

	public static final double SHANK = 0.246 * HEIGHT;

	/** Height of the ankle joint above the sole. */
	public static final double ANKLE_HEIGHT = 0.039 * HEIGHT;

	/** From the ankle forward to the tip of the toes, along the sole. */
	public static final double TOE = 0.11 * HEIGHT;

	/** From the ankle back to the heel, along the sole. */
	public static final double HEEL = 0.035 * HEIGHT;

	/** Half the shoulder width and half the hip width, seen from the front. */
	public static final double HALF_SHOULDERS = 0.115 * HEIGHT;

	public static final double HALF_HIPS = 0.07 * HEIGHT;

	private Figure() {
	}

}
