package org.fitatlas.catalog.demo;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the demos honest: solves every moment of a demo's loop and reports a segment
 * whose length changes, a joint beyond its range, a body point through the floor or a
 * prop, and a support point that leaves its place during a move.
 */
public final class DemoChecks {

	/** How far a support point may drift (cm) before it counts as sliding. */
	static final double SLIDE = 1.0;

	/** How far past a joint's range (degrees) a drawn angle may go. */
	static final double LIMIT_TOLERANCE = 1.0;

	private DemoChecks() {
	}

	/**
	 * Every problem found, each naming the pose or move and the part; empty when honest.
	 */
	public static List<String> check(Demo demo) {
		Set<String> problems = new LinkedHashSet<>();
		List<Motion.Moment> moments = Motion.of(demo);
		Map<Part, Double> lengths = null;
		for (Motion.Moment moment : moments) {
			String when = when(demo, moment);
			Frame frame = moment.frame();
			Map<Part, double[]> drawn = redraw(frame);
			Map<Part, Double> measured = new EnumMap<>(Part.class);
			for (Part part : Part.values()) {
				double[] solved = frame.origin().get(part);
				double[] picture = drawn.get(part);
				if (Math.hypot(solved[0] - picture[0], solved[1] - picture[1]) > 0.5) {
					problems.add(when + ": the drawn " + name(part) + " is not where the pose puts it");
				}
				if (part.parent != null) {
					double[] parent = drawn.get(part.parent);
					measured.put(part, Math.hypot(picture[0] - parent[0], picture[1] - parent[1]));
				}
			}
			if (lengths == null) {
				lengths = measured;
			}
			for (Map.Entry<Part, Double> entry : measured.entrySet()) {
				if (Math.abs(entry.getValue() - lengths.get(entry.getKey())) > 0.5) {
					problems.add(when + ": the segment to the " + name(entry.getKey()) + " changes length from "
							+ cm(lengths.get(entry.getKey())) + " to " + cm(entry.getValue()));
				}
			}
			limits(demo, when, frame, problems);
			through(demo, when, frame, problems);
			for (Frame.Contact contact : frame.contacts()) {
				if (contact.miss() > SLIDE) {
					problems.add(when + ": the " + side(demo.view(), contact.side()) + " "
							+ contact.support().point().token() + " leave their place by " + cm(contact.miss()));
				}
			}
		}
		return new ArrayList<>(problems);
	}

	private static void limits(Demo demo, String when, Frame frame, Set<String> problems) {
		for (Joint joint : Joint.values()) {
			for (int side = 0; side < (joint.paired() ? 2 : 1); side++) {
				double angle = frame.angles().get(joint)[side];
				double min = joint.min(demo.view());
				double max = joint.max(demo.view());
				if (angle < min - LIMIT_TOLERANCE || angle > max + LIMIT_TOLERANCE) {
					problems.add(when + ": the " + (joint.paired() ? side(demo.view(), side) + " " : "") + joint.token()
							+ " is at " + Math.round(angle) + "°, outside its range " + Math.round(min) + "° to "
							+ Math.round(max) + "°");
				}
			}
		}
	}

	private static void through(Demo demo, String when, Frame frame, Set<String> problems) {
		boolean inWater = demo.props().stream().anyMatch((p) -> p.kind() == Prop.Kind.WATER);
		for (Map.Entry<String, double[]> point : frame.points().entrySet()) {
			double[] p = point.getValue();
			double below = (point.getKey().equals("HEAD") ? p[1] + Figure.HEAD_RADIUS : p[1]);
			if (!inWater && below > Scene.TOLERANCE) {
				problems.add(when + ": the " + pointName(point.getKey()) + " is " + cm(below) + " below the floor");
			}
			for (Prop prop : demo.props()) {
				if (prop.solid() && Scene.depthInside(prop, p) > Scene.TOLERANCE) {
					problems.add(when + ": the " + pointName(point.getKey()) + " passes "
							+ cm(Scene.depthInside(prop, p)) + " into the " + prop.kind().token());
				}
			}
		}
	}

	/** The joints as the picture places them: the fixed offsets turned by each group. */
	static Map<Part, double[]> redraw(Frame frame) {
		Map<Part, double[]> points = new EnumMap<>(Part.class);
		Map<Part, Double> turn = new EnumMap<>(Part.class);
		for (Part part : Part.values()) {
			if (part.parent == null) {
				points.put(part, frame.origin().get(part));
				turn.put(part, frame.rotation().get(part));
				continue;
			}
			double parentTurn = Math.toRadians(turn.get(part.parent));
			double x = part.across(frame.view());
			double y = part.along();
			double[] base = points.get(part.parent);
			points.put(part, new double[] { base[0] + x * Math.cos(parentTurn) - y * Math.sin(parentTurn),
					base[1] + x * Math.sin(parentTurn) + y * Math.cos(parentTurn) });
			turn.put(part, turn.get(part.parent) + frame.rotation().get(part));
		}
		return points;
	}

	private static String when(Demo demo, Motion.Moment moment) {
		List<Pose> poses = demo.poses();
		Pose from = poses.get(moment.phase());
		if (poses.size() == 1) {
			return "pose '" + from.name() + "'";
		}
		Pose to = poses.get((moment.phase() + 1) % poses.size());
		return "move '" + from.name() + "' to '" + to.name() + "' at "
				+ String.format(Locale.ROOT, "%.1f", moment.seconds()) + " s";
	}

	static String side(Joint.View view, int side) {
		if (view == Joint.View.FRONT) {
			return (side == 0) ? "left" : "right";
		}
		return (side == 0) ? "near" : "far";
	}

	private static String name(Part part) {
		String name = part.name().toLowerCase(Locale.ROOT).replace('_', ' ');
		return name.endsWith(" 0") ? "near " + name.substring(0, name.length() - 2)
				: name.endsWith(" 1") ? "far " + name.substring(0, name.length() - 2) : name;
	}

	private static String pointName(String key) {
		String[] words = key.split(" ");
		if (words.length == 1) {
			return key.toLowerCase(Locale.ROOT);
		}
		return name(Part.valueOf(words[0])) + " " + words[1];
	}

	private static String cm(double value) {
		return String.format(Locale.ROOT, "%.1f cm", value);
	}

}
