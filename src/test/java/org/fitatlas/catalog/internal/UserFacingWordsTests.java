package org.fitatlas.catalog.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.fitatlas.catalog.Exercise;
import org.fitatlas.catalog.Taxonomy;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Words meant for us never reach a reader: no page, FAQ answer or source names one of our
 * private source pages ("seed 002", "forgetrainer"), our rule notes ("training-rules") or
 * a file name. A failure names the file and the field (or, in a template, the line).
 */
class UserFacingWordsTests {

	/** A file name, "seed" with a number, our source site, or our rule notes. */
	static final Pattern INTERNAL = Pattern.compile(
			"(?i)\\b[\\w-]+(?:\\.[\\w-]+)*\\.(?:md|txt|ya?ml)\\b|\\bseeds?[\\s_#-]*\\d+|forgetrainer|training-rules");

	/** Attributes that hold addresses or fragment names, which no one reads as text. */
	private static final Pattern ADDRESS_ATTRIBUTE = Pattern.compile(
			"\\s[\\w:-]*(?:href|src|action|hx-[\\w-]+|fragment|replace|insert|include|xmlns[\\w:]*)\\s*=\\s*\"[^\"]*\"");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private final Taxonomy taxonomy = CatalogFixtures.taxonomy();

	@Test
	void shouldFindNoInternalWordsInAnyUserFacingFieldOfTheCatalog() {
		CatalogFileReader reader = new CatalogFileReader(this.taxonomy);
		List<String> problems = new ArrayList<>();
		List<CatalogSource.CatalogFile> files = new CatalogSource(CatalogFixtures.CATALOG).exercises();
		for (CatalogSource.CatalogFile file : files) {
			Exercise exercise = reader.read(file.name(), file.text()).exercise().orElseThrow();
			problems.addAll(inExercise(file.name(), exercise));
		}
		assertThat(files).hasSizeGreaterThanOrEqualTo(220);
		assertThat(problems).as("internal words shown to people (file: field: what)").isEmpty();
	}

	@Test
	void shouldFindNoInternalWordsInTheTaxonomy() {
		assertThat(inTaxonomy("taxonomy.yml", this.taxonomy)).as("internal words in the taxonomy").isEmpty();
	}

	@Test
	void shouldFindNoInternalWordsInThePageTemplates() {
		List<String> problems = new ArrayList<>();
		List<Path> templates = templates();
		for (Path template : templates) {
			String name = TEMPLATES.relativize(template).toString().replace('\\', '/');
			problems.addAll(inTemplate("templates/" + name, CatalogFixtures.read(template)));
		}
		assertThat(templates).as("page templates found").hasSizeGreaterThanOrEqualTo(10);
		assertThat(problems).as("internal words in page templates (file: line: what)").isEmpty();
	}

	@Test
	void shouldNameFileAndFieldForEveryInternalWordInAnExercise() {
		String broken = CatalogFixtures.validFile()
			.replace("sources: [\"FitAtlas editorial", "sources: [\"Seed 003: hamstring page (forgetrainer)\", \"x")
			.replace("range improves with regular practice.", "see training-rules.md section 5.")
			.replace("Keep the other leg flat", "As seed 004 says, keep the other leg flat");
		Exercise exercise = new CatalogFileReader(this.taxonomy).read("leg-up-hamstring-stretch.md", broken)
			.exercise()
			.orElseThrow();

		assertThat(inExercise("leg-up-hamstring-stretch.md", exercise)).containsExactly(
				"leg-up-hamstring-stretch.md: tips[0]: says 'seed 004'",
				"leg-up-hamstring-stretch.md: faq[1].answer: says 'training-rules.md'",
				"leg-up-hamstring-stretch.md: sources[0]: says 'Seed 003'",
				"leg-up-hamstring-stretch.md: sources[0]: says 'forgetrainer'");
	}

	@Test
	void shouldFlagVisibleTemplateTextButNotAddresses() {
		String template = """
				<link rel="robots" th:href="@{/robots.txt}">
				<p>Rules from the notes file</p>
				<p title="see plan.yml">Rules: seeds 000, 002</p>
				""";

		assertThat(inTemplate("templates/x.html", template))
			.containsExactly("templates/x.html: line 3: says 'plan.yml'", "templates/x.html: line 3: says 'seeds 000'");
	}

	@Test
	void shouldFlagATaxonomyNameOrSynonymThatNamesASeed() {
		Taxonomy broken = new Taxonomy(Map.of(Taxonomy.MUSCLES, Map.of("hamstrings",
				new Taxonomy.Term("hamstrings", "Hamstrings", List.of("back of the thigh", "seed 003 muscle"), ""))));

		assertThat(inTaxonomy("taxonomy.yml", broken))
			.containsExactly("taxonomy.yml: muscles.hamstrings.synonyms[1]: says 'seed 003'");
	}

	@Test
	void shouldLetRealCitationsAndPlainWordsThrough() {
		assertThat(INTERNAL
			.matcher("McGill 1998, low back exercises: evidence for improving exercise regimens, "
					+ "Physical Therapy; Contreras 2010, Inside the Muscles: Best Ab Exercises, T Nation; "
					+ "FitAtlas editorial; 0.5 kg; e.g. a mat; seeded the lawn; 3 x 10")
			.find()).isFalse();
	}

	static List<String> inExercise(String file, Exercise exercise) {
		List<String> problems = new ArrayList<>();
		for (RecordComponent component : Exercise.class.getRecordComponents()) {
			collect(file, component.getName(), value(component, exercise), problems);
		}
		return problems;
	}

	static List<String> inTaxonomy(String file, Taxonomy taxonomy) {
		List<String> problems = new ArrayList<>();
		taxonomy.tables()
			.forEach((table, terms) -> terms
				.forEach((token, term) -> collect(file, table + "." + token, term, problems)));
		return problems;
	}

	static List<String> inTemplate(String file, String text) {
		List<String> problems = new ArrayList<>();
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			String visible = ADDRESS_ATTRIBUTE.matcher(lines[i]).replaceAll(" ");
			check(file, "line " + (i + 1), visible, problems);
		}
		return problems;
	}

	/** Walks strings, lists and records (FAQ entries, contraindications, sources). */
	private static void collect(String file, String field, Object value, List<String> problems) {
		if (value instanceof String text) {
			check(file, field, text, problems);
		}
		else if (value instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				collect(file, field + "[" + i + "]", list.get(i), problems);
			}
		}
		else if (value instanceof Record record) {
			for (RecordComponent component : record.getClass().getRecordComponents()) {
				collect(file, field + "." + component.getName(), value(component, record), problems);
			}
		}
	}

	private static void check(String file, String field, String text, List<String> problems) {
		Matcher matcher = INTERNAL.matcher(text);
		while (matcher.find()) {
			problems.add(file + ": " + field + ": says '" + matcher.group() + "'");
		}
	}

	private static Object value(RecordComponent component, Record record) {
		try {
			return component.getAccessor().invoke(record);
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			throw new IllegalStateException("cannot read " + component.getName(), ex);
		}
	}

	private static List<Path> templates() {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((p) -> p.toString().endsWith(".html")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
