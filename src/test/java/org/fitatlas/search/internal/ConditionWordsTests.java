package org.fitatlas.search.internal;

import org.fitatlas.planning.Goal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The words people type for a health condition, read as the planner's conditions.
 */
class ConditionWordsTests {

	static final ConditionWords WORDS = new ConditionWords(SearchFixtures.TAXONOMY);

	@ParameterizedTest
	@CsvSource({ "Pregnant, pregnancy, GENERAL_FITNESS, ''",
			"exercise for sciatica, spinal-disc-herniation, BACK_HEALTH, exercise for",
			"after my C-section, recent-abdominal-surgery, POST_SURGERY_REHAB, after my",
			"stretches for lower back pain, chronic-low-back-pain, BACK_HEALTH, stretches for",
			"squats with bad knees, knee-pain, GENERAL_FITNESS, squats",
			"slipped disc, spinal-disc-herniation, BACK_HEALTH, ''" })
	void shouldReadEverydayWordsAsThePlannersConditionAndKeepTheRest(String text, String condition, Goal goal,
			String rest) {
		ConditionWords.Found found = WORDS.find(text);
		assertThat(found).isNotNull();
		assertThat(found.reading().conditions()).containsExactly(condition);
		assertThat(found.reading().goal()).isEqualTo(goal);
		assertThat(found.rest()).isEqualTo(rest);
	}

	@Test
	void shouldReadAfterSurgeryAsTheRehabGoalWithoutACondition() {
		ConditionWords.Found found = WORDS.find("exercises after surgery");
		assertThat(found.reading().conditions()).isEmpty();
		assertThat(found.reading().goal()).isEqualTo(Goal.POST_SURGERY_REHAB);
	}

	@Test
	void shouldFindNoConditionInAnExerciseName() {
		assertThat(WORDS.find("hamstring stretch")).isNull();
		assertThat(WORDS.find("knee plank")).isNull();
		assertThat(WORDS.find("back extension")).isNull();
	}

}
