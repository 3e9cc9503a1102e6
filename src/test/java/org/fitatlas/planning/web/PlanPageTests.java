package org.fitatlas.planning.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fitatlas.catalog.Taxonomy;
import org.fitatlas.planning.Plan;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan as the page arranges it, without a server: title, health notes, one-line
 * reasons and the weekly sets when the planner gives them.
 */
class PlanPageTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Taxonomy TAXONOMY = new Taxonomy(Map.of(Taxonomy.CONDITIONS,
			Map.of("pregnancy", new Taxonomy.Term("pregnancy", "Pregnancy", List.of("pregnant"), ""),
					"acute-low-back-pain",
					new Taxonomy.Term("acute-low-back-pain", "Acute Low Back Pain", List.of("lumbago"), ""),
					"spinal-disc-herniation",
					new Taxonomy.Term("spinal-disc-herniation", "Spinal Disc Herniation", List.of(), "")),
			Taxonomy.EQUIPMENT, Map.of()));

	@Test
	void shouldNameTheGoalAndTheConditionInTheTitle() {
		assertThat(page(profile("strength", List.of("acute-low-back-pain"), null)).title())
			.isEqualTo("Strength plan for acute low back pain");
		assertThat(page(profile("general-fitness", List.of("pregnancy"), 3)).title())
			.isEqualTo("General fitness plan for pregnancy (third trimester)");
		assertThat(page(profile("post-surgery-rehab", List.of(), null)).title()).isEqualTo("Post-surgery rehab plan");
		assertThat(page(profile("core", List.of("pregnancy", "spinal-disc-herniation"), 1)).title())
			.isEqualTo("Core plan for pregnancy (first trimester) and spinal disc herniation");
	}

	@Test
	void shouldPutTheConditionsRulesAndAdviceBeforeYouStartAndTheRestInAdvice() {
		PlanPage page = page(profile("core", List.of("spinal-disc-herniation"), null));
		assertThat(page.healthRules()).extracting(Plan.Rule::rule)
			.containsExactly("Disc herniation: no rolling on the spine");
		assertThat(page.painRules()).extracting(Plan.Rule::rule).containsExactly("If it hurts, stop");
		assertThat(page.painAdvice()).extracting(Plan.Guidance::topic).containsExactly("Pain");
		assertThat(page.advice()).extracting(Plan.Guidance::topic).containsExactly("Meals");
		assertThat(page.situation()).contains(new PlanPage.Fact("Health", "Spinal disc herniation"));
		assertThat(page.excluded()).hasSize(1);
		assertThat(page.excluded().get(0).exercises()).hasSize(2);
	}

	@Test
	void shouldSayAReasonSharedByAWholeBlockOnceAndShortenTheOthersToTheirFirstSentence() {
		PlanPage page = page(profile("core", List.of(), null));
		PlanPage.BlockView warmUp = page.weeks().get(0).sessions().get(0).blocks().get(0);
		assertThat(warmUp.shared().line()).isEqualTo("Warm-up: raises your temperature.");
		assertThat(warmUp.items()).allMatch((i) -> i.why() == null);
		PlanPage.ItemView squat = page.weeks().get(0).sessions().get(0).blocks().get(1).items().get(0);
		assertThat(squat.why().line()).isEqualTo("Strength: works quadriceps (squat pattern).");
		assertThat(squat.why().more()).isEqualTo("About 10–20 hard sets a week (Schoenfeld et al. 2017).");
		assertThat(squat.dose()).isEqualTo("3 × 8–12 reps, rest 90 s");
	}

	@Test
	void shouldNotSplitAReasonAtAnAbbreviationOrInsideBrackets() {
		assertThat(Why.of("Works the glutes (Schoenfeld et al. 2017). Rest well.").line())
			.isEqualTo("Works the glutes (Schoenfeld et al. 2017).");
		assertThat(Why.of("As Schoenfeld et al. 2017 found. More.").line())
			.isEqualTo("As Schoenfeld et al. 2017 found.");
		assertThat(Why.of("One sentence only.").hasMore()).isFalse();
	}

	@Test
	void shouldShowWeeklySetsPerWeekWhenThePlanCarriesThemAndNothingOtherwise() {
		Plan plan = plan(profile("hypertrophy", List.of(), null));
		ObjectNode document = JSON.valueToTree(plan);
		assertThat(WeeklySets.read(document)).isEmpty();

		((ObjectNode) document.get("weeks").get(0)).putObject("weeklySets").put("chest", 12).put("back", 14);
		assertThat(WeeklySets.read(document)).containsOnlyKeys(1);
		assertThat(WeeklySets.read(document).get(1)).containsExactly(new WeeklySets.Count("chest", "12"),
				new WeeklySets.Count("back", "14"));

		ObjectNode shared = JSON.valueToTree(plan);
		shared.putArray("weeklySets").addObject().put("group", "glutes").put("sets", 10).put("min", 10).put("max", 20);
		assertThat(WeeklySets.read(shared).get(1)).containsExactly(new WeeklySets.Count("glutes", "10 (aim 10–20)"));
	}

	private static PlanPage page(Plan.Profile profile) {
		Plan plan = plan(profile);
		return PlanPage.of(plan, JSON.valueToTree(plan), TAXONOMY);
	}

	private static Plan.Profile profile(String goal, List<String> conditions, Integer trimester) {
		return new Plan.Profile(goal, "beginner", 1, 30, 1, List.of(), conditions, trimester, List.of(), null, 0);
	}

	private static Plan plan(Plan.Profile profile) {
		Plan.Item march = item("marching", "Marching", "Warm-up: raises your temperature.");
		Plan.Item circles = item("arm-circles", "Arm Circles", "Warm-up: raises your temperature.");
		Plan.Item squat = item("goblet-squat", "Goblet Squat",
				"Strength: works quadriceps (squat pattern). About 10–20 hard sets a week (Schoenfeld et al. 2017).");
		Plan.Session session = new Plan.Session(1, "Full body", 30,
				List.of(new Plan.Block("warm-up", List.of(march, circles)), new Plan.Block("main", List.of(squat))));
		return new Plan(UUID.randomUUID(), profile, "A plan",
				List.of(new Plan.Week(1, "Start", false, List.of(session), java.util.Map.of())),
				List.of(new Plan.Excluded("crunch", "Crunch", "Disc herniation: no loaded flexion."),
						new Plan.Excluded("sit-up", "Sit-Up", "Disc herniation: no loaded flexion.")),
				List.of(),
				List.of(new Plan.Guidance("Pain", "Up to 5 of 10 is acceptable.", "Thomeé 1997", List.of()),
						new Plan.Guidance("Meals", "Wait an hour after eating.", "FitAtlas editorial", List.of())),
				List.of(new Plan.Rule("Disc herniation: no rolling on the spine", "McGill 2004"),
						new Plan.Rule("Train the front, the back and the sides of the trunk", "FitAtlas"),
						new Plan.Rule("If it hurts, stop", "Thomeé 1997")));
	}

	private static Plan.Item item(String slug, String name, String why) {
		return new Plan.Item(new Plan.ExerciseLink(slug, name), 3, 8, 12, null, false, false, 90, "body weight", "",
				List.of(), why);
	}

}
