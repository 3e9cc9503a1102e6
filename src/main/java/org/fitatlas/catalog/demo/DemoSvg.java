package org.fitatlas.catalog.demo;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.fitatlas.catalog.demo.Scene.n;

/**
 * Draws a demo as one SVG: the figure as nested groups, each turning about its joint,
 * moved by CSS keyframes in the exercise's tempo; with reduced motion asked for, the
 * first pose and the pose furthest from it side by side instead. The target muscles are
 * tinted; a title and description carry the text alternative. No script.
 */
public final class DemoSvg {

	static final Map<Part, Double> WIDTH = widths();

	private static final String STYLE = ".b{fill:none;stroke-linecap:round;stroke-linejoin:round}"
			+ ".n{stroke:#1f2937;fill:#1f2937}.f{stroke:#9ca3af;fill:#9ca3af}.n line,.f line{fill:none}"
			+ ".t{stroke:#e4572e;stroke-linecap:round;fill:none}.f .t{stroke:#f3a38a}"
			+ ".floor{stroke:#6b7280;stroke-width:1.5}.mat{fill:#bfdbfe}.pad{fill:#6b7280}.frame{stroke:#9ca3af;stroke-width:3}"
			+ ".box{fill:#d6d3d1;stroke:#a8a29e}.wall{fill:#e5e7eb}.bar{fill:#374151}.ball{fill:#dbeafe;stroke:#60a5fa;stroke-width:1.5}"
			+ ".roller{fill:#fde68a;stroke:#d97706}.tower{fill:#f3f4f6;stroke:#d1d5db}.water{fill:#bae6fd;opacity:.6}"
			+ ".held{fill:#374151;stroke:#374151}.band{stroke:#16a34a;stroke-width:1.5;fill:none}"
			+ ".still{display:none}@media (prefers-reduced-motion:reduce){.anim{display:none}.still{display:inline}}";

	private DemoSvg() {
	}

	/**
	 * The picture for an exercise.
	 * @param title the exercise's name
	 * @param description the text alternative: what the movement is, step by step
	 * @param targetMuscles muscle tokens to tint
	 */
	public static String render(Demo demo, String title, String description, List<String> targetMuscles) {
		List<Motion.Moment> moments = Motion.of(demo);
		double[] box = bounds(demo, moments);
		double cycle = demo.cycleSeconds();
		StringBuilder svg = new StringBuilder(16_000);
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"")
			.append(n(box[0]))
			.append(' ')
			.append(n(box[1]))
			.append(' ')
			.append(n(box[2]))
			.append(' ')
			.append(n(box[3]))
			.append("\" role=\"img\" aria-labelledby=\"demo-title demo-desc\">");
		svg.append("<title id=\"demo-title\">").append(escape(title)).append("</title>");
		svg.append("<desc id=\"demo-desc\">").append(escape(description)).append("</desc>");
		svg.append("<style>").append(STYLE);
		Map<Part, String> animated = new EnumMap<>(Part.class);
		if (demo.animated()) {
			for (Part part : Part.values()) {
				String keyframes = keyframes(part, moments, cycle);
				if (keyframes != null) {
					String name = "k" + part.ordinal();
					animated.put(part, name);
					svg.append('.')
						.append(name)
						.append("{animation:")
						.append(name)
						.append(' ')
						.append(n(cycle))
						.append("s linear infinite}@keyframes ")
						.append(name)
						.append('{')
						.append(keyframes)
						.append('}');
				}
			}
		}
		svg.append("</style>");
		Frame first = moments.get(0).frame();
		svg.append("<g class=\"anim\">");
		scene(svg, demo, box);
		figure(svg, demo, first, animated, targetMuscles, moments, cycle);
		svg.append("</g>");
		Frame furthest = furthest(moments);
		svg.append("<g class=\"still\">");
		for (int half = 0; half < 2; half++) {
			svg.append("<g transform=\"translate(")
				.append(n(box[0] + half * box[2] / 2))
				.append(' ')
				.append(n(box[1] + box[3] / 4))
				.append(") scale(0.5) translate(")
				.append(n(-box[0]))
				.append(' ')
				.append(n(-box[1]))
				.append(")\">");
			scene(svg, demo, box);
			figure(svg, demo, (half == 0) ? first : furthest, Map.of(), targetMuscles, null, cycle);
			svg.append("</g>");
		}
		svg.append("</g></svg>");
		return svg.toString();
	}

	/**
	 * The body map for an exercise without a demonstration: the figure from the front,
	 * standing, its target muscles tinted, and a note that the movement is not drawn yet.
	 */
	public static String bodyMap(String title, String description, List<String> targetMuscles) {
		Pose stand = new Pose(
				"stand", 0, new double[] { 0, 92.8 }, Map.of(Joint.SHOULDER, new double[] { 12, 12 }, Joint.ELBOW,
						new double[] { 8, 8 }, Joint.HIP, new double[] { 6, 6 }, Joint.ANKLE, new double[] { 0, 0 }),
				0, 0);
		Demo demo = new Demo("body map", Joint.View.FRONT, List.of(), null, null, List.of(), List.of(stand), 0);
		String picture = render(demo, title, description, targetMuscles);
		String note = "<text x=\"0\" y=\"14\" text-anchor=\"middle\" font-family=\"sans-serif\" font-size=\"7\" "
				+ "fill=\"#374151\">A demonstration is not drawn yet</text>";
		return picture.replace("</svg>", note + "</svg>");
	}

	/**
	 * The moment whose joints differ most from the first: the other end of the movement.
	 */
	static Frame furthest(List<Motion.Moment> moments) {
		Frame first = moments.get(0).frame();
		Frame best = first;
		double most = -1;
		for (Motion.Moment moment : moments) {
			double distance = 0;
			for (Part part : Part.values()) {
				double[] a = first.origin().get(part);
				double[] b = moment.frame().origin().get(part);
				distance += Math.hypot(a[0] - b[0], a[1] - b[1]);
				double[] ea = first.end(part);
				double[] eb = moment.frame().end(part);
				distance += Math.hypot(ea[0] - eb[0], ea[1] - eb[1]);
			}
			if (distance > most + 1e-6) {
				most = distance;
				best = moment.frame();
			}
		}
		return best;
	}

	static double[] bounds(Demo demo, List<Motion.Moment> moments) {
		double minX = Double.MAX_VALUE;
		double maxX = -Double.MAX_VALUE;
		double minY = Double.MAX_VALUE;
		for (Motion.Moment moment : moments) {
			for (double[] p : moment.frame().points().values()) {
				minX = Math.min(minX, p[0]);
				maxX = Math.max(maxX, p[0]);
				minY = Math.min(minY, p[1]);
			}
			double[] head = Kinematics.headCentre(moment.frame());
			minY = Math.min(minY, head[1] - Figure.HEAD_RADIUS);
		}
		for (Prop prop : demo.props()) {
			if (prop.kind() == Prop.Kind.MAT || prop.kind() == Prop.Kind.WATER) {
				continue;
			}
			double half = (prop.kind() == Prop.Kind.WALL) ? 0 : prop.w() / 2;
			minX = Math.min(minX, prop.x() - half);
			maxX = Math.max(maxX, prop.x() + ((prop.kind() == Prop.Kind.WALL && prop.x() > 0) ? 14 : half));
			minX = Math.min(minX, prop.x() - ((prop.kind() == Prop.Kind.WALL && prop.x() < 0) ? 14 : 0));
			minY = Math.min(minY, -prop.y() - ((prop.kind() == Prop.Kind.BALL) ? prop.w() / 2 : 30));
		}
		double margin = 14;
		double width = maxX - minX + 2 * margin;
		double height = Math.max(0, -minY) + margin + 6;
		// keep a calm frame: never narrower than three quarters of its height
		double extra = Math.max(0, height * 0.75 - width);
		return new double[] { minX - margin - extra / 2, minY - margin, width + extra, height };
	}

	private static void scene(StringBuilder svg, Demo demo, double[] box) {
		for (Prop prop : demo.props()) {
			if (prop.kind() == Prop.Kind.WATER || prop.kind() == Prop.Kind.CABLE_TOWER) {
				Scene.draw(svg, prop);
			}
		}
		svg.append(Scene.line(box[0], 0, box[0] + box[2], 0, "floor"));
		for (Prop prop : demo.props()) {
			if (prop.kind() != Prop.Kind.WATER && prop.kind() != Prop.Kind.CABLE_TOWER) {
				Scene.draw(svg, prop);
			}
		}
	}

	private static void figure(StringBuilder svg, Demo demo, Frame frame, Map<Part, String> animated,
			List<String> muscles, List<Motion.Moment> moments, double cycle) {
		if (demo.held() != null && demo.held().from() != null) {
			for (int side = 0; side < 2; side++) {
				if (demo.held().in(side)) {
					HeldItems.line(svg, demo, frame, side, moments, cycle);
				}
			}
		}
		svg.append("<g class=\"b\">");
		open(svg, frame, Part.PELVIS, animated);
		for (Part part : List.of(Part.THIGH_1, Part.SHANK_1, Part.FOOT_1, Part.THIGH_0, Part.SHANK_0, Part.FOOT_0)) {
			limb(svg, demo, frame, part, animated, muscles);
		}
		segment(svg, demo, Part.PELVIS, muscles, "n");
		open(svg, frame, Part.CHEST, animated);
		for (Part part : List.of(Part.UPPER_ARM_1, Part.FOREARM_1, Part.HAND_1)) {
			limb(svg, demo, frame, part, animated, muscles);
		}
		segment(svg, demo, Part.CHEST, muscles, "n");
		open(svg, frame, Part.NECK, animated);
		segment(svg, demo, Part.NECK, muscles, "n");
		svg.append("<circle class=\"n\" cx=\"0\" cy=\"")
			.append(n(Figure.NECK + Figure.HEAD_RADIUS * 0.8))
			.append("\" r=\"")
			.append(n(Figure.HEAD_RADIUS))
			.append("\"/></g>");
		for (Part part : List.of(Part.UPPER_ARM_0, Part.FOREARM_0, Part.HAND_0)) {
			limb(svg, demo, frame, part, animated, muscles);
		}
		svg.append("</g></g></g>");
	}

	/**
	 * Opens the limb's own group, nested in its parent's (closed after the last segment).
	 */
	private static void limb(StringBuilder svg, Demo demo, Frame frame, Part part, Map<Part, String> animated,
			List<String> muscles) {
		open(svg, frame, part, animated);
		String shade = (part.side == 0) ? "n" : "f";
		if (part.name().startsWith("FOOT")) {
			double sole = Kinematics.mirrored(demo.view(), part.side) ? 1 : -1;
			double toe = Kinematics.toe(demo.view());
			svg.append("<path class=\"")
				.append(shade)
				.append("\" stroke-width=\"3\" d=\"M0 0L")
				.append(n(sole * Figure.ANKLE_HEIGHT))
				.append(' ')
				.append(n(-Figure.HEEL))
				.append('L')
				.append(n(sole * Figure.ANKLE_HEIGHT * 0.6))
				.append(' ')
				.append(n(toe))
				.append("Z\"/>");
		}
		else {
			segment(svg, demo, part, muscles, shade);
		}
		if (part.name().startsWith("HAND") && demo.held() != null && demo.held().in(part.side)) {
			HeldItems.draw(svg, demo.held());
		}
		if (part.name().startsWith("HAND") || part.name().startsWith("FOOT")) {
			svg.append("</g></g></g>");
		}
	}

	private static void open(StringBuilder svg, Frame frame, Part part, Map<Part, String> animated) {
		svg.append("<g");
		if (animated.containsKey(part)) {
			svg.append(" class=\"").append(animated.get(part)).append("\"");
			svg.append(" style=\"transform:").append(transform(frame, part)).append("\"");
		}
		else {
			svg.append(" transform=\"")
				.append(transform(frame, part).replace("px", "").replace("deg", ""))
				.append("\"");
		}
		svg.append('>');
	}

	private static void segment(StringBuilder svg, Demo demo, Part part, List<String> muscles, String shade) {
		double width = WIDTH.get(part);
		svg.append("<g class=\"").append(shade).append("\">");
		svg.append(Scene.line(0, 0, 0, part.length, "").replace("class=\"\"", "stroke-width=\"" + n(width) + "\""));
		for (String muscle : muscles) {
			for (Tint.Patch patch : Tint.MUSCLES.getOrDefault(muscle, List.of())) {
				if (Tint.covers(patch, part)) {
					double across = Tint.sideOf(part, patch.face(), demo.view()) * width * 0.22;
					double tint = (patch.face() == 0 || demo.view() == Joint.View.FRONT) ? width * 0.6 : width * 0.45;
					svg.append("<line class=\"t\" stroke-width=\"")
						.append(n(tint))
						.append("\" x1=\"")
						.append(n(across))
						.append("\" y1=\"")
						.append(n(part.length * patch.from()))
						.append("\" x2=\"")
						.append(n(across))
						.append("\" y2=\"")
						.append(n(part.length * patch.to()))
						.append("\"/>");
				}
			}
		}
		svg.append("</g>");
	}

	private static String transform(Frame frame, Part part) {
		double x;
		double y;
		if (part.parent == null) {
			x = frame.origin().get(part)[0];
			y = frame.origin().get(part)[1];
		}
		else {
			x = part.across(frame.view());
			y = part.along();
		}
		return "translate(" + n(x) + "px," + n(y) + "px) rotate(" + n(frame.rotation().get(part)) + "deg)";
	}

	/** The keyframes of one part, or null when it never moves. */
	private static String keyframes(Part part, List<Motion.Moment> moments, double cycle) {
		List<String> steps = new ArrayList<>();
		boolean moves = false;
		String firstTransform = transform(moments.get(0).frame(), part);
		for (Motion.Moment moment : moments) {
			String t = transform(moment.frame(), part);
			moves |= !t.equals(firstTransform);
			steps.add(String.format(java.util.Locale.ROOT, "%.2f", 100 * moment.seconds() / cycle) + "%{transform:" + t
					+ "}");
		}
		return moves ? String.join("", steps) : null;
	}

	private static Map<Part, Double> widths() {
		Map<Part, Double> widths = new EnumMap<>(Part.class);
		for (Part part : Part.values()) {
			String name = part.name();
			double width = name.startsWith("PELVIS") ? 13
					: name.startsWith("CHEST") ? 14
							: name.startsWith("NECK") ? 6 : name.startsWith("UPPER_ARM") ? 7
									: name.startsWith("FOREARM") ? 6 : name.startsWith("HAND") ? 4.5
											: name.startsWith("THIGH") ? 10 : name.startsWith("SHANK") ? 7.5 : 3;
			widths.put(part, width);
		}
		return widths;
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
