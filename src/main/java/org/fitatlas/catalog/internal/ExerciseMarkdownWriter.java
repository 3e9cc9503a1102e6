package org.fitatlas.catalog.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fitatlas.catalog.Contraindication;
import org.fitatlas.catalog.Dose;
import org.fitatlas.catalog.Effectiveness;
import org.fitatlas.catalog.Exercise;
import org.fitatlas.catalog.Faq;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes an exercise in the catalog file format, so that reading the result gives back
 * the same exercise. YAML quoting is left to SnakeYAML.
 */
public final class ExerciseMarkdownWriter {

	private static final Yaml FLOW;

	static {
		DumperOptions options = new DumperOptions();
		options.setDefaultFlowStyle(DumperOptions.FlowStyle.FLOW);
		options.setWidth(Integer.MAX_VALUE);
		options.setSplitLines(false);
		FLOW = new Yaml(options);
	}

	private ExerciseMarkdownWriter() {
	}

	public static String write(Exercise e) {
		StringBuilder out = new StringBuilder("---\n");
		field(out, "slug", e.slug());
		field(out, "name", e.name());
		listField(out, "aliases", e.aliases());
		field(out, "bodyPart", e.bodyPart());
		field(out, "targetMuscles", e.targetMuscles());
		listField(out, "secondaryMuscles", e.secondaryMuscles());
		if (e.written("equipment")) {
			field(out, "equipment", e.equipment());
		}
		field(out, "level", e.level());
		field(out, "category", e.category());
		written(out, e, "force", e.force());
		written(out, e, "mechanic", e.mechanic());
		written(out, e, "pattern", e.pattern());
		written(out, e, "position", e.position());
		written(out, e, "sides", e.sides());
		Dose defaultDose = e.defaultDose();
		if (defaultDose != null) {
			field(out, "defaultDose", dose(defaultDose));
		}
		listField(out, "easier", e.easier());
		listField(out, "harder", e.harder());
		listField(out, "alternatives", e.alternatives());
		if (!e.contraindications().isEmpty()) {
			out.append("contraindications:\n");
			for (Contraindication c : e.contraindications()) {
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("condition", c.condition());
				entry.put("reason", c.reason());
				out.append("  - ").append(flow(entry)).append('\n');
			}
		}
		listField(out, "traits", e.traits());
		Effectiveness eff = e.effectiveness();
		if (eff != null) {
			Map<String, Object> map = new LinkedHashMap<>();
			map.put("measure", eff.measure());
			map.put("value", (eff.value() == Math.rint(eff.value())) ? (Object) (long) eff.value() : eff.value());
			map.put("unit", eff.unit());
			map.put("source", eff.source());
			field(out, "effectiveness", map);
		}
		field(out, "sources", e.sources());
		listField(out, "missing", e.missing());
		out.append("---\n");
		if (e.written("summary")) {
			out.append("\n## Quick answer\n").append(e.summary()).append("\n");
		}
		if (e.written("steps")) {
			out.append("\n## How to perform\n");
			for (int i = 0; i < e.steps().size(); i++) {
				out.append(i + 1).append(". ").append(e.steps().get(i)).append('\n');
			}
		}
		if (e.written("tips")) {
			out.append("\n## Tips\n");
			e.tips().forEach((t) -> out.append("- ").append(t).append('\n'));
		}
		if (e.written("mistakes")) {
			out.append("\n## Common mistakes\n");
			e.mistakes().forEach((m) -> out.append("- ").append(m).append('\n'));
		}
		if (e.written("breathing")) {
			out.append("\n## Breathing\n").append(e.breathing()).append('\n');
		}
		if (!e.faq().isEmpty()) {
			out.append("\n## FAQ\n");
			for (Faq faq : e.faq()) {
				out.append("### ").append(faq.question()).append("\n").append(faq.answer()).append("\n\n");
			}
		}
		return out.toString().stripTrailing() + "\n";
	}

	private static Map<String, Object> dose(Dose dose) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("sets", dose.sets());
		if (dose.reps() != null) {
			map.put("reps", dose.reps());
		}
		if (dose.repsMax() != null) {
			map.put("repsMax", dose.repsMax());
		}
		if (dose.holdSeconds() != null) {
			map.put("holdSeconds", dose.holdSeconds());
		}
		if (dose.holdSecondsMax() != null) {
			map.put("holdSecondsMax", dose.holdSecondsMax());
		}
		map.put("restSeconds", dose.restSeconds());
		return map;
	}

	private static void written(StringBuilder out, Exercise e, String name, String value) {
		if (e.written(name)) {
			field(out, name, value);
		}
	}

	private static void listField(StringBuilder out, String name, List<String> values) {
		if (!values.isEmpty()) {
			field(out, name, new ArrayList<>(values));
		}
	}

	private static void field(StringBuilder out, String name, Object value) {
		out.append(name).append(": ").append(flow(value)).append('\n');
	}

	private static String flow(Object value) {
		return FLOW.dump(value).trim();
	}

}
