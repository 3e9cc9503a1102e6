package org.fitatlas.cli.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fitatlas.planning.Plan;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The plan command's {@code --one-rep-max slug=kg}: repeatable, kilograms 1–500, at most
 * 20 lifts, and the load in kg printed next to the dose.
 */
class PlanCommandTests {

	@Test
	void shouldReadRepeatedOneRepMaxesAsKilograms() {
		PlanCommand command = new PlanCommand();
		new CommandLine(command).setCaseInsensitiveEnumValuesAllowed(true)
			.parseArgs("--goal", "strength", "--level", "advanced", "--one-rep-max", "barbell-back-squat=140",
					"--one-rep-max", "barbell-bench-press=92,5");
		assertThat(PlanCommand.kilograms(command.oneRepMaxes)).containsExactly(Map.entry("barbell-back-squat", 140.0),
				Map.entry("barbell-bench-press", 92.5));
	}

	@Test
	void shouldRefuseAOneRepMaxThatIsNotAPlausibleWeight() {
		for (String kg : List.of("0", "-5", "501", "heavy", "NaN", "Infinity", "")) {
			assertThatThrownBy(() -> PlanCommand.kilograms(Map.of("barbell-deadlift", kg))).as(kg)
				.hasMessageContaining("--one-rep-max barbell-deadlift=" + kg)
				.hasMessageContaining("a number of kilograms from 1 to 500");
		}
		Map<String, String> many = new LinkedHashMap<>();
		for (int i = 0; i < 21; i++) {
			many.put("lift-" + i, "100");
		}
		assertThatThrownBy(() -> PlanCommand.kilograms(many)).hasMessageContaining("at most 20");
	}

	@Test
	void shouldPrintTheLoadInKilogramsNextToTheDose() {
		Plan.Item item = new Plan.Item(new Plan.ExerciseLink("barbell-back-squat", "Barbell Back Squat"), 4, 6, null,
				null, false, false, 180, "110 kg (80 % of your 1RM of 140 kg)", "", List.of(), "", 110.0, 80);
		assertThat(PlanCommand.dose(item)).isEqualTo("4 × 6 reps at 110 kg (80 % of your 1RM of 140 kg), rest 180 s");
	}

}
