package org.fitatlas.search.web;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.fitatlas.FitAtlasWebTest;
import org.fitatlas.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search API and pages over HTTP against the running app.
 */
@FitAtlasWebTest
class SearchApiTests {

	@LocalServerPort
	int port;

	TestHttp http;

	@BeforeEach
	void setUp() {
		this.http = new TestHttp(this.port);
	}

	@Test
	void shouldAnswerWithItemsFacetsTotalAndTime() {
		JsonNode result = ok("/api/v1/search?q=" + enc("fitball bridge"));
		assertThat(result.get("items")).hasSizeLessThanOrEqualTo(10).isNotEmpty();
		JsonNode first = result.get("items").get(0);
		assertThat(first.get("slug").asString()).isNotBlank();
		assertThat(first.get("name").asString()).isNotBlank();
		assertThat(first.get("bodyPart").asString()).isNotBlank();
		assertThat(first.get("level").asString()).isNotBlank();
		assertThat(first.get("equipment")).isNotEmpty();
		assertThat(first.get("score").asDouble()).isPositive();
		assertThat(first.get("highlight").asString()).isNotBlank();
		assertThat(result.get("facets").has("bodyPart")).isTrue();
		assertThat(result.get("facets").has("equipment")).isTrue();
		assertThat(result.get("total").asInt()).isGreaterThanOrEqualTo(result.get("items").size());
		assertThat(result.get("tookMs").asDouble()).isGreaterThanOrEqualTo(0);
	}

	@Test
	void shouldApplyTheAtlasFiltersAndTheLimit() {
		JsonNode result = ok("/api/v1/search?q=stretch&category=stretching&level=beginner&limit=50");
		assertThat(result.get("items")).isNotEmpty()
			.allSatisfy((i) -> assertThat(i.get("level").asString()).isEqualTo("beginner"));
		assertThat(ok("/api/v1/search?q=squat&equipment=none&limit=50").get("items"))
			.allSatisfy((i) -> assertThat(i.get("equipment").get(0).asString()).isIn("none", "mat"));
		assertThat(ok("/api/v1/search?q=plank&limit=3").get("items")).hasSize(3);
	}

	@ParameterizedTest
	@ValueSource(strings = { "AND(", "*", "\"", "~", "\\", "((plank", "plank]]", "a:b", "leg raise~2", "+-!" })
	void shouldSearchLuceneSyntaxAsTextNeverAsAnError(String q) {
		HttpResponse<String> response = this.http.get("/api/v1/search?q=" + enc(q));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(TestHttp.json(response).has("items")).isTrue();
	}

	@Test
	void shouldSuggestCompletionsForTheSearchBox() {
		HttpResponse<String> response = this.http.get("/api/v1/search/suggest?q=" + enc("bird d"));
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode suggestions = TestHttp.json(response);
		assertThat(suggestions.get(0).get("slug").asString()).isEqualTo("bird-dog");
		assertThat(suggestions.get(0).get("name").asString()).isEqualTo("Bird Dog");
		assertThat(TestHttp.json(this.http.get("/api/v1/search/suggest?q=fitb&limit=3"))).hasSizeLessThanOrEqualTo(3)
			.isNotEmpty();
	}

	static Stream<Arguments> badRequests() {
		String tooLong = "a".repeat(201);
		return Stream.of(Arguments.of("/api/v1/search", "q"), Arguments.of("/api/v1/search?q=", "q"),
				Arguments.of("/api/v1/search?q=%20%20%20", "q"), Arguments.of("/api/v1/search?q=" + tooLong, "q"),
				Arguments.of("/api/v1/search?q=plank&limit=0", "limit"),
				Arguments.of("/api/v1/search?q=plank&limit=51", "limit"),
				Arguments.of("/api/v1/search?q=plank&limit=many", "limit"),
				Arguments.of("/api/v1/search?q=plank&level=expert", "level"),
				Arguments.of("/api/v1/search?q=plank&bodyPart=wings", "bodyPart"),
				Arguments.of("/api/v1/search?q=plank&muscle=x", "muscle"),
				Arguments.of("/api/v1/search?q=plank&equipment=spaceship", "equipment"),
				Arguments.of("/api/v1/search?q=plank&category=yoga", "category"),
				Arguments.of("/api/v1/search?q=plank&q=bridge", "q"),
				Arguments.of("/api/v1/search?q=plank&sort=x", "sort"), Arguments.of("/api/v1/search/suggest", "q"),
				Arguments.of("/api/v1/search/suggest?q=%20", "q"),
				Arguments.of("/api/v1/search/suggest?q=" + tooLong, "q"),
				Arguments.of("/api/v1/search/suggest?q=pl&limit=0", "limit"),
				Arguments.of("/api/v1/search/suggest?q=pl&limit=x", "limit"),
				Arguments.of("/api/v1/search/suggest?q=pl&level=beginner", "level"),
				Arguments.of("/api/v1/search?q=%ff%fe", null));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badRequests")
	void shouldRejectBadInputWithAProblemNamingTheParameter(String path, String parameter) {
		HttpResponse<String> response = this.http.get(path);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(TestHttp.contentType(response)).startsWith("application/problem+json");
		if (parameter != null) {
			JsonNode problem = TestHttp.json(response);
			assertThat(problem.get("parameter").asString()).isEqualTo(parameter);
			assertThat(problem.get("allowed").asString()).isNotBlank();
		}
	}

	@Test
	void shouldRenderAResultsPageWithFacetsAndHighlights() {
		HttpResponse<String> page = this.http.get("/search?q=" + enc("hamstrin stetch"), "text/html");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Leg-Up Hamstring Stretch").contains("<mark>").contains("Body part");
		HttpResponse<String> suggestions = this.http.get("/search/suggestions?q=" + enc("plan"), "text/html");
		assertThat(suggestions.body()).contains("role=\"option\"").contains("Plank").doesNotContain("<html");
		assertThat(this.http.get("/search?q=" + "a".repeat(201), "text/html").statusCode()).isEqualTo(400);
	}

	static Stream<Arguments> longQueries() {
		return Stream.of(Arguments.of("dead bug bird dog side plank glute bridge", "bird-dog"),
				Arguments.of("slow controlled glute bridge hold squeezing buttocks at the top then lower hips back "
						+ "down to the mat, strengthen core and lower back", "bridge"),
				Arguments.of("leg up ab hip arm row dip box jog run hop ski mat bar toe sit pec lat abs cat cow dog "
						+ "bug neck core knee calf back side low b c d e f g h j k l m n o p q r s t u v w x y z "
						+ "1 2 3 4 5 6", ""),
				Arguments.of(("fitball swiss ball gym ball stability ball exercise ball physio ball gymnastic ball "
						+ "plank board bar side plank side board glute bridge pelvic lift hip raise hip lift bird dog "
						+ "plane lazy cat cobra snake pose superman swimmer diver lunge step forward")
					.substring(0, 200), "bird-dog"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("longQueries")
	void shouldAnswerLongQueriesWithResultsOnTheApiAndTheSearchPage(String q, String expectedInTopSlug) {
		JsonNode result = ok("/api/v1/search?q=" + enc(q));
		assertThat(result.get("items")).isNotEmpty()
			.anySatisfy((i) -> assertThat(i.get("slug").asString()).contains(expectedInTopSlug));
		HttpResponse<String> page = this.http.get("/search?q=" + enc(q), "text/html");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains(HtmlUtils.htmlEscape(result.get("items").get(0).get("name").asString()));
	}

	private JsonNode ok(String path) {
		HttpResponse<String> response = this.http.get(path);
		assertThat(response.statusCode()).as(path + " -> " + response.body()).isEqualTo(200);
		return TestHttp.json(response);
	}

	private static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
