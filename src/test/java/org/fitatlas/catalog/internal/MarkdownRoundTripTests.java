package org.fitatlas.catalog.internal;

import org.fitatlas.catalog.Exercise;
import org.fitatlas.catalog.Taxonomy;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writing an exercise in the catalog format and reading it back gives the same exercise,
 * for every exercise in the catalog (the API's text/markdown answer relies on this).
 */
class MarkdownRoundTripTests {

	@Test
	void shouldReadBackEveryCatalogExerciseExactlyAsWritten() {
		Taxonomy taxonomy = CatalogFixtures.taxonomy();
		CatalogFileReader reader = new CatalogFileReader(taxonomy);
		int checked = 0;
		for (CatalogSource.CatalogFile file : new CatalogSource(CatalogFixtures.CATALOG).exercises()) {
			Exercise original = reader.read(file.name(), file.text()).exercise().orElseThrow();
			String written = ExerciseMarkdownWriter.write(original);
			CatalogFileReader.ReadResult again = reader.read(original.slug() + ".md", written);
			assertThat(again.problems()).as(file.name()).isEmpty();
			assertThat(again.exercise()).as(file.name()).contains(original);
			checked++;
		}
		assertThat(checked).isGreaterThanOrEqualTo(220);
	}

}
