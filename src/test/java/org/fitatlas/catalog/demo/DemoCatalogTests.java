package org.fitatlas.catalog.demo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every exercise in the catalog has a demo, and every demo keeps its figure honest:
 * segments keep their length, joints stay in range, nothing passes through the floor or a
 * prop, and what rests on something stays put.
 */
class DemoCatalogTests {

	@Test
	void shouldDrawEveryCatalogExerciseWithoutBreakingTheFigure() {
		List<String> problems = new ArrayList<>();
		List<DemoWorkbench.Drawn> drawn = DemoWorkbench.drawAll(Path.of("catalog"), "");
		for (DemoWorkbench.Drawn d : drawn) {
			d.problems().stream().limit(3).forEach((p) -> problems.add(d.exercise().slug() + ": " + p));
		}
		int files = new org.fitatlas.catalog.internal.CatalogSource(Path.of("catalog")).exercises().size();
		assertThat(drawn).as("every catalog file reads, its demo block included").hasSize(files);
		assertThat(files).isGreaterThanOrEqualTo(220);
		assertThat(problems).as("demo problems (exercise: when: what)").isEmpty();
	}

}
