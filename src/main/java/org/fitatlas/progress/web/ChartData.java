package org.fitatlas.progress.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.fitatlas.progress.internal.ExerciseProgress;
import org.fitatlas.progress.internal.SessionPoint;
import org.fitatlas.training.BodyWeight;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The numbers the page's tables show, as the JSON the charts are drawn from: one entry
 * per chart with its kind, labels (ISO dates) and series.
 */
final class ChartData {

	private ChartData() {
	}

	static String json(JsonMapper json, @Nullable ExerciseProgress progress, String formulaLabel,
			List<BodyWeight> weights) {
		Map<String, Object> charts = new LinkedHashMap<>();
		if (progress != null) {
			List<SessionPoint> points = progress.points();
			if (progress.hasOneRepMax()) {
				charts.put("one-rep-max",
						line(points, SessionPoint::estimatedOneRepMaxKg, "Estimated 1RM (kg, " + formulaLabel + ")"));
			}
			if (progress.hasReps()) {
				charts.put("reps", whole(line(points, SessionPoint::bestReps, "Most reps in one set")));
			}
			if (progress.hasHolds()) {
				charts.put("hold", whole(line(points, SessionPoint::longestHoldSeconds, "Longest hold (s)")));
			}
			if (progress.hasVolume()) {
				charts.put("volume", chart("bar", progress.weeks().stream().map((w) -> w.weekOf().toString()).toList(),
						List.of(series("Volume per week (kg)",
								progress.weeks().stream().map((w) -> (Object) w.volumeKg().doubleValue()).toList()))));
			}
			if (progress.hasPain()) {
				List<String> labels = points.stream().map((p) -> p.date().toString()).toList();
				Map<String, Object> pain = whole(chart("line", labels,
						List.of(series("Highest pain during the session (0–10)", values(points, SessionPoint::pain)),
								series("Pain the next morning (0–10)", values(points, SessionPoint::morningPain)))));
				pain.put("min", 0);
				pain.put("max", 10);
				charts.put("pain", pain);
			}
		}
		if (!weights.isEmpty()) {
			charts.put("weight", chart("line", weights.stream().map((w) -> w.date().toString()).toList(), List
				.of(series("Body weight (kg)", weights.stream().map((w) -> (Object) w.kg().doubleValue()).toList()))));
		}
		// The JSON sits in a script element: "<" never closes it.
		return json.writeValueAsString(charts).replace("<", "\\u003c");
	}

	/** A chart of whole numbers: no 9.5 reps on its axis. */
	private static Map<String, Object> whole(Map<String, Object> chart) {
		chart.put("whole", true);
		return chart;
	}

	private static Map<String, Object> line(List<SessionPoint> points, Function<SessionPoint, @Nullable Object> value,
			String label) {
		List<SessionPoint> shown = points.stream().filter((p) -> value.apply(p) != null).toList();
		return chart("line", shown.stream().map((p) -> p.date().toString()).toList(),
				List.of(series(label, values(shown, value))));
	}

	private static List<@Nullable Object> values(List<SessionPoint> points,
			Function<SessionPoint, @Nullable Object> value) {
		List<@Nullable Object> values = new ArrayList<>();
		for (SessionPoint point : points) {
			Object v = value.apply(point);
			values.add((v instanceof BigDecimal decimal) ? decimal.doubleValue() : v);
		}
		return values;
	}

	private static Map<String, Object> chart(String type, List<String> labels, List<Map<String, Object>> series) {
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("type", type);
		chart.put("labels", labels);
		chart.put("series", series);
		return chart;
	}

	private static Map<String, Object> series(String label, List<? extends @Nullable Object> data) {
		Map<String, Object> series = new LinkedHashMap<>();
		series.put("label", label);
		series.put("data", data);
		return series;
	}

}
