package org.fitatlas.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Our own drawing of the body, front and back side by side, as SVG path data: a light
 * silhouette and one or more shapes per muscle token of the taxonomy.
 *
 * <p>
 * Each shape is a handful of points on the figure's right half (x from the midline, y
 * from the top of the head) joined by a smooth closed curve; paired muscles are mirrored
 * to the other half. The drawing is deliberately simple: it shows where a muscle sits,
 * not its anatomy.
 */
final class BodyMapShapes {

	/** The drawing's size in SVG units. */
	static final String VIEW_BOX = "0 0 360 412";

	static final double FRONT_X = 90;

	static final double BACK_X = 270;

	static final double TOP = 18;

	/** The muscles in drawing order: deep muscles come after those they lie under. */
	private static final Map<String, List<String>> MUSCLES = new LinkedHashMap<>();

	private static final List<String> OUTLINE = new ArrayList<>();

	static {
		for (double x : new double[] { FRONT_X, BACK_X }) {
			OUTLINE.add(ellipse(x, TOP + 24, 15, 19));
			OUTLINE.add(body(x));
		}
		// front view
		pair("neck", FRONT_X, 8, 42, 12, 45, 7, 62, 2, 63, 3, 55);
		pair("trapezius", FRONT_X, 12, 54, 26, 62, 40, 69, 27, 69, 12, 64);
		pair("deltoids", FRONT_X, 40, 71, 50, 74, 57, 86, 58, 102, 52, 108, 46, 96, 40, 82);
		pair("pectorals", FRONT_X, 4, 76, 20, 72, 38, 76, 44, 90, 40, 104, 26, 114, 12, 114, 4, 108);
		pair("biceps", FRONT_X, 46, 108, 54, 110, 60, 124, 60, 142, 54, 150, 48, 140, 46, 124);
		pair("forearms", FRONT_X, 52, 156, 62, 158, 68, 178, 68, 206, 60, 210, 56, 190, 52, 170);
		centre("rectus-abdominis", FRONT_X, 0, 116, 13, 117, 14, 150, 12, 185, 6, 208, 0, 210);
		pair("obliques", FRONT_X, 16, 118, 30, 112, 38, 130, 34, 160, 31, 176, 22, 180, 16, 160, 15, 135);
		pair("transverse-abdominis", FRONT_X, 15, 186, 30, 183, 36, 194, 29, 204, 18, 206, 14, 198);
		pair("quadriceps", FRONT_X, 22, 218, 34, 214, 40, 232, 38, 262, 34, 286, 24, 292, 16, 284, 14, 258, 16, 234);
		pair("adductors", FRONT_X, 6, 224, 13, 222, 15, 240, 13, 262, 9, 266, 6, 250, 5, 236);
		pair("abductors", FRONT_X, 36, 196, 42, 204, 42, 226, 38, 236, 34, 222, 33, 206);
		pair("iliopsoas", FRONT_X, 9, 208, 16, 205, 24, 213, 22, 224, 16, 228, 10, 219);
		pair("calves", FRONT_X, 14, 302, 20, 300, 21, 330, 16, 350, 13, 336, 12, 316);
		pair("calves", FRONT_X, 30, 302, 35, 312, 35, 332, 31, 352, 28, 330, 28, 312);
		// back view
		centre("trapezius", BACK_X, 0, 46, 8, 50, 12, 60, 28, 66, 44, 72, 30, 80, 16, 96, 8, 120, 0, 150);
		pair("deltoids", BACK_X, 42, 74, 52, 77, 58, 90, 57, 104, 50, 104, 44, 92);
		pair("rhomboids", BACK_X, 8, 90, 20, 86, 27, 92, 25, 110, 13, 122, 9, 110);
		pair("triceps", BACK_X, 46, 106, 56, 108, 60, 126, 60, 146, 54, 150, 48, 136, 45, 120);
		pair("forearms", BACK_X, 52, 156, 62, 158, 68, 178, 68, 206, 60, 210, 56, 190, 52, 170);
		pair("latissimus-dorsi", BACK_X, 28, 96, 40, 102, 40, 124, 34, 150, 24, 168, 14, 168, 13, 148, 20, 126, 23,
				108);
		pair("erector-spinae", BACK_X, 4, 124, 10, 124, 13, 150, 14, 178, 11, 196, 6, 194, 5, 170, 4, 150);
		pair("multifidus", BACK_X, 1, 178, 5, 177, 8, 196, 6, 213, 1, 215);
		pair("quadratus-lumborum", BACK_X, 15, 162, 24, 168, 28, 182, 24, 193, 17, 190, 14, 176);
		pair("gluteus-maximus", BACK_X, 4, 210, 18, 203, 33, 208, 42, 224, 38, 246, 24, 254, 10, 250, 4, 236);
		pair("gluteus-medius", BACK_X, 22, 192, 34, 190, 42, 202, 40, 215, 31, 210, 22, 203);
		pair("hamstrings", BACK_X, 8, 258, 22, 256, 36, 262, 36, 282, 30, 296, 22, 300, 14, 294, 10, 276);
		pair("calves", BACK_X, 14, 304, 24, 300, 34, 306, 36, 326, 30, 350, 22, 354, 16, 346, 12, 324);
	}

	private BodyMapShapes() {
	}

	/** Every muscle token drawn, in drawing order. */
	static List<String> muscles() {
		return List.copyOf(MUSCLES.keySet());
	}

	/** The path data of one muscle, front and back, both sides. */
	static List<String> paths(String muscle) {
		List<String> paths = MUSCLES.get(muscle);
		if (paths == null) {
			throw new IllegalArgumentException("the body map has no shape for the muscle '" + muscle + "'");
		}
		return Collections.unmodifiableList(paths);
	}

	/** The silhouettes: head and body, front and back. */
	static List<String> outline() {
		return Collections.unmodifiableList(OUTLINE);
	}

	private static void pair(String muscle, double centreX, double... xy) {
		add(muscle, smooth(centreX, xy, 1));
		add(muscle, smooth(centreX, xy, -1));
	}

	/** A shape across the midline: points on the right half, mirrored into one shape. */
	private static void centre(String muscle, double centreX, double... xy) {
		add(muscle, smooth(centreX, mirroredWhole(xy), 1));
	}

	private static void add(String muscle, String path) {
		MUSCLES.computeIfAbsent(muscle, (m) -> new ArrayList<>()).add(path);
	}

	/**
	 * The points followed by their mirror images in reverse, skipping those on the
	 * midline.
	 */
	private static double[] mirroredWhole(double[] xy) {
		List<Double> all = new ArrayList<>();
		for (double v : xy) {
			all.add(v);
		}
		for (int i = xy.length - 2; i >= 0; i -= 2) {
			if (xy[i] != 0) {
				all.add(-xy[i]);
				all.add(xy[i + 1]);
			}
		}
		return all.stream().mapToDouble(Double::doubleValue).toArray();
	}

	/** The outline of the body without the head: one half drawn, the other mirrored. */
	private static String body(double centreX) {
		double[] half = { 0, 44, 9, 46, 10, 60, 24, 66, 44, 72, 56, 84, 60, 104, 63, 130, 66, 152, 70, 180, 70, 212, 72,
				226, 68, 246, 60, 246, 58, 226, 58, 212, 54, 180, 50, 152, 46, 120, 42, 104, 40, 130, 34, 165, 38, 190,
				42, 215, 40, 250, 36, 285, 34, 300, 36, 330, 30, 365, 34, 384, 22, 390, 14, 386, 14, 365, 12, 330, 12,
				300, 8, 260, 4, 226, 0, 222 };
		return smooth(centreX, mirroredWhole(half), 1);
	}

	/**
	 * A closed Catmull-Rom curve through the points, written as cubic Béziers in absolute
	 * coordinates.
	 */
	static String smooth(double centreX, double[] xy, int side) {
		int n = xy.length / 2;
		double[] x = new double[n];
		double[] y = new double[n];
		for (int i = 0; i < n; i++) {
			x[i] = centreX + side * xy[2 * i];
			y[i] = TOP + xy[2 * i + 1];
		}
		StringBuilder d = new StringBuilder("M").append(num(x[0])).append(',').append(num(y[0]));
		for (int i = 0; i < n; i++) {
			int p0 = (i - 1 + n) % n;
			int p2 = (i + 1) % n;
			int p3 = (i + 2) % n;
			double c1x = x[i] + (x[p2] - x[p0]) / 6;
			double c1y = y[i] + (y[p2] - y[p0]) / 6;
			double c2x = x[p2] - (x[p3] - x[i]) / 6;
			double c2y = y[p2] - (y[p3] - y[i]) / 6;
			d.append('C')
				.append(num(c1x))
				.append(',')
				.append(num(c1y))
				.append(' ')
				.append(num(c2x))
				.append(',')
				.append(num(c2y))
				.append(' ')
				.append(num(x[p2]))
				.append(',')
				.append(num(y[p2]));
		}
		return d.append('Z').toString();
	}

	private static String ellipse(double cx, double cy, double rx, double ry) {
		return "M" + num(cx - rx) + "," + num(cy) + "a" + num(rx) + "," + num(ry) + " 0 1,0 " + num(2 * rx) + ",0a"
				+ num(rx) + "," + num(ry) + " 0 1,0 " + num(-2 * rx) + ",0Z";
	}

	private static String num(double v) {
		String s = String.format(Locale.ROOT, "%.1f", v);
		return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
	}

}
