package org.fitatlas.catalog.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads the {@code demo:} block of a catalog file: a template of a base movement (from
 * {@code demos/templates.yml}) and the few things this exercise changes. Every problem
 * names the key and what is allowed.
 */
public final class DemoReader {

	static final Set<String> KEYS = Set.of("template", "view", "anchor", "props", "supports", "held", "poses", "joints",
			"tempo", "side");

	static final Set<String> POSE_KEYS = Set.of("name", "trunk", "at", "seconds", "hold");

	private final Map<String, Map<String, Object>> templates;

	private DemoReader(Map<String, Map<String, Object>> templates) {
		this.templates = templates;
	}

	/** A reader with the templates packaged with the application. */
	public static DemoReader withTemplates() {
		try (InputStream in = DemoReader.class.getClassLoader().getResourceAsStream("demos/templates.yml")) {
			if (in == null) {
				throw new IllegalStateException("No demos/templates.yml on the classpath");
			}
			return of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@SuppressWarnings("unchecked")
	static DemoReader of(String yaml) {
		Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
		Map<String, Map<String, Object>> templates = new LinkedHashMap<>();
		((Map<String, Object>) loaded).forEach((name, value) -> templates.put(name, (Map<String, Object>) value));
		return new DemoReader(templates);
	}

	public Set<String> templateNames() {
		return new TreeSet<>(this.templates.keySet());
	}

	/**
	 * The {@code demo:} block of a catalog file's front matter, as YAML loads it; empty
	 * when the file has none.
	 */
	public static Optional<Object> blockOf(String fileText) {
		String text = fileText.replace("\r\n", "\n");
		if (!text.startsWith("---\n")) {
			return Optional.empty();
		}
		int end = text.indexOf("\n---", 3);
		if (end < 0) {
			return Optional.empty();
		}
		try {
			Object yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(text.substring(4, end + 1));
			return (yaml instanceof Map<?, ?> map) ? Optional.ofNullable(map.get("demo")) : Optional.empty();
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

	/** What a demo block yielded: the demo, or the problems that stop it. */
	public record Result(Optional<Demo> demo, List<String> problems) {
	}

	/** Reads a demo block as the catalog file's YAML loader gave it. */
	public Result read(@Nullable Object block) {
		List<String> problems = new ArrayList<>();
		if (!(block instanceof Map<?, ?> raw)) {
			return new Result(Optional.empty(),
					List.of("demo: expected a map such as {template: push-up}, was " + block));
		}
		Map<String, Object> own = strings(raw);
		for (String key : own.keySet()) {
			if (!KEYS.contains(key)) {
				problems.add("demo." + key + ": unknown key; allowed: " + String.join(", ", new TreeSet<>(KEYS)));
			}
		}
		Object templateName = own.get("template");
		Map<String, Object> template = (templateName == null) ? Map.of() : this.templates.get(templateName.toString());
		if (templateName != null && template == null) {
			problems.add("demo.template: '" + templateName + "' is not a known template; allowed: "
					+ String.join(", ", templateNames()));
			return new Result(Optional.empty(), problems);
		}
		Map<String, Object> merged = new LinkedHashMap<>(template);
		for (String key : List.of("view", "anchor", "props", "supports", "held", "side")) {
			if (own.containsKey(key)) {
				merged.put(key, own.get(key));
			}
		}
		if (!problems.isEmpty()) {
			return new Result(Optional.empty(), problems);
		}
		try {
			return new Result(Optional.of(build(templateName == null ? "own" : templateName.toString(), merged, own)),
					problems);
		}
		catch (IllegalArgumentException | ClassCastException ex) {
			problems.add("demo: " + ex.getMessage());
			return new Result(Optional.empty(), problems);
		}
	}

	private Demo build(String name, Map<String, Object> merged, Map<String, Object> own) {
		Joint.View view = switch (String.valueOf(merged.getOrDefault("view", "side"))) {
			case "side" -> Joint.View.SIDE;
			case "front" -> Joint.View.FRONT;
			default -> throw new IllegalArgumentException("view '" + merged.get("view") + "' is not side or front");
		};
		List<Prop> props = new ArrayList<>();
		for (Object item : list(merged.get("props"), "props")) {
			props.add(prop(item));
		}
		List<Support> supports = new ArrayList<>();
		for (Object item : list(merged.get("supports"), "supports")) {
			supports.add(support(strings(map(item, "supports"))));
		}
		Support.Point anchor = null;
		if (merged.get("anchor") != null) {
			anchor = Support.Point.of(merged.get("anchor").toString())
				.orElseThrow(() -> new IllegalArgumentException("anchor '" + merged.get("anchor")
						+ "' is not a support point; allowed: " + tokens(Support.Point.values())));
		}
		Held held = (merged.get("held") != null) ? held(merged.get("held")) : null;
		List<Map<String, Object>> poseMaps = new ArrayList<>();
		Object ownPoses = own.get("poses");
		if (ownPoses instanceof List<?>) {
			for (Object item : list(ownPoses, "poses")) {
				poseMaps.add(strings(map(item, "poses")));
			}
		}
		else {
			for (Object item : list(merged.get("poses"), "poses")) {
				poseMaps.add(new LinkedHashMap<>(strings(map(item, "poses"))));
			}
			if (ownPoses != null) {
				Map<String, Object> changes = strings(map(ownPoses, "poses"));
				for (Map.Entry<String, Object> change : changes.entrySet()) {
					Map<String, Object> pose = poseMaps.stream()
						.filter((p) -> change.getKey().equals(String.valueOf(p.get("name"))))
						.findFirst()
						.orElseThrow(() -> new IllegalArgumentException(
								"poses." + change.getKey() + ": the template has no pose of that name; it has "
										+ poseMaps.stream().map((p) -> String.valueOf(p.get("name"))).toList()));
					pose.putAll(strings(map(change.getValue(), "poses." + change.getKey())));
				}
			}
		}
		if (own.get("joints") != null) {
			Map<String, Object> joints = strings(map(own.get("joints"), "joints"));
			for (Map<String, Object> pose : poseMaps) {
				pose.putAll(joints);
			}
		}
		List<?> tempo = (own.get("tempo") != null) ? list(own.get("tempo"), "tempo") : null;
		if (tempo != null && tempo.size() != poseMaps.size()) {
			throw new IllegalArgumentException(
					"tempo has " + tempo.size() + " durations for " + poseMaps.size() + " poses; give one per move");
		}
		List<Pose> poses = new ArrayList<>();
		Pose previous = null;
		for (int i = 0; i < poseMaps.size(); i++) {
			Pose pose = pose(poseMaps.get(i), previous, (tempo != null) ? number(tempo.get(i), "tempo") : null);
			poses.add(pose);
			previous = pose;
		}
		int side = 0;
		if (merged.get("side") != null) {
			side = switch (merged.get("side").toString()) {
				case "right" -> 0;
				case "left" -> 1;
				default -> throw new IllegalArgumentException("side '" + merged.get("side") + "' is not right or left");
			};
		}
		if (side == 1) {
			poses = poses.stream().map(Pose::mirrored).toList();
			supports = supports.stream()
				.map((s) -> new Support(s.point(), (s.sides() == 2) ? 2 : 1 - s.sides(), s.x(), s.y(), s.angle()))
				.toList();
			if (held != null && held.sides() != 2) {
				held = new Held(held.kind(), 1 - held.sides(), held.from());
			}
		}
		return new Demo(name, view, props, held, anchor, supports, poses, side);
	}

	private static Pose pose(Map<String, Object> map, @Nullable Pose previous, @Nullable Double tempo) {
		String name = String.valueOf(map.getOrDefault("name", "pose"));
		Map<Joint, double[]> angles = new EnumMap<>(Joint.class);
		if (previous != null) {
			angles.putAll(previous.angles());
		}
		for (Map.Entry<String, Object> entry : map.entrySet()) {
			if (POSE_KEYS.contains(entry.getKey())) {
				continue;
			}
			Joint joint = Joint.of(entry.getKey())
				.orElseThrow(() -> new IllegalArgumentException(
						"pose '" + name + "': '" + entry.getKey() + "' is not a joint or pose key; allowed: "
								+ String.join(", ", new TreeSet<>(POSE_KEYS)) + ", " + tokens(Joint.values())));
			angles.put(joint, pair(entry.getValue(), name + "." + entry.getKey()));
		}
		double trunk = map.containsKey("trunk") ? number(map.get("trunk"), name + ".trunk")
				: (previous != null) ? previous.trunk() : 0;
		double[] at = map.containsKey("at") ? pair(map.get("at"), name + ".at")
				: (previous != null) ? previous.at() : null;
		double seconds = (tempo != null) ? tempo
				: map.containsKey("seconds") ? number(map.get("seconds"), name + ".seconds") : 1.5;
		double hold = map.containsKey("hold") ? number(map.get("hold"), name + ".hold") : 0;
		return new Pose(name, trunk, at, angles, seconds, hold);
	}

	private static Prop prop(Object item) {
		Map<String, Object> map = (item instanceof Map<?, ?> m) ? strings(m) : Map.of("kind", item);
		Prop.Kind kind = Prop.Kind.of(String.valueOf(map.get("kind")))
			.orElseThrow(() -> new IllegalArgumentException(
					"prop '" + map.get("kind") + "' is not known; allowed: " + tokens(Prop.Kind.values())));
		return new Prop(kind, optional(map, "x", 0), optional(map, "y", kind.height()),
				optional(map, "w", kind.width()), optional(map, "h", kind.height()));
	}

	private static Support support(Map<String, Object> map) {
		Support.Point point = Support.Point.of(String.valueOf(map.get("point")))
			.orElseThrow(() -> new IllegalArgumentException("support point '" + map.get("point")
					+ "' is not known; allowed: " + tokens(Support.Point.values())));
		double[] at = pair(map.get("at"), "supports." + point.token() + ".at");
		double angle = "free".equals(map.get("angle")) ? Double.NaN : optional(map, "angle", point.defaultAngle());
		return new Support(point, sides(map.getOrDefault("side", "both")), at[0], at[1], angle);
	}

	private static Held held(Object value) {
		Map<String, Object> map = (value instanceof Map<?, ?> m) ? strings(m) : Map.of("kind", value);
		Held.Kind kind = Held.Kind.of(String.valueOf(map.get("kind")))
			.orElseThrow(() -> new IllegalArgumentException(
					"held '" + map.get("kind") + "' is not known; allowed: " + tokens(Held.Kind.values())));
		double[] from = map.containsKey("from") ? pair(map.get("from"), "held.from") : null;
		return new Held(kind, sides(map.getOrDefault("side", "both")), from);
	}

	private static int sides(Object value) {
		return switch (String.valueOf(value)) {
			case "near", "left-of-picture" -> 0;
			case "far" -> 1;
			case "both" -> 2;
			default -> throw new IllegalArgumentException("side '" + value + "' is not near, far or both");
		};
	}

	private static double optional(Map<String, Object> map, String key, double fallback) {
		return map.containsKey(key) ? number(map.get(key), key) : fallback;
	}

	private static double[] pair(@Nullable Object value, String what) {
		if (value instanceof Number number) {
			return new double[] { number.doubleValue(), number.doubleValue() };
		}
		if (value instanceof List<?> list && list.size() == 2) {
			return new double[] { number(list.get(0), what), number(list.get(1), what) };
		}
		throw new IllegalArgumentException(what + " must be a number or [a, b], was " + value);
	}

	private static double number(@Nullable Object value, String what) {
		if (value instanceof Number number) {
			return number.doubleValue();
		}
		throw new IllegalArgumentException(what + " must be a number, was " + value);
	}

	private static List<?> list(@Nullable Object value, String what) {
		if (value == null) {
			return List.of();
		}
		if (value instanceof List<?> list) {
			return list;
		}
		throw new IllegalArgumentException(what + " must be a list, was " + value);
	}

	private static Map<?, ?> map(@Nullable Object value, String what) {
		if (value instanceof Map<?, ?> map) {
			return map;
		}
		throw new IllegalArgumentException(what + " must be a map, was " + value);
	}

	private static Map<String, Object> strings(Map<?, ?> raw) {
		Map<String, Object> result = new LinkedHashMap<>();
		raw.forEach((k, v) -> result.put(String.valueOf(k), v));
		return result;
	}

	private static String tokens(Enum<?>[] values) {
		List<String> tokens = new ArrayList<>();
		for (Enum<?> value : values) {
			tokens.add(value.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
		}
		return String.join(", ", tokens);
	}

}
