package org.fitatlas.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InvalidParameterTests {

	@Test
	void shouldTellAPersonWhichFieldInWordsWithoutTheParametersCodeName() {
		InvalidParameter missing = InvalidParameter.of("pregnancyTrimester", "(missing)", "1, 2 or 3");
		InvalidParameter common = InvalidParameter.of("password", "(a very common password)",
				"at least 8 characters that are not on the list of common passwords");
		InvalidParameter wrong = InvalidParameter.of("minutesPerSession", "500", "10 to 120");

		assertThat(missing.sentence()).isEqualTo("Pregnancy trimester: nothing was given. Allowed: 1, 2 or 3.");
		assertThat(common.sentence()).isEqualTo("Password: this is a very common password. Allowed: at least 8 "
				+ "characters that are not on the list of common passwords.");
		assertThat(wrong.sentence()).isEqualTo("Minutes per session: '500' is not possible here. Allowed: 10 to 120.");
		assertThat(missing.sentence()).doesNotContain("pregnancyTrimester").doesNotContain("Parameter");
	}

	@Test
	void shouldKeepTheApisWordingNamingTheParameterAsTheApiSpellsIt() {
		assertThat(InvalidParameter.of("pregnancyTrimester", "(missing)", "1, 2 or 3").getMessage())
			.isEqualTo("Parameter 'pregnancyTrimester' has the value '(missing)'; allowed: 1, 2 or 3");
	}

}
