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
 * Reads one exercise page: either a FitAtlas catalog file (YAML front matter plus body
 * sections) or a page in the shape of the forgetrainer exercise pages (metadata as
 * {@code - **Body Part:** Legs} bullets). Reports every problem with the field it
 * concerns instead of guessing.
 */
public final class CatalogFileReader {

	static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

	static final Set<String> FRONT_MATTER_FIELDS = Set.of("slug", "name", "aliases", "bodyPart", "targetMuscles",
			"secondaryMuscles", "equipment", "level", "category", "force", "mechanic", "pattern", "position", "sides",
			"defaultDose", "easier", "harder", "alternatives", "contraindications", "traits", "effectiveness",
			"sources", "demo");

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

		@Nullable Exercise build() {
			if (this.slug == null || this.name == null || this.summary == null || this.bodyPart == null
					|| this.level == null || this.category == null || this.force == null || this.mechanic == null
					|| this.pattern == null || this.position == null || this.sides == null || this.defaultDose == null
					|| this.breathing == null) {
				return null;
			}
			return new Exercise(this.slug, this.name, this.aliases, this.summary, this.bodyPart, this.targetMuscles,
					this.secondaryMuscles, this.equipment, this.level, this.category, this.force, this.mechanic,
					this.pattern, this.position, this.sides, this.defaultDose, this.steps, this.tips, this.mistakes,
					this.faq, this.breathing, this.easier, this.harder, this.alternatives, this.contraindications,
					this.traits, this.effectiveness, this.sources);
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
		String body = text;
		boolean frontMatter = text.startsWith("---\n");
		if (frontMatter) {
			int end = text.indexOf("\n---", 3);
			if (end < 0) {
				fields.problem("front matter", "the opening '---' has no closing '---' line");
				return new ReadResult(draft, problems);
			}
			int bodyStart = text.indexOf('\n', end + 4);
			body = (bodyStart < 0) ? "" : text.substring(bodyStart + 1);
			Map<String, Object> yaml = parseYaml(fields, text.substring(4, end + 1));
			if (yaml == null) {
				return new ReadResult(draft, problems);
			}
			readFrontMatter(fields, yaml, draft, file);
		}
		Body parsed = parseBody(fields, body, frontMatter);
		if (!frontMatter) {
			readPageMetadata(fields, parsed, draft);
		}
		draft.summary = fields.requiredText("summary (## Quick answer)", parsed.quickAnswer);
		draft.steps = fields.atLeast("steps (## How to perform)", parsed.steps, 3);
		draft.tips = fields.atLeast("tips (## Tips)", parsed.tips, 2);
		draft.mistakes = fields.atLeast("mistakes (## Common mistakes)", parsed.mistakes, 2);
		draft.faq = parsed.faq;
		draft.breathing = fields.requiredText("breathing (## Breathing)", parsed.breathing);
		return new ReadResult(draft, problems);
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
		draft.equipment = fields.tokenList("equipment", yaml.get("equipment"), 1, Taxonomy.EQUIPMENT, this.taxonomy);
		draft.level = fields.token("level", yaml.get("level"), Taxonomy.LEVELS, this.taxonomy);
		draft.category = fields.token("category", yaml.get("category"), Taxonomy.CATEGORIES, this.taxonomy);
		draft.force = fields.token("force", yaml.get("force"), Taxonomy.FORCES, this.taxonomy);
		draft.mechanic = fields.token("mechanic", yaml.get("mechanic"), Taxonomy.MECHANICS, this.taxonomy);
		draft.pattern = fields.token("pattern", yaml.get("pattern"), Taxonomy.PATTERNS, this.taxonomy);
		draft.position = fields.token("position", yaml.get("position"), Taxonomy.POSITIONS, this.taxonomy);
		draft.sides = fields.token("sides", yaml.get("sides"), Taxonomy.SIDES, this.taxonomy);
		draft.defaultDose = fields.dose("defaultDose", yaml.get("defaultDose"));
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

	/** Metadata of a forgetrainer-shaped page: the H1 name and the bold-label bullets. */
	private void readPageMetadata(Fields fields, Body body, Draft draft) {
		draft.name = fields.requiredText("name (# heading)", body.title);
		if (draft.name != null) {
			draft.slug = slugOf(draft.name);
		}
		Map<String, String> meta = body.metadata;
		draft.bodyPart = resolveOne(fields, "bodyPart (Body Part)", meta.get("body part"), Taxonomy.BODY_PARTS);
		draft.equipment = resolveMany(fields, "equipment (Equipment)", meta.get("equipment"), Taxonomy.EQUIPMENT, 1);
		draft.targetMuscles = resolveMany(fields, "targetMuscles (Target Muscle)",
				first(meta, "target muscle", "target muscles"), Taxonomy.MUSCLES, 1);
		draft.secondaryMuscles = resolveMany(fields, "secondaryMuscles (Secondary Muscles)",
				first(meta, "secondary muscles", "secondary muscle"), Taxonomy.MUSCLES, 0);
		draft.level = resolveOne(fields, "level (Difficulty)", first(meta, "difficulty", "level"), Taxonomy.LEVELS);
		draft.category = resolveOne(fields, "category (Category)", meta.get("category"), Taxonomy.CATEGORIES);
		draft.force = resolveOne(fields, "force (Force Type)", first(meta, "force type", "force"), Taxonomy.FORCES);
		draft.mechanic = resolveOne(fields, "mechanic (Execution)", first(meta, "execution", "mechanic"),
				Taxonomy.MECHANICS);
		draft.pattern = resolveOne(fields, "pattern (Movement Pattern)", first(meta, "movement pattern", "pattern"),
				Taxonomy.PATTERNS);
		draft.position = resolveOne(fields, "position (Position)", meta.get("position"), Taxonomy.POSITIONS);
		draft.sides = resolveOne(fields, "sides (Sides)", meta.get("sides"), Taxonomy.SIDES);
		fields.problem("defaultDose", "a page carries no dose; add defaultDose before it can join the catalog");
		fields.problem("sources", "a page names no sources; add at least one");
	}

	@Nullable private static String first(Map<String, String> meta, String... keys) {
		for (String key : keys) {
			if (meta.containsKey(key)) {
				return meta.get(key);
			}
		}
		return null;
	}

	@Nullable private String resolveOne(Fields fields, String field, @Nullable String value, String table) {
		if (value == null || value.isBlank()) {
			fields.problem(field, "missing from the page");
			return null;
		}
		Optional<String> token = this.taxonomy.resolve(table, value);
		if (token.isEmpty()) {
			fields.problem(field, "'" + value + "' is not a known " + table + " value; allowed: "
					+ String.join(", ", this.taxonomy.tokens(table)));
		}
		return token.orElse(null);
	}

	private List<String> resolveMany(Fields fields, String field, @Nullable String value, String table, int min) {
		if (value == null || value.isBlank()) {
			if (min > 0) {
				fields.problem(field, "missing from the page");
			}
			return List.of();
		}
		Set<String> tokens = new LinkedHashSet<>();
		for (String part : value.split("[,;]| and ")) {
			if (part.isBlank()) {
				continue;
			}
			Optional<String> token = this.taxonomy.resolve(table, part.trim());
			if (token.isEmpty()) {
				fields.problem(field, "'" + part.trim() + "' is not a known " + table + " value; allowed: "
						+ String.join(", ", this.taxonomy.tokens(table)));
			}
			token.ifPresent(tokens::add);
		}
		return List.copyOf(tokens);
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

	private Body parseBody(Fields fields, String markdown, boolean strict) {
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
				if (section == Section.NONE && strict) {
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
