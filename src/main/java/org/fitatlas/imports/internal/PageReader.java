package org.fitatlas.imports.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.fitatlas.catalog.Exercise;
import org.fitatlas.catalog.Faq;
import org.fitatlas.catalog.Taxonomy;
import org.fitatlas.imports.BadImportFile;
import org.fitatlas.imports.ForeignExercise;
import org.jspecify.annotations.Nullable;

/**
 * Reads an exercise page in the shape of the forgetrainer pages: an H1 name, a quick
 * answer with the metadata as {@code - **Body Part:** Legs} bullets, then steps, tips,
 * mistakes, breathing and FAQ sections. Every field the page carries is kept; every field
 * it lacks is stored as missing. A value the taxonomy does not know, or a page without
 * the name, body part, target muscle, level or category an exercise cannot do without,
 * stops the import, naming the entry and the field.
 */
public final class PageReader {

	private static final Parser MARKDOWN = Parser.builder().build();

	private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

	private final Taxonomy taxonomy;

	public PageReader(Taxonomy taxonomy) {
		this.taxonomy = taxonomy;
	}

	/**
	 * The page as an exercise; {@code source} is how the exercise cites where it came
	 * from.
	 */
	public ForeignExercise read(String entry, String text, String source) {
		Body body = parse(text);
		String name = body.title;
		if (name == null || name.isBlank()) {
			throw BadImportFile.at(entry, "name (# heading) is missing");
		}
		Map<String, String> meta = body.metadata;
		List<String> missing = new ArrayList<>();
		String bodyPart = one(entry, "bodyPart (Body Part)", meta.get("body part"), Taxonomy.BODY_PARTS, null);
		List<String> targets = many(entry, "targetMuscles (Target Muscle)",
				first(meta, "target muscle", "target muscles"), Taxonomy.MUSCLES);
		if (bodyPart == null || targets.isEmpty()) {
			throw BadImportFile.at(entry,
					((bodyPart == null) ? "bodyPart (Body Part)" : "targetMuscles (Target Muscle)")
							+ " is missing; an exercise cannot be placed in the atlas without it");
		}
		List<String> secondary = new ArrayList<>(many(entry, "secondaryMuscles (Secondary Muscles)",
				first(meta, "secondary muscles", "secondary muscle"), Taxonomy.MUSCLES));
		secondary.removeAll(targets);
		List<String> equipment = many(entry, "equipment (Equipment)", meta.get("equipment"), Taxonomy.EQUIPMENT);
		String level = one(entry, "level (Difficulty)", first(meta, "difficulty", "level"), Taxonomy.LEVELS, null);
		String category = one(entry, "category (Category)", meta.get("category"), Taxonomy.CATEGORIES, null);
		if (level == null || category == null) {
			throw BadImportFile.at(entry, ((level == null) ? "level (Difficulty)" : "category (Category)")
					+ " is missing; an exercise cannot be placed in the atlas without it");
		}
		String force = one(entry, "force (Force Type)", first(meta, "force type", "force"), Taxonomy.FORCES, missing,
				"force");
		String mechanic = one(entry, "mechanic (Execution)", first(meta, "execution", "mechanic"), Taxonomy.MECHANICS,
				missing, "mechanic");
		String position = one(entry, "position (Position)", meta.get("position"), Taxonomy.POSITIONS, missing,
				"position");
		String sides = one(entry, "sides (Sides)", meta.get("sides"), Taxonomy.SIDES, missing, "sides");
		if (equipment.isEmpty()) {
			missing.add("equipment");
		}
		if (body.quickAnswer == null) {
			missing.add("summary");
		}
		if (body.steps.isEmpty()) {
			missing.add("steps");
		}
		if (body.tips.isEmpty()) {
			missing.add("tips");
		}
		if (body.mistakes.isEmpty()) {
			missing.add("mistakes");
		}
		if (body.breathing == null) {
			missing.add("breathing");
		}
		// a page carries no dose, no contraindications and no traits
		// nor a movement pattern
		missing.addAll(List.of("pattern", "defaultDose", "contraindications", "traits"));
		missing.sort(java.util.Comparator.comparingInt(Exercise.MISSABLE::indexOf));
		Exercise exercise = new Exercise(Slugs.of(name), name, List.of(), orEmpty(body.quickAnswer), bodyPart, targets,
				secondary, equipment, level, category, orEmpty(force), orEmpty(mechanic), "", orEmpty(position),
				orEmpty(sides), null, body.steps, body.tips, body.mistakes, body.faq, orEmpty(body.breathing),
				List.of(), List.of(), List.of(), List.of(), List.of(), null, List.of(source), missing);
		return new ForeignExercise(entry, exercise, List.of(name), false);
	}

	private static String orEmpty(@Nullable String value) {
		return (value != null) ? value : "";
	}

	@Nullable private static String first(Map<String, String> meta, String... keys) {
		for (String key : keys) {
			if (meta.containsKey(key)) {
				return meta.get(key);
			}
		}
		return null;
	}

	@Nullable private String one(String entry, String field, @Nullable String value, String table, @Nullable List<String> missing,
			String... missingName) {
		if (value == null || value.isBlank()) {
			if (missing != null) {
				missing.add(missingName[0]);
			}
			return null;
		}
		return this.taxonomy.resolve(table, value)
			.orElseThrow(() -> BadImportFile.at(entry, field + ": '" + value + "' is not a known " + table
					+ " value; allowed: " + String.join(", ", this.taxonomy.tokens(table))));
	}

	private List<String> many(String entry, String field, @Nullable String value, String table) {
		if (value == null || value.isBlank()) {
			return List.of();
		}
		Set<String> tokens = new LinkedHashSet<>();
		for (String part : value.split("[,;]| and ")) {
			if (!part.isBlank()) {
				tokens.add(one(entry, field, part.trim(), table, null));
			}
		}
		return List.copyOf(tokens);
	}

	/** The page's sections, as found. */
	private static final class Body {

		@Nullable String title;

		@Nullable String quickAnswer;

		final Map<String, String> metadata = new LinkedHashMap<>();

		List<String> steps = new ArrayList<>();

		List<String> tips = new ArrayList<>();

		List<String> mistakes = new ArrayList<>();

		@Nullable String breathing;

		final List<Faq> faq = new ArrayList<>();

	}

	private enum Section {

		QUICK, STEPS, TIPS, MISTAKES, BREATHING, FAQ, NONE;

		static Section of(String heading) {
			return switch (heading.toLowerCase(Locale.ROOT).trim()) {
				case "quick answer", "summary", "overview" -> QUICK;
				case "how to perform", "instructions", "steps" -> STEPS;
				case "tips", "pro tips" -> TIPS;
				case "common mistakes", "how not to perform", "mistakes" -> MISTAKES;
				case "breathing" -> BREATHING;
				case "faq", "frequently asked questions" -> FAQ;
				default -> NONE;
			};
		}

	}

	private static Body parse(String markdown) {
		Body body = new Body();
		Node document = MARKDOWN.parse(markdown.replace("\r\n", "\n").replace("\uFEFF", ""));
		Section section = Section.NONE;
		String question = null;
		StringBuilder answer = new StringBuilder();
		List<String> quick = new ArrayList<>();
		List<String> breathing = new ArrayList<>();
		for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
			if (node instanceof Heading heading) {
				String title = text(heading);
				if (section == Section.FAQ) {
					addFaq(body, question, answer);
					answer.setLength(0);
					question = null;
					if (heading.getLevel() == 3) {
						question = title;
						continue;
					}
				}
				if (heading.getLevel() == 1) {
					body.title = title;
					section = Section.NONE;
				}
				else {
					section = Section.of(title);
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
						body.steps.addAll(items(node));
					}
				}
				case TIPS -> {
					if (node instanceof BulletList || node instanceof OrderedList) {
						body.tips.addAll(items(node));
					}
				}
				case MISTAKES -> {
					if (node instanceof BulletList || node instanceof OrderedList) {
						body.mistakes.addAll(items(node));
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
			addFaq(body, question, answer);
		}
		body.quickAnswer = quick.isEmpty() ? null : String.join("\n\n", quick);
		body.breathing = breathing.isEmpty() ? null : String.join("\n\n", breathing);
		return body;
	}

	private static void addFaq(Body body, @Nullable String question, StringBuilder answer) {
		// a question without an answer is not kept: nothing is invented for it
		if (question != null && !answer.toString().isBlank()) {
			body.faq.add(new Faq(question, answer.toString().trim()));
		}
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
