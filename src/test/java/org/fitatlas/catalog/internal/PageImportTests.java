package org.fitatlas.catalog.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The one reader also takes pages in the shape of the forgetrainer exercise pages (seed
 * 003), keeps every field they carry and reports, without guessing, the fields they lack.
 */
class PageImportTests {

	private final CatalogFileReader reader = new CatalogFileReader(CatalogFixtures.taxonomy());

	@Test
	void shouldReadEveryFieldOfSeedPage003() {
		Path seed = Path.of(System.getProperty("fitatlas.shared.dir", "../shared"), "seeds",
				"003_5427f7ce0692d202.txt");
		assumeTrue(Files.isRegularFile(seed), "../shared/seeds is absent on this machine: skipping the seed 003 check "
				+ "(shouldReadEveryFieldOfAPageInTheSameShape covers the format with our own fixture)");
		CatalogFileReader.ReadResult result = this.reader.read(seed.getFileName().toString(),
				CatalogFixtures.read(seed));
		CatalogFileReader.Draft d = result.draft();
		assertThat(d.name).isEqualTo("Leg Up Hamstring Stretch");
		assertThat(d.slug).isEqualTo("leg-up-hamstring-stretch");
		assertThat(d.summary).startsWith("The leg up hamstring stretch is a flexibility exercise")
			.endsWith("Targets hamstrings, also works glutes.");
		assertThat(d.bodyPart).isEqualTo("legs");
		assertThat(d.equipment).containsExactly("none");
		assertThat(d.targetMuscles).containsExactly("hamstrings");
		assertThat(d.secondaryMuscles).containsExactly("gluteus-maximus");
		assertThat(d.level).isEqualTo("beginner");
		assertThat(d.category).isEqualTo("stretching");
		assertThat(d.steps).hasSize(5)
			.startsWith("Lie flat on your back with your legs extended.")
			.endsWith("Repeat with the other leg.");
		assertThat(d.tips).hasSize(3).first().asString().startsWith("Keep your opposite leg flat");
		assertThat(d.mistakes).hasSize(3).last().asString().startsWith("Allowing the opposite leg");
		assertThat(d.faq).hasSize(5);
		assertThat(d.faq.get(0).question())
			.isEqualTo("Is the Leg Up Hamstring Stretch better than standing Hamstring Stretches?");
		assertThat(d.faq.get(2).answer()).contains("consult a healthcare provider");
		assertThat(fields(result)).containsExactlyInAnyOrder("force (Force Type)", "mechanic (Execution)",
				"pattern (Movement Pattern)", "position (Position)", "sides (Sides)", "defaultDose", "sources",
				"breathing (## Breathing)");
		assertThat(result.exercise()).as("a page missing fields is not accepted into the catalog").isEmpty();
	}

	@Test
	void shouldReadEveryFieldOfAPageInTheSameShape() {
		CatalogFileReader.ReadResult result = this.reader.read("knee-hug-page.md",
				CatalogFixtures.read(Path.of("src/test/resources/pages/knee-hug-page.md")));
		CatalogFileReader.Draft d = result.draft();
		assertThat(d.name).isEqualTo("Double Knee Hug");
		assertThat(d.slug).isEqualTo("double-knee-hug");
		assertThat(d.summary).startsWith("The double knee hug is a gentle floor stretch");
		assertThat(d.bodyPart).isEqualTo("back");
		assertThat(d.equipment).containsExactly("none");
		assertThat(d.targetMuscles).containsExactly("erector-spinae");
		assertThat(d.secondaryMuscles).containsExactly("gluteus-maximus", "hamstrings");
		assertThat(d.level).isEqualTo("beginner");
		assertThat(d.category).isEqualTo("stretching");
		assertThat(d.force).isEqualTo("stretch");
		assertThat(d.mechanic).isEqualTo("isolation");
		assertThat(d.steps).hasSize(4);
		assertThat(d.tips).hasSize(2);
		assertThat(d.mistakes).hasSize(2);
		assertThat(d.faq).extracting("question").containsExactly("Can I rock side to side?", "How often can I do it?");
		assertThat(fields(result)).containsExactlyInAnyOrder("pattern (Movement Pattern)", "position (Position)",
				"sides (Sides)", "defaultDose", "sources", "breathing (## Breathing)");
	}

	@Test
	void shouldNameTheFieldWhenAPageHasAnUnknownValue() {
		String page = CatalogFixtures.read(Path.of("src/test/resources/pages/knee-hug-page.md"))
			.replace("**Equipment:** Body Weight", "**Equipment:** Hoverboard");
		assertThat(this.reader.read("page.md", page).problems())
			.anySatisfy((p) -> assertThat(p.toString()).contains("equipment (Equipment)").contains("'Hoverboard'"));
	}

	private static List<String> fields(CatalogFileReader.ReadResult result) {
		return result.problems().stream().map(CatalogProblem::field).toList();
	}

}
