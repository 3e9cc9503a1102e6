package org.fitatlas.search.internal;

import java.io.IOException;
import java.util.List;

import org.fitatlas.search.SearchRequest;
import org.fitatlas.search.SearchResults;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Rankings kept for the same words answer exactly what ranking anew answers, for every
 * page and facet, and the store stays within its bound.
 */
class KeptRankingsTests {

	private static final ExerciseIndex FRESH = new ExerciseIndex(1, SearchFixtures.EXERCISES, SearchFixtures.TAXONOMY,
			SearchAnalysis.synonyms("search/synonyms.txt"), 0);

	@Test
	void shouldAnswerEveryRelevanceQueryAsRankingAnewDoes() throws IOException {
		ExerciseIndex kept = SearchFixtures.index();
		for (SearchRelevanceTests.Judged judged : SearchRelevanceTests.relevanceSet()) {
			SearchRequest request = SearchRequest.of(judged.query(), 10);
			// Twice: the second answer comes from the kept ranking.
			kept.search(request);
			assertThat(same(kept.search(request))).as(judged.query()).isEqualTo(same(FRESH.search(request)));
		}
	}

	@Test
	void shouldReuseOneRankingForOtherPagesAndFacetsOfTheSameWords() {
		ExerciseIndex kept = SearchFixtures.index();
		SearchRequest first = new SearchRequest("stretch", 5, 1, List.of(), List.of(), List.of(), List.of(), List.of());
		SearchResults page1 = kept.search(first);
		assertThat(page1.pages()).as("the word fills several pages").isGreaterThan(1);
		SearchRequest second = new SearchRequest("stretch", 5, 2, List.of(), List.of(), List.of(), List.of(),
				List.of());
		String muscle = page1.facets().get("muscle").keySet().iterator().next();
		SearchRequest filtered = first.with("muscle", muscle);

		assertThat(same(kept.search(second))).isEqualTo(same(FRESH.search(second)));
		assertThat(same(kept.search(filtered))).isEqualTo(same(FRESH.search(filtered)));
		assertThat(kept.keptRankings()).isEqualTo(1);
	}

	@Test
	void shouldKeepNothingWhenAskedToRankEveryTime() {
		FRESH.search(SearchRequest.of("glute bridge", 10));
		assertThat(FRESH.keptRankings()).isZero();
	}

	@Test
	void shouldDropRankingsBeyondTheBoundOnHitsHeld() {
		// "core" alone holds dozens of hits: a bound of 40 keeps a few texts at most.
		ExerciseIndex small = new ExerciseIndex(1, SearchFixtures.EXERCISES, SearchFixtures.TAXONOMY,
				SearchAnalysis.synonyms("search/synonyms.txt"), 40);
		for (String q : List.of("core", "stretch", "squat", "plank", "bridge", "row", "press", "curl")) {
			small.search(SearchRequest.of(q, 10));
		}
		assertThat(small.keptRankings()).isLessThan(8);
		assertThat(small.search(SearchRequest.of("core", 10)).total())
			.isEqualTo(FRESH.search(SearchRequest.of("core", 10)).total());
	}

	@Test
	void shouldRefuseANegativeBound() {
		assertThatThrownBy(() -> new Rankings(-1)).hasMessageContaining("was -1");
		assertThatThrownBy(() -> new SearchIndexHolder(null, -5))
			.hasMessageContaining("fitatlas.search.kept-ranking-hits")
			.hasMessageContaining("was -5");
	}

	/** A search's answer without the time it took. */
	private static SearchResults same(SearchResults r) {
		return new SearchResults(r.items(), r.related(), r.facets(), r.total(), r.relatedTotal(), r.page(), r.pages(),
				r.condition(), 0);
	}

}
