package org.fitatlas.catalog.demo;

import java.util.List;

import static org.fitatlas.catalog.demo.Scene.n;

/**
 * Draws what the hands hold: the weight in the hand's own group (so it moves with it),
 * and a band or cable from where it is fixed to the hand, its end following the hand
 * through the loop.
 */
final class HeldItems {

	private HeldItems() {
	}

	static void draw(StringBuilder svg, Held held) {
		double g = Figure.GRIP - Figure.FOREARM * 0;
		String item = switch (held.kind()) {
			case DUMBBELL -> Scene.circle(0, g, 6.5, "held") + Scene.rect(-1.5, g - 9, 3, 18, "held");
			case BARBELL -> "<circle class=\"held\" cx=\"0\" cy=\"" + n(g) + "\" r=\"22\" fill-opacity=\".25\"/>"
					+ Scene.circle(0, g, 3, "held");
			case KETTLEBELL -> Scene.circle(0, g + 10, 8, "held");
			case MEDICINE_BALL -> Scene.circle(0, g + 10, 11, "held");
			case AB_WHEEL -> Scene.circle(0, g, 9, "held");
			case STICK, STRAP, ROPE, BAND, CABLE -> Scene.circle(0, g, 2.5, "held");
		};
		svg.append(item);
	}

	/** A band or cable from where it is fixed to the hand, following the hand. */
	static void line(StringBuilder svg, Demo demo, Frame frame, int side, List<Motion.Moment> moments, double cycle) {
		double[] from = Kinematics.wanted(demo.view(),
				new Support(Support.Point.GRIP, 2, demo.held().from()[0], demo.held().from()[1], 0), side);
		double[] grip = grip(frame, side);
		svg.append("<path class=\"band\" d=\"").append(path(from, grip)).append("\">");
		if (moments != null && demo.animated()) {
			StringBuilder values = new StringBuilder();
			StringBuilder times = new StringBuilder();
			for (Motion.Moment moment : moments) {
				if (values.length() > 0) {
					values.append(';');
					times.append(';');
				}
				values.append(path(from, grip(moment.frame(), side)));
				times.append(String.format(java.util.Locale.ROOT, "%.4f", moment.seconds() / cycle));
			}
			svg.append("<animate attributeName=\"d\" dur=\"")
				.append(n(cycle))
				.append("s\" repeatCount=\"indefinite\" values=\"")
				.append(values)
				.append("\" keyTimes=\"")
				.append(times)
				.append("\"/>");
		}
		svg.append("</path>");
	}

	static double[] grip(Frame frame, int side) {
		Part forearm = Part.of("FOREARM", side);
		return Kinematics.along(frame.origin().get(forearm), frame.theta().get(forearm), Figure.FOREARM + Figure.GRIP);
	}

	static String path(double[] a, double[] b) {
		return "M" + n(a[0]) + " " + n(a[1]) + "L" + n(b[0]) + " " + n(b[1]);
	}

}
