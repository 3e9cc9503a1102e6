package org.fitatlas.search.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.lucene.search.Query;
import org.fitatlas.search.SearchHit;
import org.fitatlas.search.SearchRequest;
import org.fitatlas.search.SearchResults;
import org.fitatlas.search.Suggestion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
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
		SearchResults filtered = INDEX
			.search(new SearchRequest("stretch", 50, null, null, List.of(), null, "stretching"));
		assertThat(filtered.total()).isEqualTo(stretching);
		assertThat(filtered.items()).allSatisfy((h) -> assertThat(SearchFixtures.EXERCISES.stream()
			.filter((e) -> e.slug().equals(h.slug()))
			.findFirst()
			.orElseThrow()
			.category()).isEqualTo("stretching"));
	}

	@Test
	void shouldOnlyReturnWhatTheListedEquipmentAllows() {
		SearchResults results = INDEX
			.search(new SearchRequest("squat", 50, null, null, List.of("dumbbell"), null, null));
		assertThat(results.items()).isNotEmpty()
			.allSatisfy((h) -> assertThat(h.equipment()).isSubsetOf("none", "mat", "dumbbell"));
		assertThat(results.items()).extracting(SearchHit::slug)
			.contains("goblet-squat")
			.doesNotContain("barbell-back-squat");
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
		Query nothing = INDEX.mainQuery("   ");
		assertThat(nothing).isNull();
		assertThat(INDEX.search(SearchRequest.of("!!!", 10)).items()).isEmpty();
	}

	private static List<String> top(String q, int n) {
		return INDEX.search(SearchRequest.of(q, n)).items().stream().map(SearchHit::slug).toList();
	}

	private static List<String> suggest(String q) {
		return INDEX.suggest(q, 8).stream().map(Suggestion::slug).toList();
	}

	static Set<String> slugs(List<SearchHit> hits) {
		return hits.stream().map(SearchHit::slug).collect(Collectors.toSet());
	}

}
