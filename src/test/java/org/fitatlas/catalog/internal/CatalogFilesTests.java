package org.fitatlas.catalog.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.fitatlas.catalog.Exercise;
import org.fitatlas.catalog.Taxonomy;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every file in {@code catalog/} is complete and consistent; a failure names file and
 * field.
 */
class CatalogFilesTests {

	private final Taxonomy taxonomy = CatalogFixtures.taxonomy();

	private final List<CatalogSource.CatalogFile> files = new CatalogSource(CatalogFixtures.CATALOG).exercises();

	@Test
	void everyCatalogFileIsCompleteAndConsistent() {
		CatalogFileReader reader = new CatalogFileReader(this.taxonomy);
		List<CatalogProblem> problems = new ArrayList<>();
		List<CatalogValidator.Located> exercises = new ArrayList<>();
		for (CatalogSource.CatalogFile file : this.files) {
			CatalogFileReader.ReadResult result = reader.read(file.name(), file.text());
			problems.addAll(result.problems());
			result.exercise().ifPresent((e) -> exercises.add(new CatalogValidator.Located(file.name(), e)));
		}
		problems.addAll(CatalogValidator.validate(exercises));
		assertThat(problems).as("catalog problems (file: field: message)").isEmpty();
		assertThat(exercises).hasSize(this.files.size());
	}

	@Test
	void catalogHoldsAtLeast220Exercises() {
		assertThat(this.files).hasSizeGreaterThanOrEqualTo(220);
	}

	@Test
	void everyEasierOrHarderRungIsMirroredAndNeverSkipsALevelDownwards() {
		CatalogFileReader reader = new CatalogFileReader(this.taxonomy);
		java.util.Map<String, Exercise> bySlug = this.files.stream()
			.map((f) -> reader.read(f.name(), f.text()).exercise().orElseThrow())
			.collect(Collectors.toMap(Exercise::slug, (e) -> e));
		List<String> levels = List.of("beginner", "intermediate", "advanced");
		List<String> problems = new ArrayList<>();
		for (Exercise e : bySlug.values()) {
			for (String harder : e.harder()) {
				Exercise h = bySlug.get(harder);
				if (!h.easier().contains(e.slug())) {
					problems.add(e.slug() + " lists " + harder + " as harder, but " + harder
							+ " does not list it as easier");
				}
				if (levels.indexOf(h.level()) < levels.indexOf(e.level())) {
					problems.add(harder + " is harder than " + e.slug() + " but has a lower level");
				}
			}
			for (String easier : e.easier()) {
				if (!bySlug.get(easier).harder().contains(e.slug())) {
					problems.add(e.slug() + " lists " + easier + " as easier, but " + easier
							+ " does not list it as harder");
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void everySeedMovementInTheCoverageDocumentIsInTheCatalog() {
		String coverage = CatalogFixtures.read(java.nio.file.Path.of("docs/catalog-coverage.md"));
		Matcher slugs = Pattern.compile("\\[`([a-z0-9-]+)`\\]").matcher(coverage);
		Set<String> present = this.files.stream().map((f) -> f.name().replace(".md", "")).collect(Collectors.toSet());
		int rows = 0;
		List<String> missing = new ArrayList<>();
		while (slugs.find()) {
			rows++;
			if (!present.contains(slugs.group(1))) {
				missing.add(slugs.group(1));
			}
		}
		assertThat(rows).as("slugs mapped in docs/catalog-coverage.md").isGreaterThanOrEqualTo(70);
		assertThat(missing).as("slugs in docs/catalog-coverage.md with no catalog file").isEmpty();
	}

	@Test
	void theTaxonomyDocumentListsEveryTokenOfTheTaxonomyFile() {
		String doc = CatalogFixtures.read(java.nio.file.Path.of("docs/taxonomy.md"));
		List<String> missing = new ArrayList<>();
		this.taxonomy.tables().forEach((table, terms) -> terms.keySet().forEach((token) -> {
			if (!doc.contains("`" + token + "`")) {
				missing.add(table + "." + token);
			}
		}));
		assertThat(missing).as("tokens missing from docs/taxonomy.md (regenerate it with TaxonomyDocument)").isEmpty();
	}

}
