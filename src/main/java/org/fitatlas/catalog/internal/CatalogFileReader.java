package org.fitatlas.catalog.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.fitatlas.catalog.Contraindication;
import org.fitatlas.catalog.Dose;
import org.fitatlas.catalog.Effectiveness;
import org.fitatlas.catalog.Exercise;
import org.fitatlas.catalog.Faq;
import org.fitatlas.catalog.Taxonomy;
import org.fitatlas.catalog.demo.DemoReader;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads one FitAtlas catalog file (YAML front matter plus body sections). Reports every
 * problem with the field it concerns instead of guessing. Fields named in the front
 * matter's {@code missing} list must be absent; they are kept as missing (empty, no
 * dose). Pages in other shapes are read by the imports module.
 */
public final class CatalogFileReader {

	static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

	static final Set<String> FRONT_MATTER_FIELDS = Set.of("slug", "name", "aliases", "bodyPart", "targetMuscles",
			"secondaryMuscles", "equipment", "level", "category", "force", "mechanic", "pattern", "position", "sides",
			"defaultDose", "easier", "harder", "alternatives", "contraindications", "traits", "effectiveness",
			"sources", "demo", "missing");

	private static final DemoReader DEMOS = DemoReader.withTemplates();

	private static final Parser MARKDOWN = Parser.builder().build();

	private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

	private final Taxonomy taxonomy;

	public CatalogFileReader(Taxonomy taxonomy) {
		this.taxonomy = taxonomy;
	}

	/** What a file yielded: every field found, and every problem. */
	public record ReadResult(Draft draft, List<CatalogProblem> problems) {

		public Optional<Exercise> exercise() {
			return this.problems.isEmpty() ? Optional.ofNullable(this.draft.build()) : Optional.empty();
		}

	}

	/** The fields of an exercise as found in a file, any of which may be missing. */
	public static final class Draft {

		@Nullable public String slug;

		@Nullable public String name;

		public List<String> aliases = List.of();

		@Nullable public String summary;

		@Nullable public String bodyPart;

		public List<String> targetMuscles = List.of();

		public List<String> secondaryMuscles = List.of();

		public List<String> equipment = List.of();

		@Nullable public String level;

		@Nullable public String category;

		@Nullable public String force;

		@Nullable public String mechanic;

		@Nullable public String pattern;

		@Nullable public String position;

		@Nullable public String sides;

		@Nullable public Dose defaultDose;

		public List<String> steps = List.of();

		public List<String> tips = List.of();

		public List<String> mistakes = List.of();

		public List<Faq> faq = List.of();

		@Nullable public String breathing;

		public List<String> easier = List.of();

		public List<String> harder = List.of();

		public List<String> alternatives = List.of();

		public List<Contraindication> contraindications = List.of();

		public List<String> traits = List.of();

		@Nullable public Effectiveness effectiveness;

		public List<String> sources = List.of();

		public List<String> missing = List.of();

		@Nullable Exercise build() {
			if (this.slug == null || this.name == null || this.bodyPart == null || this.level == null
					|| this.category == null || absent("summary", this.summary) || absent("force", this.force)
					|| absent("mechanic", this.mechanic) || absent("pattern", this.pattern)
					|| absent("position", this.position) || absent("sides", this.sides)
					|| absent("defaultDose", this.defaultDose) || absent("breathing", this.breathing)) {
				return null;
			}
			return new Exercise(this.slug, this.name, this.aliases, orEmpty(this.summary), this.bodyPart,
					this.targetMuscles, this.secondaryMuscles, this.equipment, this.level, this.category,
					orEmpty(this.force), orEmpty(this.mechanic), orEmpty(this.pattern), orEmpty(this.position),
					orEmpty(this.sides), this.defaultDose, this.steps, this.tips, this.mistakes, this.faq,
					orEmpty(this.breathing), this.easier, this.harder, this.alternatives, this.contraindications,
					this.traits, this.effectiveness, this.sources, this.missing);
		}

		private boolean absent(String field, @Nullable Object value) {
			return value == null && !this.missing.contains(field);
		}

		private static String orEmpty(@Nullable String value) {
			return (value != null) ? value : "";
		}

	}

	public ReadResult read(String file, String content) {
		String text = content.replace("\r\n", "\n").replace('\r', '\n');
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		List<CatalogProblem> problems = new ArrayList<>();
		Draft draft = new Draft();
		Fields fields = new Fields(file, problems);
		if (!text.startsWith("---\n")) {
			fields.problem("front matter",
					"missing: a catalog file starts with a '---' line (other page shapes are imported with 'import markdown')");
			return new ReadResult(draft, problems);
		}
		int end = text.indexOf("\n---", 3);
		if (end < 0) {
			fields.problem("front matter", "the opening '---' has no closing '---' line");
			return new ReadResult(draft, problems);
		}
		int bodyStart = text.indexOf('\n', end + 4);
		String body = (bodyStart < 0) ? "" : text.substring(bodyStart + 1);
		Map<String, Object> yaml = parseYaml(fields, text.substring(4, end + 1));
		if (yaml == null) {
			return new ReadResult(draft, problems);
		}
		readFrontMatter(fields, yaml, draft, file);
		Body parsed = parseBody(fields, body);
		Set<String> missing = Set.copyOf(draft.missing);
		// an imported exercise (one with gaps) keeps however many items its source gave
		boolean authored = missing.isEmpty();
		draft.summary = section(fields, missing, "summary", "## Quick answer", parsed.quickAnswer);
		draft.steps = sections(fields, missing, "steps", "## How to perform", parsed.steps, authored ? 3 : 1);
		draft.tips = sections(fields, missing, "tips", "## Tips", parsed.tips, authored ? 2 : 1);
		draft.mistakes = sections(fields, missing, "mistakes", "## Common mistakes", parsed.mistakes, authored ? 2 : 1);
		draft.faq = parsed.faq;
		draft.breathing = section(fields, missing, "breathing", "## Breathing", parsed.breathing);
		return new ReadResult(draft, problems);
	}

	@Nullable private static String section(Fields fields, Set<String> missing, String field, String heading,
			@Nullable String value) {
		if (missing.contains(field)) {
			if (value != null) {
				fields.problem(field + " (" + heading + ")", "is listed as missing but the section is written");
			}
			return null;
		}
		return fields.requiredText(field + " (" + heading + ")", value);
	}

	private static List<String> sections(Fields fields, Set<String> missing, String field, String heading,
			List<String> values, int min) {
		if (missing.contains(field)) {
			if (!values.isEmpty()) {
				fields.problem(field + " (" + heading + ")", "is listed as missing but the section is written");
			}
			return List.of();
		}
		return fields.atLeast(field + " (" + heading + ")", values, min);
	}

	@Nullable private Map<String, Object> parseYaml(Fields fields, String yaml) {
		try {
			Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
			if (loaded instanceof Map<?, ?> map) {
				Map<String, Object> result = new LinkedHashMap<>();
				map.forEach((k, v) -> result.put(String.valueOf(k), v));
				return result;
			}
			fields.problem("front matter", "expected key: value pairs");
		}
		catch (YAMLException ex) {
			fields.problem("front matter", "is not valid YAML: " + ex.getMessage().lines().findFirst().orElse(""));
		}
		return null;
	}

	private void readFrontMatter(Fields fields, Map<String, Object> yaml, Draft draft, String file) {
		for (String key : yaml.keySet()) {
			if (!FRONT_MATTER_FIELDS.contains(key)) {
				fields.problem(key,
						"unknown field; allowed: " + String.join(", ", new java.util.TreeSet<>(FRONT_MATTER_FIELDS)));
			}
		}
		draft.missing = fields.textList("missing", yaml.get("missing"), 0);
		Set<String> missing = new LinkedHashSet<>();
		for (String field : draft.missing) {
			if (!Exercise.MISSABLE.contains(field)) {
				fields.problem("missing",
						"'" + field + "' cannot be missing; allowed: " + String.join(", ", Exercise.MISSABLE));
			}
			else if (!missing.add(field)) {
				fields.problem("missing", "'" + field + "' is listed twice");
			}
			else if (yaml.containsKey(field)) {
				fields.problem(field, "is listed as missing but has a value");
			}
		}
		draft.missing = List.copyOf(missing);
		draft.slug = fields.slug("slug", yaml.get("slug"));
		String baseName = file.replaceAll("^.*/", "");
		if (draft.slug != null && baseName.endsWith(".md") && !baseName.equals(draft.slug + ".md")) {
			fields.problem("slug", "'" + draft.slug + "' does not match the file name " + baseName);
		}
		draft.name = fields.requiredText("name", yaml.get("name"));
		draft.aliases = fields.textList("aliases", yaml.get("aliases"), 0);
		draft.bodyPart = fields.token("bodyPart", yaml.get("bodyPart"), Taxonomy.BODY_PARTS, this.taxonomy);
		draft.targetMuscles = fields.tokenList("targetMuscles", yaml.get("targetMuscles"), 1, Taxonomy.MUSCLES,
				this.taxonomy);
		draft.secondaryMuscles = fields.tokenList("secondaryMuscles", yaml.get("secondaryMuscles"), 0, Taxonomy.MUSCLES,
				this.taxonomy);
		for (String muscle : draft.secondaryMuscles) {
			if (draft.targetMuscles.contains(muscle)) {
				fields.problem("secondaryMuscles", "'" + muscle + "' is already a target muscle");
			}
		}
		if (!missing.contains("equipment")) {
			draft.equipment = fields.tokenList("equipment", yaml.get("equipment"), 1, Taxonomy.EQUIPMENT,
					this.taxonomy);
		}
		draft.level = fields.token("level", yaml.get("level"), Taxonomy.LEVELS, this.taxonomy);
		draft.category = fields.token("category", yaml.get("category"), Taxonomy.CATEGORIES, this.taxonomy);
		draft.force = missing.contains("force") ? null
				: fields.token("force", yaml.get("force"), Taxonomy.FORCES, this.taxonomy);
		draft.mechanic = missing.contains("mechanic") ? null
				: fields.token("mechanic", yaml.get("mechanic"), Taxonomy.MECHANICS, this.taxonomy);
		draft.pattern = missing.contains("pattern") ? null
				: fields.token("pattern", yaml.get("pattern"), Taxonomy.PATTERNS, this.taxonomy);
		draft.position = missing.contains("position") ? null
				: fields.token("position", yaml.get("position"), Taxonomy.POSITIONS, this.taxonomy);
		draft.sides = missing.contains("sides") ? null
				: fields.token("sides", yaml.get("sides"), Taxonomy.SIDES, this.taxonomy);
		draft.defaultDose = missing.contains("defaultDose") ? null
				: fields.dose("defaultDose", yaml.get("defaultDose"));
		draft.easier = fields.slugList("easier", yaml.get("easier"));
		draft.harder = fields.slugList("harder", yaml.get("harder"));
		draft.alternatives = fields.slugList("alternatives", yaml.get("alternatives"));
		draft.contraindications = fields.contraindications("contraindications", yaml.get("contraindications"),
				this.taxonomy);
		draft.traits = fields.tokenList("traits", yaml.get("traits"), 0, Taxonomy.TRAITS, this.taxonomy);
		draft.effectiveness = fields.effectiveness("effectiveness", yaml.get("effectiveness"));
		draft.sources = fields.textList("sources", yaml.get("sources"), 1);
		if (yaml.containsKey("demo")) {
			DemoReader.Result demo = DEMOS.read(yaml.get("demo"));
			// the format only: whether the figure stays honest is DemoCatalogTests' work,
			// and
			// a drawing problem must not take an exercise out of the atlas
			demo.problems().forEach((problem) -> fields.problem("demo", problem));
		}
	}

	static String slugOf(String name) {
		return name.toLowerCase(Locale.ROOT).replace("'", "").replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
	}

	/** The body's sections, as found. */
	private static final class Body {

		@Nullable String title;

		@Nullable String quickAnswer;

		final Map<String, String> metadata = new LinkedHashMap<>();

		List<String> steps = List.of();

		List<String> tips = List.of();

		List<String> mistakes = List.of();

		@Nullable String breathing;

		final List<Faq> faq = new ArrayList<>();

	}

	private enum Section {

		QUICK, STEPS, TIPS, MISTAKES, BREATHING, FAQ, IGNORED, NONE;

		static Section of(String heading) {
			return switch (heading.toLowerCase(Locale.ROOT).trim()) {
				case "quick answer", "summary", "overview" -> QUICK;
				case "how to perform", "instructions", "steps" -> STEPS;
				case "tips", "pro tips" -> TIPS;
				case "common mistakes", "how not to perform", "mistakes" -> MISTAKES;
				case "breathing" -> BREATHING;
				case "faq", "frequently asked questions" -> FAQ;
				case "related exercises", "variations", "alternatives" -> IGNORED;
				default -> NONE;
			};
		}

	}

	private Body parseBody(Fields fields, String markdown) {
		Body body = new Body();
		Node document = MARKDOWN.parse(markdown);
		Section section = Section.NONE;
		String question = null;
		StringBuilder answer = new StringBuilder();
		List<String> quick = new ArrayList<>();
		List<String> breathing = new ArrayList<>();
		for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
			if (node instanceof Heading heading) {
				String title = text(heading);
				if (heading.getLevel() == 3 && section == Section.FAQ) {
					addFaq(fields, body, question, answer);
					question = title;
					answer.setLength(0);
					continue;
				}
				if (section == Section.FAQ) {
					addFaq(fields, body, question, answer);
					question = null;
					answer.setLength(0);
				}
				if (heading.getLevel() == 1) {
					body.title = title;
					section = Section.NONE;
					continue;
				}
				section = Section.of(title);
				if (section == Section.NONE) {
					fields.problem("## " + title,
							"unknown section; allowed: Quick answer, How to perform, Tips, Common mistakes, Breathing, FAQ");
				}
				continue;
			}
			switch (section) {
				case QUICK -> {
					if (node instanceof Paragraph) {
						quick.add(text(node));
					}
					else if (node instanceof BulletList list) {
						for (String item : items(list)) {
							int colon = item.indexOf(':');
							if (colon > 0) {
								body.metadata.put(item.substring(0, colon).trim().toLowerCase(Locale.ROOT),
										item.substring(colon + 1).trim());
							}
						}
					}
				}
				case STEPS -> {
					if (node instanceof OrderedList || node instanceof BulletList) {
						body.steps = concat(body.steps, items(node));
					}
				}
				case TIPS -> {
					if (node instanceof BulletList || node instanceof OrderedList) {
						body.tips = concat(body.tips, items(node));
					}
				}
				case MISTAKES -> {
					if (node instanceof BulletList || node instanceof OrderedList) {
						body.mistakes = concat(body.mistakes, items(node));
					}
				}
				case BREATHING -> {
					if (node instanceof Paragraph) {
						breathing.add(text(node));
					}
				}
				case FAQ -> {
					if (question != null && node instanceof Paragraph) {
						if (answer.length() > 0) {
							answer.append("\n\n");
						}
						answer.append(text(node));
					}
				}
				default -> {
				}
			}
		}
		if (section == Section.FAQ) {
			addFaq(fields, body, question, answer);
		}
		body.quickAnswer = quick.isEmpty() ? null : String.join("\n\n", quick);
		body.breathing = breathing.isEmpty() ? null : String.join("\n\n", breathing);
		return body;
	}

	private static void addFaq(Fields fields, Body body, @Nullable String question, StringBuilder answer) {
		if (question == null) {
			return;
		}
		if (answer.toString().isBlank()) {
			fields.problem("faq", "the question '" + question + "' has no answer");
			return;
		}
		body.faq.add(new Faq(question, answer.toString().trim()));
	}

	private static List<String> concat(List<String> a, List<String> b) {
		List<String> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	private static List<String> items(Node list) {
		List<String> items = new ArrayList<>();
		for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
			if (item instanceof ListItem) {
				StringBuilder parts = new StringBuilder();
				for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
					parts.append(' ').append(text(child));
				}
				String text = parts.toString().trim();
				if (!text.isBlank()) {
					items.add(text);
				}
			}
		}
		return items;
	}

	private static String text(Node node) {
		return TEXT.render(node).trim().replaceAll("\\s*\n\\s*", " ");
	}

}
