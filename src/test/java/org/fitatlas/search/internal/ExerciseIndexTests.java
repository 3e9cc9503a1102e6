package org.fitatlas.search.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.lucene.search.Query;
import org.fitatlas.catalog.Exercise;
import org.fitatlas.planning.Plan;
import org.fitatlas.search.SearchHit;
import org.fitatlas.search.SearchRequest;
import org.fitatlas.search.SearchResults;
import org.fitatlas.search.Suggestion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the index ranks, expands and completes what people type.
 */
class ExerciseIndexTests {

	private static final ExerciseIndex INDEX = SearchFixtures.index();

	@Test
	void shouldFindTheSwissBallWhenAPersonSaysFitball() {
		assertThat(top("fitball bridge", 3)).contains("ball-bridge");
		assertThat(top("swiss ball crunch", 1)).containsExactly("ball-crunch");
	}

	@Test
	void shouldReadTheSeedsTranslatedWordingAsTheExerciseItMeans() {
		assertThat(top("board on the side", 1)).containsExactly("side-plank");
		assertThat(top("lazy cat", 1)).containsExactly("cat-cow");
		assertThat(top("plane", 1)).containsExactly("bird-dog");
		assertThat(top("snake pose", 1)).containsExactly("cobra-pose");
		assertThat(top("scissors", 1)).containsExactly("flutter-kicks");
	}

	@Test
	void shouldTolerateTyposInWordsOfFourLettersOrMore() {
		assertThat(top("hamstrin stetch", 3)).contains("leg-up-hamstring-stretch");
		assertThat(top("burpy", 1)).containsExactly("burpee");
		assertThat(top("kettelbell swing", 1)).containsExactly("kettlebell-swing");
	}

	@ParameterizedTest
	@ValueSource(strings = { "bridge", "plank", "crunch", "hamstring stretch", "shoulder press", "side plank" })
	void shouldNeverRankATypoMatchAboveAnExactMatch(String q) {
		SearchResults results = INDEX.search(SearchRequest.of(q, 50));
		List<SearchHit> hits = results.items();
		boolean seenFuzzyOnly = false;
		for (SearchHit hit : hits) {
			boolean exact = hit.score() >= ExerciseIndex.EXACT_TIER;
			assertThat(exact && seenFuzzyOnly).as("%s ranks an exact match %s below a typo match", q, hit.slug())
				.isFalse();
			seenFuzzyOnly |= !exact;
		}
		assertThat(hits.get(0).score()).isGreaterThanOrEqualTo(ExerciseIndex.EXACT_TIER);
	}

	@ParameterizedTest
	@ValueSource(strings = { "AND(", "*", "\"", "~", "\\", "(((", "plank)", "name:plank", "+-&&||!{}[]^", "a*b?c",
			"\"unbalanced quote", "leg raise~2", "/regex/" })
	void shouldSearchLuceneSyntaxAsPlainText(String q) {
		SearchResults results = INDEX.search(SearchRequest.of(q, 10));
		assertThat(results.total()).isGreaterThanOrEqualTo(0);
	}

	@Test
	void shouldTreatOperatorsAsWords() {
		assertThat(top("plank)", 10)).isEqualTo(top("plank", 10));
		assertThat(top("\"side plank", 10)).isEqualTo(top("side plank", 10));
		assertThat(top("side AND plank*", 10)).isEqualTo(top("side and plank", 10));
	}

	@Test
	void shouldCountFacetsOverAllMatchesAndApplyFilters() {
		SearchResults all = INDEX.search(SearchRequest.of("stretch", 5));
		assertThat(all.total()).isGreaterThan(5);
		assertThat(all.facets()).containsKeys("bodyPart", "muscle", "equipment", "level", "category");
		long stretching = all.facets().get("category").get("stretching");
		SearchResults filtered = INDEX.search(SearchRequest.of("stretch", 50).with("category", "stretching"));
		assertThat(filtered.total()).isEqualTo(stretching);
		assertThat(filtered.items()).allSatisfy((h) -> assertThat(SearchFixtures.EXERCISES.stream()
			.filter((e) -> e.slug().equals(h.slug()))
			.findFirst()
			.orElseThrow()
			.category()).isEqualTo("stretching"));
	}

	@Test
	void shouldKeepToExercisesThatUseEveryChosenEquipment() {
		SearchResults results = INDEX.search(SearchRequest.of("squat", 50).with("equipment", "dumbbell"));
		assertThat(results.items()).isNotEmpty().allSatisfy((h) -> assertThat(h.equipment()).contains("dumbbell"));
		assertThat(results.items()).extracting(SearchHit::slug)
			.contains("goblet-squat")
			.doesNotContain("barbell-back-squat", "bodyweight-squat");
	}

	@Test
	void shouldMarkMatchedWordsInAnEscapedSnippet() {
		SearchHit hit = INDEX.search(SearchRequest.of("hamstrings", 1)).items().get(0);
		assertThat(hit.highlight()).contains("<mark>");
		SearchHit xss = INDEX.search(SearchRequest.of("<script>plank</script>", 1)).items().get(0);
		assertThat(xss.highlight()).doesNotContain("<script>");
	}

	@Test
	void shouldSuggestOnWordBeginningsAnywhereInNamesAndAliases() {
		assertThat(suggest("bird")).first().isEqualTo("bird-dog");
		assertThat(suggest("hamstring str")).contains("leg-up-hamstring-stretch");
		assertThat(suggest("flut")).contains("flutter-kicks");
		List<Suggestion> byAlias = INDEX.suggest("snake po", 5);
		assertThat(byAlias).extracting(Suggestion::slug).contains("cobra-pose");
		assertThat(byAlias.stream().filter((s) -> s.slug().equals("cobra-pose")).findFirst().orElseThrow().matched())
			.containsIgnoringCase("snake");
	}

	@Test
	void shouldSuggestDespiteATypo() {
		assertThat(suggest("hamstrng stretc")).isNotEmpty()
			.allSatisfy((slug) -> assertThat(slug).containsAnyOf("hamstring", "stretch", "fold", "hug"));
		assertThat(suggest("kettelbel")).first().asString().startsWith("kettlebell");
	}

	@Test
	void shouldIgnoreQueriesWithoutWords() {
		Query nothing = INDEX.plan("   ").query();
		assertThat(nothing).isNull();
		assertThat(INDEX.search(SearchRequest.of("!!!", 10)).items()).isEmpty();
	}

	@Test
	void shouldAnswerSevenDistinctWordsWithTheExercisesNamed() {
		String q = "dead bug bird dog side plank glute bridge";
		QueryPlan plan = INDEX.plan(q);
		assertThat(QueryPlanner.clauses(plan.query())).isLessThanOrEqualTo(QueryPlanner.CLAUSE_BUDGET);
		assertThat(plan.words()).hasSize(8);
		assertThat(top(q, 30)).contains("dead-bug", "bird-dog", "side-plank", "glute-bridge");
	}

	@Test
	void shouldAnswerTwentyWordsWithinTheClauseBudget() {
		String q = "slow controlled glute bridge hold squeezing buttocks at the top then lower hips back down "
				+ "to the mat, strengthen core and lower back";
		assertThat(SearchAnalysis.words(SearchAnalysis.plain(), q)).hasSizeGreaterThanOrEqualTo(16);
		assertThat(QueryPlanner.clauses(INDEX.plan(q).query())).isLessThanOrEqualTo(QueryPlanner.CLAUSE_BUDGET);
		assertThat(INDEX.plan(q).words()).contains("glute", "bridge");
		assertThat(top(q, 10)).containsAnyOf("glute-bridge", "single-leg-glute-bridge", "shoulder-blade-bridge");
	}

	@Test
	void shouldCutSixtyWordsToTheMostUsefulWithinTheClauseBudget() {
		String q = String.join(" ", SIXTY_WORDS);
		assertThat(q).hasSizeLessThanOrEqualTo(SearchRequest.MAX_QUERY_LENGTH);
		assertThat(SearchAnalysis.words(SearchAnalysis.plain(), q)).hasSize(60);
		QueryPlan plan = INDEX.plan(q);
		assertThat(plan.words()).isNotEmpty().isSubsetOf(SIXTY_WORDS);
		assertThat(QueryPlanner.clauses(plan.query())).isLessThanOrEqualTo(QueryPlanner.CLAUSE_BUDGET);
		assertThat(INDEX.search(SearchRequest.of(q, 10)).items()).isNotEmpty();
	}

	@Test
	void shouldKeepTheRarestWordsWhenAQueryIsCut() {
		String q = "lower back lower back lower back stretch stretch stretch leg leg leg raise hip side plank "
				+ "bird dog cobra pose kettlebell swing";
		QueryPlan plan = INDEX.plan(q);
		assertThat(QueryPlanner.clauses(plan.query())).isLessThanOrEqualTo(QueryPlanner.CLAUSE_BUDGET);
		assertThat(plan.words()).doesNotHaveDuplicates().contains("kettlebell", "cobra");
	}

	@Test
	void shouldStayWithinTheClauseBudgetWithEverySynonymAtOnce() throws Exception {
		List<String> lines = synonymLines();
		String everything = String.join(" ", lines);
		assertThat(QueryPlanner.clauses(INDEX.plan(everything).query()))
			.isLessThanOrEqualTo(QueryPlanner.CLAUSE_BUDGET);
		for (String chunk : chunks(everything, SearchRequest.MAX_QUERY_LENGTH)) {
			assertThat(INDEX.search(SearchRequest.of(chunk, 10)).items()).as(chunk).isNotEmpty();
		}
		for (String line : lines) {
			String q = line.length() <= SearchRequest.MAX_QUERY_LENGTH ? line
					: line.substring(0, SearchRequest.MAX_QUERY_LENGTH);
			assertThat(INDEX.search(SearchRequest.of(q, 10)).items()).as(q).isNotEmpty();
		}
	}

	@Test
	void shouldSuggestForTheLastWordsOfAVeryLongText() {
		String q = String.join(" ", SIXTY_WORDS) + " kettleb";
		assertThat(INDEX.suggest(q, 8)).isNotEmpty();
	}

	/** Sixty distinct words in under 200 characters: short words, letters and numbers. */
	static final List<String> SIXTY_WORDS = List.of("leg", "up", "ab", "hip", "arm", "row", "dip", "box", "jog", "run",
			"hop", "ski", "mat", "bar", "toe", "sit", "pec", "lat", "abs", "cat", "cow", "dog", "bug", "neck", "core",
			"knee", "calf", "back", "side", "low", "b", "c", "d", "e", "f", "g", "h", "j", "k", "l", "m", "n", "o", "p",
			"q", "r", "s", "t", "u", "v", "w", "x", "y", "z", "1", "2", "3", "4", "5", "6");

	/** The synonym lines of the product, the way a person might type them. */
	static List<String> synonymLines() throws Exception {
		try (var in = ExerciseIndexTests.class.getClassLoader().getResourceAsStream("search/synonyms.txt")) {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
				.filter((l) -> !l.isBlank() && !l.startsWith("#"))
				.map((l) -> l.replace("=>", ",").replace(",", " ").replaceAll("\\s+", " ").trim())
				.toList();
		}
	}

	static List<String> chunks(String text, int size) {
		List<String> chunks = new java.util.ArrayList<>();
		StringBuilder chunk = new StringBuilder();
		for (String word : text.split(" ")) {
			if (chunk.length() + word.length() + 1 > size) {
				chunks.add(chunk.toString().trim());
				chunk.setLength(0);
			}
			chunk.append(word).append(' ');
		}
		if (!chunk.isEmpty()) {
			chunks.add(chunk.toString().trim());
		}
		return chunks;
	}

	@ParameterizedTest
	@CsvSource({ "pregnancy, pregnancy", "pregnant, pregnancy", "exercises during pregnancy, pregnancy",
			"core exercises when pregnant, pregnancy", "sciatica, spinal-disc-herniation",
			"stretches for sciatica, spinal-disc-herniation", "postpartum, recent-abdominal-surgery",
			"knee pain, knee-pain", "lower back pain, chronic-low-back-pain", "squats with sore knees, knee-pain" })
	void shouldAnswerConditionWordsWithExercisesNeverContraindicatedForIt(String q, String condition) {
		SearchResults results = INDEX.search(SearchRequest.of(q, 50));
		assertThat(results.condition()).isNotNull();
		assertThat(results.condition().conditions()).contains(condition);
		assertThat(results.ranked()).isNotEmpty()
			.allSatisfy((h) -> assertThat(exercise(h.slug()).contraindicatedFor(condition)).as(h.slug()).isFalse());
	}

	@Test
	void shouldLeaveOutWhatThePlannerRulesOutInPregnancyAndSayWhy() {
		SearchResults results = INDEX.search(SearchRequest.of("pregnant", 50));
		assertThat(results.ranked()).extracting(SearchHit::slug).doesNotContain("crunch", "burpee", "box-jump");
		assertThat(results.ranked())
			.allSatisfy((h) -> assertThat(exercise(h.slug()).position()).as(h.slug()).isNotIn("prone", "supine"));
		assertThat(results.condition().guidance()).extracting(Plan.Guidance::topic).contains("Pregnancy");
		assertThat(results.condition().excluded()).extracting(Plan.Excluded::slug).contains("crunch");
	}

	@Test
	void shouldReadSciaticaAsTheDiscRulesAndFindTheStretchWhoseFaqAnswersIt() {
		SearchResults results = INDEX.search(SearchRequest.of("sciatica", 10));
		assertThat(results.items().subList(0, 2)).extracting(SearchHit::slug).contains("leg-up-hamstring-stretch");
		assertThat(results.items()).extracting(SearchHit::slug).doesNotContain("crunch");
		assertThat(results.condition().goal()).isEqualTo("back-health");
	}

	@Test
	void shouldNotReadAStretchForTheHamstringsAsACondition() {
		assertThat(INDEX.search(SearchRequest.of("hamstring stretch", 10)).condition()).isNull();
	}

	@Test
	void shouldCutHitsFarBelowTheBestIntoAlsoRelated() {
		SearchResults results = INDEX.search(SearchRequest.of("bench press", 50));
		assertThat(results.total()).isLessThan(30);
		assertThat(results.relatedTotal()).isPositive();
		float best = results.items().get(0).score();
		assertThat(results.items()).allSatisfy((h) -> assertThat(h.score()).isGreaterThanOrEqualTo(best * 0.8f));
		assertThat(results.related()).allSatisfy((h) -> assertThat(h.score()).isLessThan(best * 0.8f));
		assertThat(results.items()).extracting(SearchHit::slug).startsWith("barbell-bench-press");
	}

	@Test
	void shouldPageThroughTheResultsAndGiveTheTailOnTheLastPageOnly() {
		SearchResults first = INDEX
			.search(new SearchRequest("stretch", 5, 1, List.of(), List.of(), List.of(), List.of(), List.of()));
		assertThat(first.pages()).isGreaterThan(1);
		assertThat(first.items()).hasSize(5);
		assertThat(first.related()).isEmpty();
		SearchResults second = INDEX
			.search(new SearchRequest("stretch", 5, 2, List.of(), List.of(), List.of(), List.of(), List.of()));
		assertThat(second.items()).extracting(SearchHit::slug)
			.doesNotContainAnyElementsOf(first.items().stream().map(SearchHit::slug).toList());
		SearchResults last = INDEX.search(
				new SearchRequest("stretch", 5, first.pages(), List.of(), List.of(), List.of(), List.of(), List.of()));
		assertThat(last.related()).isNotEmpty();
		SearchResults beyond = INDEX
			.search(new SearchRequest("stretch", 5, 99, List.of(), List.of(), List.of(), List.of(), List.of()));
		assertThat(beyond.pastTheEnd()).isTrue();
		assertThat(beyond.items()).isEmpty();
		assertThat(beyond.total()).isEqualTo(first.total());
	}

	@Test
	void shouldCombineTwoFacetsWithAndAndCountWhatAClickGives() {
		SearchResults all = INDEX.search(SearchRequest.of("stretch", 50));
		String bodyPart = "legs";
		long legs = all.facets().get("bodyPart").get(bodyPart);
		SearchResults one = INDEX.search(SearchRequest.of("stretch", 50).with("bodyPart", bodyPart));
		assertThat(one.total()).isEqualTo(legs);
		long beginners = one.facets().get("level").get("beginner");
		SearchResults two = INDEX
			.search(SearchRequest.of("stretch", 50).with("bodyPart", bodyPart).with("level", "beginner"));
		assertThat(two.total()).isEqualTo(beginners).isLessThanOrEqualTo(legs);
		assertThat(two.items()).allSatisfy((h) -> {
			assertThat(h.bodyPart()).isEqualTo(bodyPart);
			assertThat(h.level()).isEqualTo("beginner");
		});
	}

	private static Exercise exercise(String slug) {
		return SearchFixtures.EXERCISES.stream().filter((e) -> e.slug().equals(slug)).findFirst().orElseThrow();
	}

	private static List<String> top(String q, int n) {
		return INDEX.search(SearchRequest.of(q, n)).ranked().stream().limit(n).map(SearchHit::slug).toList();
	}

	private static List<String> suggest(String q) {
		return INDEX.suggest(q, 8).stream().map(Suggestion::slug).toList();
	}

	static Set<String> slugs(List<SearchHit> hits) {
		return hits.stream().map(SearchHit::slug).collect(Collectors.toSet());
	}

}
