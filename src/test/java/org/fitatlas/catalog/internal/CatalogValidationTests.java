package org.fitatlas.catalog.internal;

import java.util.ArrayList;
import java.util.List;

import org.fitatlas.catalog.Exercise;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A broken catalog file is reported with its file and field, never loaded half-way.
 */
class CatalogValidationTests {

	private final CatalogFileReader reader = new CatalogFileReader(CatalogFixtures.taxonomy());

	private final String valid = CatalogFixtures.validFile();

	@Test
	void shouldAcceptTheReferenceFile() {
		CatalogFileReader.ReadResult result = this.reader.read("leg-up-hamstring-stretch.md", this.valid);
		assertThat(result.problems()).isEmpty();
		assertThat(result.exercise()).get().extracting(Exercise::slug).isEqualTo("leg-up-hamstring-stretch");
	}

	@Test
	void shouldNameFileAndFieldWhenARequiredFieldIsMissing() {
		String broken = this.valid.replaceFirst("(?m)^level: beginner\n", "");
		assertThat(problems(broken)).containsExactly("leg-up-hamstring-stretch.md: level: missing");
	}

	@Test
	void shouldNameFileFieldAndAllowedValuesForAnUnknownToken() {
		String broken = this.valid.replace("targetMuscles: [hamstrings]", "targetMuscles: [hammies]");
		assertThat(problems(broken)).singleElement()
			.asString()
			.startsWith(
					"leg-up-hamstring-stretch.md: targetMuscles: unknown token 'hammies'; allowed: rectus-abdominis");
	}

	@Test
	void shouldRejectAMovementPatternTheTaxonomyDoesNotKnow() {
		String broken = this.valid.replaceFirst("(?m)^pattern: stretch$", "pattern: diagonal-pull");
		assertThat(problems(broken)).singleElement()
			.asString()
			.startsWith("leg-up-hamstring-stretch.md: pattern: unknown token 'diagonal-pull'; allowed: squat, hinge");
	}

	@Test
	void shouldRequireAMovementPattern() {
		String broken = this.valid.replaceFirst("(?m)^pattern: stretch\n", "");
		assertThat(problems(broken)).containsExactly("leg-up-hamstring-stretch.md: pattern: missing");
	}

	@Test
	void shouldRejectAnUnknownFieldAndAMisnamedSlug() {
		String broken = this.valid.replace("slug: leg-up-hamstring-stretch", "slug: leg-up\ncolour: red");
		assertThat(problems(broken)).anyMatch((p) -> p.contains("colour: unknown field"))
			.anyMatch((p) -> p.contains("slug: 'leg-up' does not match the file name"));
	}

	@Test
	void shouldRequireThreeStepsTwoTipsAndTwoMistakes() {
		String broken = this.valid.replaceAll("(?m)^[2-5]\\. .*\n", "").replaceAll("(?m)^- Stop at a strong.*\n", "");
		assertThat(problems(broken)).containsExactlyInAnyOrder(
				"leg-up-hamstring-stretch.md: steps (## How to perform): needs at least 3, has 1");
		String noTips = this.valid.replaceAll("(?m)^- (Keep the other|Stop at|Pull the toes).*\n", "");
		assertThat(problems(noTips))
			.containsExactly("leg-up-hamstring-stretch.md: tips (## Tips): needs at least 2, has 0");
	}

	@Test
	void shouldExplainABadDose() {
		String broken = this.valid.replace("holdSeconds: 20, holdSecondsMax: 30", "reps: 10, holdSeconds: 20");
		assertThat(problems(broken)).containsExactly(
				"leg-up-hamstring-stretch.md: defaultDose: a dose has either reps or holdSeconds, not both or neither");
		String text = this.valid.replace("sets: 2", "sets: two");
		assertThat(problems(text)).first().asString().contains("defaultDose.sets: must be a whole number");
	}

	@Test
	void shouldReportInvalidYamlInsteadOfThrowing() {
		String broken = this.valid.replace("aliases: [lying hamstring stretch", "aliases: [lying: hamstring: [stretch");
		assertThat(problems(broken)).first().asString().contains("front matter: is not valid YAML");
	}

	@Test
	void shouldReportALinkThatDoesNotResolve() {
		Exercise e = exercise(this.valid.replace("harder: [strap-hamstring-stretch]", "harder: [no-such-stretch]"));
		List<CatalogProblem> problems = CatalogValidator.validate(List.of(new CatalogValidator.Located("a.md", e)));
		assertThat(problems).extracting(CatalogProblem::toString)
			.contains("a.md: harder: 'no-such-stretch' does not resolve to any exercise");
	}

	@Test
	void shouldReportACycleInALadder() {
		Exercise a = exercise(this.valid.replace("slug: leg-up-hamstring-stretch", "slug: rung-a")
			.replace("harder: [strap-hamstring-stretch]", "harder: [rung-b]")
			.replaceFirst("alternatives: .*\n", ""));
		Exercise b = exercise(this.valid.replace("slug: leg-up-hamstring-stretch", "slug: rung-b")
			.replace("harder: [strap-hamstring-stretch]", "harder: [rung-c]")
			.replaceFirst("alternatives: .*\n", ""));
		Exercise c = exercise(this.valid.replace("slug: leg-up-hamstring-stretch", "slug: rung-c")
			.replace("harder: [strap-hamstring-stretch]", "easier: [rung-b]\nharder: [rung-a]")
			.replaceFirst("alternatives: .*\n", ""));
		List<CatalogProblem> problems = CatalogValidator.validate(List.of(new CatalogValidator.Located("a.md", a),
				new CatalogValidator.Located("b.md", b), new CatalogValidator.Located("c.md", c)));
		assertThat(problems).singleElement().satisfies((p) -> {
			assertThat(p.field()).isEqualTo("harder/easier");
			assertThat(p.message()).startsWith("the ladder has a cycle: ")
				.contains("rung-a")
				.contains("rung-b")
				.contains("rung-c");
		});
	}

	@Test
	void shouldReportTwoFilesWithOneSlug() {
		Exercise e = exercise(
				this.valid.replace("harder: [strap-hamstring-stretch]\n", "").replaceFirst("alternatives: .*\n", ""));
		List<CatalogProblem> problems = CatalogValidator
			.validate(List.of(new CatalogValidator.Located("a.md", e), new CatalogValidator.Located("b.md", e)));
		assertThat(problems).extracting(CatalogProblem::toString)
			.containsExactly("b.md: slug: 'leg-up-hamstring-stretch' is also used by a.md");
	}

	private List<String> problems(String text) {
		List<String> result = new ArrayList<>();
		this.reader.read("leg-up-hamstring-stretch.md", text).problems().forEach((p) -> result.add(p.toString()));
		return result;
	}

	private Exercise exercise(String text) {
		return this.reader.read("fixture (no file name check)", text).exercise().orElseThrow();
	}

}
