package org.fitatlas.training.logfiles;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each known export is recognised from its header row alone.
 */
class FormatDetectionTests {

	@ParameterizedTest
	@CsvSource({ "fitatlas.csv, FITATLAS", "strong-ios.csv, STRONG_IOS", "strong-android-kg.csv, STRONG_ANDROID",
			"strong-android-lbs.csv, STRONG_ANDROID", "strong-legacy.csv, STRONG_LEGACY", "hevy-kg.csv, HEVY",
			"hevy-lbs.csv, HEVY" })
	void shouldRecogniseEachExportByItsHeader(String fixture, LogFormat expected) {
		assertThat(Fixtures.read(fixture).format()).isEqualTo(expected);
	}

}
