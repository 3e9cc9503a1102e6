package org.fitatlas.catalog.demo;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The figure solved for one moment: each part's direction and joint (picture coordinates,
 * y down, cm), the joint angles it reached and where each support point ended up.
 *
 * @param theta each part's direction in degrees (0 down, 90 forward)
 * @param rotation each part's turn against its parent, in degrees as the picture turns it
 * @param origin each part's joint position
 * @param angles the joint angles reached, per side
 * @param contacts for each support and side, the point that rests there
 */
record Frame(Joint.View view, Map<Part, Double> theta, Map<Part, Double> rotation, Map<Part, double[]> origin,
		Map<Joint, double[]> angles, List<Contact> contacts) {

	/** A support point as reached, against where it should rest (picture coordinates). */
	record Contact(Support support, int side, double[] reached, double[] wanted) {

		double miss() {
			return Math.hypot(this.reached[0] - this.wanted[0], this.reached[1] - this.wanted[1]);
		}

	}

	double[] end(Part part) {
		double length = part.name().startsWith("FOOT") ? Kinematics.toe(this.view) : part.length;
		return Kinematics.along(this.origin.get(part), this.theta.get(part), length);
	}

	/** The points drawn for a part: its joint, its end and (for feet) heel and toes. */
	Map<String, double[]> points() {
		Map<String, double[]> points = new java.util.LinkedHashMap<>();
		for (Part part : Part.values()) {
			points.put(part.name() + " joint", this.origin.get(part));
			points.put(part.name() + " end", end(part));
		}
		for (int side = 0; side < 2; side++) {
			Part foot = Part.of("FOOT", side);
			points.put(foot.name() + " heel", Kinematics.heel(this, side));
			points.put(foot.name() + " toes", Kinematics.toes(this, side));
		}
		points.put("HEAD", Kinematics.headCentre(this));
		return points;
	}

	static Map<Part, double[]> newOrigins() {
		return new EnumMap<>(Part.class);
	}

}
