package org.fitatlas.catalog.demo;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a pose into a solved {@link Frame}: directions from the joint angles, the limbs
 * that rest on something solved to reach their support (two-segment inverse kinematics,
 * knees bending forward and elbows back), and the whole figure placed by its anchor.
 * Picture coordinates: x forward, y down, cm; the floor is y = 0.
 */
final class Kinematics {

	/** Height of the wrist above a flat palm. */
	static final double PALM = 2.5;

	private Kinematics() {
	}

	static Frame solve(Demo demo, Pose pose) {
		Joint.View view = demo.view();
		Map<Part, Double> theta = new EnumMap<>(Part.class);
		for (Part part : Part.values()) {
			theta.put(part, (part.parent == null) ? 180 - pose.trunk()
					: theta.get(part.parent) + turn(view, part, pose.angle(part.joint, part.side)));
		}
		for (Support support : demo.supports()) {
			for (int side = 0; side < 2; side++) {
				if (support.covers(side)) {
					orientEnd(view, theta, support, side);
				}
			}
		}
		Map<Part, double[]> origin = place(view, theta, new double[] { 0, 0 });
		double[] pelvis;
		Support anchor = null;
		int anchorSide = 0;
		if (demo.anchor() != null) {
			anchor = demo.supports().stream().filter((s) -> s.point() == demo.anchor()).findFirst().orElseThrow();
			anchorSide = anchor.covers(0) ? 0 : 1;
			double[] reached = point(view, theta, origin, anchor.point(), anchorSide);
			double[] wanted = wanted(view, anchor, anchorSide);
			pelvis = new double[] { wanted[0] - reached[0], wanted[1] - reached[1] };
		}
		else {
			pelvis = new double[] { pose.at()[0], -pose.at()[1] };
		}
		origin = place(view, theta, pelvis);
		for (Support support : demo.supports()) {
			for (int side = 0; side < 2; side++) {
				if (support.covers(side) && support.point().reachable() && !(support == anchor && side == anchorSide)) {
					reach(view, theta, origin, support, side);
					origin = place(view, theta, pelvis);
				}
			}
		}
		List<Frame.Contact> contacts = new ArrayList<>();
		for (Support support : demo.supports()) {
			for (int side = 0; side < 2; side++) {
				if (support.covers(side)) {
					contacts.add(new Frame.Contact(support, side, point(view, theta, origin, support.point(), side),
							wanted(view, support, side)));
				}
			}
		}
		Map<Part, Double> rotation = new EnumMap<>(Part.class);
		Map<Joint, double[]> angles = new EnumMap<>(Joint.class);
		for (Joint joint : Joint.values()) {
			angles.put(joint, new double[2]);
		}
		for (Part part : Part.values()) {
			if (part.parent == null) {
				rotation.put(part, -theta.get(part));
				continue;
			}
			double angle = angleOf(view, part, theta.get(part) - theta.get(part.parent));
			angles.get(part.joint)[part.side] = angle;
			rotation.put(part, -turn(view, part, angle));
		}
		return new Frame(view, theta, rotation, origin, angles, contacts);
	}

	/** The change of direction a joint angle makes from parent to child. */
	static double turn(Joint.View view, Part part, double angle) {
		double turn = part.sign() * angle + part.offset();
		return mirrored(view, part.side) ? -turn : turn;
	}

	/** The joint angle that makes this change of direction, in -180..180. */
	static double angleOf(Joint.View view, Part part, double difference) {
		double turn = mirrored(view, part.side) ? -difference : difference;
		return normalize((turn - part.offset()) / part.sign());
	}

	static boolean mirrored(Joint.View view, int side) {
		return view == Joint.View.FRONT && side == 1;
	}

	static double normalize(double degrees) {
		double d = degrees % 360;
		if (d > 180) {
			d -= 360;
		}
		if (d <= -180) {
			d += 360;
		}
		return d;
	}

	static double[] along(double[] from, double thetaDegrees, double length) {
		double t = Math.toRadians(thetaDegrees);
		return new double[] { from[0] + Math.sin(t) * length, from[1] + Math.cos(t) * length };
	}

	/** The part's local x axis: across the segment. */
	static double[] across(double thetaDegrees) {
		double t = Math.toRadians(thetaDegrees);
		return new double[] { Math.cos(t), -Math.sin(t) };
	}

	static Map<Part, double[]> place(Joint.View view, Map<Part, Double> theta, double[] pelvis) {
		Map<Part, double[]> origin = new EnumMap<>(Part.class);
		for (Part part : Part.values()) {
			if (part.parent == null) {
				origin.put(part, pelvis);
				continue;
			}
			double[] base = along(origin.get(part.parent), theta.get(part.parent), part.along());
			double[] x = across(theta.get(part.parent));
			double side = part.across(view);
			origin.put(part, new double[] { base[0] + x[0] * side, base[1] + x[1] * side });
		}
		return origin;
	}

	private static void orientEnd(Joint.View view, Map<Part, Double> theta, Support support, int side) {
		if (Double.isNaN(support.angle())) {
			return;
		}
		double angle = mirrored(view, side) ? -support.angle() : support.angle();
		switch (support.point()) {
			case FEET, TOES, HEELS -> theta.put(Part.of("FOOT", side), angle);
			case HANDS -> theta.put(Part.of("HAND", side), angle);
			default -> {
			}
		}
	}

	/** Where a support point should be, in picture coordinates. */
	static double[] wanted(Joint.View view, Support support, int side) {
		double x = (view == Joint.View.FRONT && side == 1) ? -support.x() : support.x();
		return new double[] { x, -support.y() };
	}

	/** The sole's (or palm's) outward normal: from the joint towards the surface. */
	static double[] sole(Joint.View view, double thetaDegrees, int side) {
		double[] x = across(thetaDegrees);
		double s = mirrored(view, side) ? 1 : -1;
		return new double[] { x[0] * s, x[1] * s };
	}

	static double[] point(Joint.View view, Map<Part, Double> theta, Map<Part, double[]> origin, Support.Point point,
			int side) {
		return switch (point) {
			case FEET -> offset(origin.get(Part.of("FOOT", side)), sole(view, theta.get(Part.of("FOOT", side)), side),
					Figure.ANKLE_HEIGHT);
			case TOES -> toes(view, theta, origin, side);
			case HEELS -> heel(view, theta, origin, side);
			case HANDS ->
				offset(origin.get(Part.of("HAND", side)), sole(view, theta.get(Part.of("HAND", side)), side), PALM);
			case GRIP -> along(origin.get(Part.of("FOREARM", side)), theta.get(Part.of("FOREARM", side)),
					Figure.FOREARM + Figure.GRIP);
			case KNEES -> origin.get(Part.of("SHANK", side));
			case ELBOWS -> origin.get(Part.of("FOREARM", side));
			case HIP -> origin.get(Part.PELVIS);
		};
	}

	/**
	 * The foot's length as drawn: seen from the front it points at the viewer, shortened.
	 */
	static double toe(Joint.View view) {
		return (view == Joint.View.FRONT) ? Figure.TOE * 0.45 : Figure.TOE;
	}

	static double[] offset(double[] from, double[] direction, double length) {
		return new double[] { from[0] + direction[0] * length, from[1] + direction[1] * length };
	}

	static double[] toes(Joint.View view, Map<Part, Double> theta, Map<Part, double[]> origin, int side) {
		Part foot = Part.of("FOOT", side);
		double[] tip = along(origin.get(foot), theta.get(foot), toe(view));
		return offset(tip, sole(view, theta.get(foot), side), Figure.ANKLE_HEIGHT * 0.6);
	}

	static double[] heel(Joint.View view, Map<Part, Double> theta, Map<Part, double[]> origin, int side) {
		Part foot = Part.of("FOOT", side);
		double[] back = along(origin.get(foot), theta.get(foot), -Figure.HEEL);
		return offset(back, sole(view, theta.get(foot), side), Figure.ANKLE_HEIGHT);
	}

	static double[] toes(Frame frame, int side) {
		return toes(frame.view(), frame.theta(), frame.origin(), side);
	}

	static double[] heel(Frame frame, int side) {
		return heel(frame.view(), frame.theta(), frame.origin(), side);
	}

	static double[] headCentre(Frame frame) {
		return along(frame.origin().get(Part.NECK), frame.theta().get(Part.NECK),
				Figure.NECK + Figure.HEAD_RADIUS * 0.8);
	}

	/**
	 * Turns the limb so its end reaches the support: the upper and lower segment solved
	 * from the triangle they make with the line to the target.
	 */
	private static void reach(Joint.View view, Map<Part, Double> theta, Map<Part, double[]> origin, Support support,
			int side) {
		boolean arm = support.point().onArm();
		Part upper = Part.of(arm ? "UPPER_ARM" : "THIGH", side);
		Part lower = Part.of(arm ? "FOREARM" : "SHANK", side);
		Part end = Part.of(arm ? "HAND" : "FOOT", side);
		double[] wanted = wanted(view, support, side);
		double[] target;
		double l2 = lower.length;
		switch (support.point()) {
			case GRIP -> {
				target = wanted;
				l2 = Figure.FOREARM + Figure.GRIP;
			}
			case HANDS, FEET ->
				target = offset(wanted, sole(view, theta.get(end), side), -(arm ? PALM : Figure.ANKLE_HEIGHT));
			case TOES -> {
				double[] tip = offset(wanted, sole(view, theta.get(end), side), -Figure.ANKLE_HEIGHT * 0.6);
				target = along(tip, theta.get(end), -toe(view));
			}
			case HEELS -> {
				double[] back = offset(wanted, sole(view, theta.get(end), side), -Figure.ANKLE_HEIGHT);
				target = along(back, theta.get(end), Figure.HEEL);
			}
			default -> {
				return;
			}
		}
		double[] root = origin.get(upper);
		double l1 = upper.length;
		double dx = target[0] - root[0];
		double dy = target[1] - root[1];
		double d = Math.max(Math.abs(l1 - l2) + 1e-6, Math.min(Math.hypot(dx, dy), l1 + l2 - 1e-6));
		double direction = Math.toDegrees(Math.atan2(dx, dy));
		double alpha = Math.toDegrees(Math.acos(clamp((l1 * l1 + d * d - l2 * l2) / (2 * l1 * d))));
		double bend = 180 - Math.toDegrees(Math.acos(clamp((l1 * l1 + l2 * l2 - d * d) / (2 * l1 * l2))));
		double s = (arm ? -1 : 1) * (mirrored(view, side) ? -1 : 1);
		double upperTheta = direction + s * alpha;
		double lowerTheta = upperTheta - s * bend;
		// keep the angles continuous with the parent's so the joint angle stays in range
		theta.put(upper, theta.get(upper.parent) + normalize(upperTheta - theta.get(upper.parent)));
		theta.put(lower, theta.get(upper) + normalize(lowerTheta - theta.get(upper)));
		if (support.point() == Support.Point.GRIP) {
			theta.put(end, theta.get(lower));
		}
	}

	private static double clamp(double cosine) {
		return Math.max(-1, Math.min(1, cosine));
	}

}
