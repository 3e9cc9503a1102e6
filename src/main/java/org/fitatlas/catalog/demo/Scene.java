package org.fitatlas.catalog.demo;

import java.util.Locale;

/**
 * Draws the props of a scene and says whether a point of the body is inside one. Picture
 * coordinates: x forward, y down, cm; the floor is y = 0.
 */
final class Scene {

	/**
	 * How deep a body point may sink into something soft-edged (a pad, skin on a mat).
	 */
	static final double TOLERANCE = 3;

	private Scene() {
	}

	/** How far inside the prop the point is (cm), or 0 when it is outside. */
	static double depthInside(Prop prop, double[] p) {
		double x = p[0];
		double y = -p[1];
		return switch (prop.kind()) {
			case BALL, ROLLER -> Math.max(0, prop.w() / 2 - Math.hypot(x - prop.x(), y - prop.y()));
			case PULL_UP_BAR, PARALLEL_BARS -> Math.max(0, 1.5 - Math.hypot(x - prop.x(), y - prop.y()));
			case WALL -> Math.max(0, (prop.x() < 0) ? prop.x() - x : x - prop.x());
			case BENCH, BOX, STEP -> box(x, y, prop.x() - prop.w() / 2, prop.x() + prop.w() / 2, 0, prop.y());
			case CHAIR, MACHINE, HYPEREXTENSION_BENCH ->
				box(x, y, prop.x() - prop.w() / 2, prop.x() + prop.w() / 2, prop.y() - 6, prop.y());
			default -> 0;
		};
	}

	private static double box(double x, double y, double left, double right, double bottom, double top) {
		if (x <= left || x >= right || y <= bottom || y >= top) {
			return 0;
		}
		return Math.min(Math.min(x - left, right - x), Math.min(y - bottom, top - y));
	}

	static void draw(StringBuilder svg, Prop prop) {
		double x = prop.x();
		double y = -prop.y();
		double w = prop.w();
		double h = prop.h();
		switch (prop.kind()) {
			case MAT -> svg.append(rect(x - w / 2, -1.2, w, 1.2, "mat"));
			case BENCH -> {
				svg.append(line(x - w / 2 + 8, y, x - w / 2 + 8, 0, "frame"));
				svg.append(line(x + w / 2 - 8, y, x + w / 2 - 8, 0, "frame"));
				svg.append(rect(x - w / 2, y, w, 6, "pad"));
			}
			case BOX, STEP -> svg.append(rect(x - w / 2, y, w, -y, "box"));
			case CHAIR -> {
				svg.append(line(x - w / 2 + 3, y, x - w / 2 + 3, 0, "frame"));
				svg.append(line(x + w / 2 - 3, y, x + w / 2 - 3, 0, "frame"));
				svg.append(line(x - w / 2 + 2, y, x - w / 2 + 2, y - h, "frame"));
				svg.append(rect(x - w / 2, y, w, 4, "pad"));
			}
			case MACHINE -> {
				svg.append(line(x, y, x, 0, "frame"));
				svg.append(rect(x - w / 2, y, w, 6, "pad"));
			}
			case HYPEREXTENSION_BENCH -> {
				svg.append(line(x, y, x, 0, "frame"));
				svg.append(rect(x - w / 2, y, w, 8, "pad"));
			}
			case WALL -> svg.append(rect((x < 0) ? x - 14 : x, -230, 14, 230, "wall"));
			case PULL_UP_BAR -> {
				svg.append(line(x, y, x, y - 25, "frame"));
				svg.append(circle(x, y, 2.5, "bar"));
			}
			case PARALLEL_BARS -> {
				svg.append(line(x, y, x, 0, "frame"));
				svg.append(circle(x, y, 2.5, "bar"));
			}
			case BALL -> svg.append(circle(x, y, w / 2, "ball"));
			case ROLLER -> svg.append(circle(x, y, w / 2, "roller"));
			case CABLE_TOWER -> svg.append(rect(x - w / 2, -h, w, h, "tower"));
			case WATER -> svg.append(rect(x - w / 2, y, w, -y, "water"));
		}
	}

	static String rect(double x, double y, double w, double h, String css) {
		double top = Math.min(y, y + h);
		return "<rect class=\"" + css + "\" x=\"" + n(x) + "\" y=\"" + n(top) + "\" width=\"" + n(w) + "\" height=\""
				+ n(Math.abs(h)) + "\"/>";
	}

	static String line(double x1, double y1, double x2, double y2, String css) {
		return "<line class=\"" + css + "\" x1=\"" + n(x1) + "\" y1=\"" + n(y1) + "\" x2=\"" + n(x2) + "\" y2=\""
				+ n(y2) + "\"/>";
	}

	static String circle(double x, double y, double r, String css) {
		return "<circle class=\"" + css + "\" cx=\"" + n(x) + "\" cy=\"" + n(y) + "\" r=\"" + n(r) + "\"/>";
	}

	static String n(double value) {
		String s = String.format(Locale.ROOT, "%.1f", value);
		return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s.equals("-0") ? "0" : s;
	}

}
