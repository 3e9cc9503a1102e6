package org.fitatlas.catalog;

import java.util.List;

import org.fitatlas.catalog.internal.RepositoryCatalog;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The body map draws every muscle of the taxonomy and no other, and says in words what
 * its colours show.
 */
class BodyMapTests {

	private static final Taxonomy TAXONOMY = RepositoryCatalog.TAXONOMY;

	@Test
	void shouldDrawEveryMuscleOfTheTaxonomyAndNoOther() {
		assertThat(BodyMapShapes.muscles()).containsExactlyInAnyOrderElementsOf(TAXONOMY.tokens(Taxonomy.MUSCLES));
		for (String muscle : BodyMapShapes.muscles()) {
			assertThat(BodyMapShapes.paths(muscle)).as(muscle)
				.isNotEmpty()
				.allMatch((d) -> d.matches("M[-0-9.,C Z]+Z"));
		}
	}

	@Test
	void shouldShowTargetMusclesStrongAndSecondaryMusclesLight() {
		Exercise e = exercise("lying-leg-raise");

		BodyMapView map = BodyMapView.ofExercise(e, TAXONOMY);

		assertThat(emphasis(map, "rectus-abdominis")).isEqualTo(BodyMapView.STRONG);
		assertThat(emphasis(map, "iliopsoas")).isEqualTo(BodyMapView.STRONG);
		assertThat(emphasis(map, "obliques")).isEqualTo(BodyMapView.LIGHT);
		assertThat(emphasis(map, "hamstrings")).isEqualTo(BodyMapView.NONE);
		assertThat(map.linked()).isFalse();
		assertThat(map.description()).contains("Target muscles: Rectus Abdominis, Iliopsoas")
			.contains("Secondary muscles: Obliques");
	}

	@Test
	void shouldLinkEveryMuscleWithItsNameAndCountWhenUsedAsAFilter() {
		BodyMapView map = BodyMapView.chooser("atlas-map", TAXONOMY, List.of("hamstrings"),
				(m) -> "/exercises?muscle=" + m, (m) -> "3 exercises");

		assertThat(map.linked()).isTrue();
		assertThat(map.regions()).allMatch((r) -> r.href() != null && r.href().endsWith("muscle=" + r.token()));
		assertThat(map.regions()).filteredOn((r) -> r.token().equals("hamstrings")).singleElement().satisfies((r) -> {
			assertThat(r.label()).isEqualTo("Hamstrings: 3 exercises");
			assertThat(r.emphasis()).isEqualTo(BodyMapView.STRONG);
		});
	}

	private static String emphasis(BodyMapView map, String token) {
		return map.regions().stream().filter((r) -> r.token().equals(token)).findFirst().orElseThrow().emphasis();
	}

	private static Exercise exercise(String slug) {
		return RepositoryCatalog.EXERCISES.stream().filter((e) -> e.slug().equals(slug)).findFirst().orElseThrow();
	}

}
