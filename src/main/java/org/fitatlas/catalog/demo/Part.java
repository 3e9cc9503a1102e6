package org.fitatlas.catalog.demo;

import org.jspecify.annotations.Nullable;

/**
 * A drawn segment of the figure, nested in its parent at the joint that turns it. Side 0
 * is the near side (seen from the side) or the figure's left (seen from the front, on the
 * right of the picture); side 1 the other.
 */
enum Part {

	PELVIS(null, null, 0, Figure.PELVIS), CHEST(PELVIS, Joint.SPINE, 0, Figure.CHEST),
	NECK(CHEST, Joint.NECK, 0, Figure.NECK),

	UPPER_ARM_0(CHEST, Joint.SHOULDER, 0, Figure.UPPER_ARM), FOREARM_0(UPPER_ARM_0, Joint.ELBOW, 0, Figure.FOREARM),
	HAND_0(FOREARM_0, Joint.WRIST, 0, Figure.HAND),

	UPPER_ARM_1(CHEST, Joint.SHOULDER, 1, Figure.UPPER_ARM), FOREARM_1(UPPER_ARM_1, Joint.ELBOW, 1, Figure.FOREARM),
	HAND_1(FOREARM_1, Joint.WRIST, 1, Figure.HAND),

	THIGH_0(PELVIS, Joint.HIP, 0, Figure.THIGH), SHANK_0(THIGH_0, Joint.KNEE, 0, Figure.SHANK),
	FOOT_0(SHANK_0, Joint.ANKLE, 0, Figure.TOE),

	THIGH_1(PELVIS, Joint.HIP, 1, Figure.THIGH), SHANK_1(THIGH_1, Joint.KNEE, 1, Figure.SHANK),
	FOOT_1(SHANK_1, Joint.ANKLE, 1, Figure.TOE);

	@Nullable final Part parent;

	@Nullable final Joint joint;

	final int side;

	final double length;

	Part(@Nullable Part parent, @Nullable Joint joint, int side, double length) {
		this.parent = parent;
		this.joint = joint;
		this.side = side;
		this.length = length;
	}

	/**
	 * How a child's direction follows from its parent's and the joint angle: child =
	 * parent + sign × angle + offset (directions in degrees, 0 pointing down, 90
	 * forward).
	 */
	double sign() {
		if (this.joint == null) {
			return 0;
		}
		return switch (this.joint) {
			case SPINE, NECK, KNEE -> -1;
			default -> 1;
		};
	}

	double offset() {
		if (this.joint == null) {
			return 0;
		}
		return switch (this.joint) {
			case SHOULDER, HIP -> -180;
			case ANKLE -> 90;
			default -> 0;
		};
	}

	/**
	 * Where the joint sits in the parent's frame: along it, and (from the front) across.
	 */
	double along() {
		return (this.parent == null || this.joint == Joint.HIP) ? 0 : this.parent.length;
	}

	double across(Joint.View view) {
		if (view != Joint.View.FRONT) {
			return 0;
		}
		// the trunk points up, so its frame is turned half round: its x axis points to
		// the
		// figure's right
		double sideSign = (this.side == 0) ? -1 : 1;
		if (this.joint == Joint.SHOULDER) {
			return sideSign * Figure.HALF_SHOULDERS;
		}
		if (this.joint == Joint.HIP) {
			return sideSign * Figure.HALF_HIPS;
		}
		return 0;
	}

	Part opposite() {
		if (!this.joint.paired()) {
			return this;
		}
		return valueOf(name().substring(0, name().length() - 1) + (1 - this.side));
	}

	static Part of(String limb, int side) {
		return valueOf(limb + "_" + side);
	}

}
