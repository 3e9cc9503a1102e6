package org.fitatlas.planning;

import java.util.List;

import org.fitatlas.catalog.Exercise;
import org.fitatlas.catalog.internal.RepositoryCatalog;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the planner tells search about a condition: nothing it allows is contraindicated,
 * and its picks are among what it allows.
 */
class ConditionAdviceTests {

	@ParameterizedTest
	@ValueSource(strings = { "pregnancy", "spinal-disc-herniation", "knee-pain", "recent-abdominal-surgery",
			"osteoporosis", "hypertension" })
	void shouldAllowNothingContraindicatedForTheConditionAndPickOnlyWhatItAllows(String condition) {
		List<Exercise> all = RepositoryCatalog.EXERCISES;
		ConditionAdvice advice = ConditionAdvice.of(List.of(condition), Goal.GENERAL_FITNESS, all,
				RepositoryCatalog.TAXONOMY);
		assertThat(all).filteredOn((e) -> e.contraindicatedFor(condition))
			.isNotEmpty()
			.allSatisfy((e) -> assertThat(advice.allows(e.slug())).as(e.slug()).isFalse());
		assertThat(advice.picks()).isNotEmpty().allSatisfy((s) -> assertThat(advice.allows(s)).as(s).isTrue());
		assertThat(advice.excluded()).isNotEmpty();
	}

}
