package org.fitatlas.catalog.web;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fitatlas.FitAtlasWebTest;
import org.fitatlas.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The muscle, body-part and equipment pages and their API, over HTTP: what a browser and
 * a JSON client get for good and bad addresses.
 */
@FitAtlasWebTest
class MusclePageTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	TestHttp http;

	@BeforeEach
	void setUp() {
		this.http = new TestHttp(this.port);
	}

	@Test
	void shouldDescribeTheHamstringsWithTheirBestExercisesStretchesSynonymsAndMap() {
		HttpResponse<String> page = this.http.get("/muscles/hamstrings", "text/html");

		assertThat(page.statusCode()).isEqualTo(200);
		String html = page.body();
		assertThat(html).contains("<h1>Hamstrings</h1>")
			.contains("back of the thigh")
			.contains("Three muscles at the back of the thigh")
			.contains("id=\"best-list\"")
			.contains("id=\"stretch-list\"")
			.contains("/exercises/leg-up-hamstring-stretch");
		assertThat(html).containsPattern("data-muscle=\"hamstrings\" data-emphasis=\"strong\"");
		assertThat(html).contains("<meta property=\"og:title\"").contains("/muscles/hamstrings\"");
		int stretch = html.indexOf("id=\"stretch-list\"");
		assertThat(html.indexOf("/exercises/leg-up-hamstring-stretch")).isGreaterThan(stretch);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/body-parts/core", "/equipment/kettlebell", "/equipment/pool", "/muscles/neck" })
	void shouldShowEveryKindOfTopicPage(String path) {
		HttpResponse<String> page = this.http.get(path, "text/html");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"about-text\"").contains("class=\"bodymap");
		assertThat(description(page.body())).isNotBlank().doesNotContain("FitAtlas: an open exercise atlas");
	}

	@Test
	void shouldListTheKettlebellsOwnExercisesNotBodyWeightWork() throws Exception {
		JsonNode topic = JSON.readTree(this.http.get("/api/v1/equipment/kettlebell").body());

		assertThat(topic.get("total").asInt()).isBetween(1, 60);
		assertThat(topic.get("best").get(0).get("role").asString()).isEqualTo("equipment");
	}

	@Test
	void shouldRedirectACapitalisedOrSynonymAddressToTheCanonicalOne() {
		HttpResponse<String> upper = this.http.get("/muscles/Hamstrings", "text/html");
		HttpResponse<String> synonym = this.http.get("/muscles/glutes", "text/html");
		HttpResponse<String> part = this.http.get("/body-parts/abs", "text/html");

		assertThat(upper.statusCode()).isEqualTo(301);
		assertThat(upper.headers().firstValue("Location")).hasValue("/muscles/hamstrings");
		assertThat(synonym.headers().firstValue("Location")).hasValue("/muscles/gluteus-maximus");
		assertThat(part.headers().firstValue("Location")).hasValue("/body-parts/core");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/muscles/wings", "/body-parts/tail", "/equipment/spaceship", "/muscles/%3Cscript%3E",
			"/muscles/" + "x"
					+ "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy" })
	void shouldAnswerAnUnknownTopicWithAnHtmlPageForABrowser(String path) {
		HttpResponse<String> page = this.http.get(path, "text/html,application/xhtml+xml");

		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.headers().firstValue("Content-Type"))
			.hasValueSatisfying((t) -> assertThat(t).startsWith("text/html"));
		assertThat(page.body()).contains("<h1>No such ")
			.contains("id=\"ways-back\"")
			.doesNotContain("slug")
			.doesNotContain("<script>");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/muscles/wings", "/api/v1/muscles/wings", "/api/v1/body-parts/tail",
			"/api/v1/equipment/spaceship" })
	void shouldAnswerAnUnknownTopicWithProblemDetailsForAJsonClient(String path) throws Exception {
		HttpResponse<String> response = this.http.get(path, "application/json");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = JSON.readTree(response.body());
		assertThat(problem.get("parameter").asString()).isIn("muscle", "bodyPart", "equipment");
		assertThat(problem.get("allowed").asString()).contains(", ");
		assertThat(problem.get("detail").asString()).contains(problem.get("value").asString());
	}

	@Test
	void shouldListTheAtlasForAMuscleWithItsTargetExercisesFirst() throws Exception {
		JsonNode page = JSON.readTree(this.http.get("/api/v1/exercises?muscle=hamstrings&size=100").body());
		java.util.List<Boolean> targets = new java.util.ArrayList<>();
		for (JsonNode item : page.get("items")) {
			targets.add(item.get("targetMuscles").toString().contains("\"hamstrings\""));
		}

		assertThat(targets).contains(true, false);
		assertThat(targets.indexOf(false)).isGreaterThan(targets.lastIndexOf(true));
	}

	@Test
	void shouldRejectUnknownParametersOnTheApi() throws Exception {
		HttpResponse<String> response = this.http.get("/api/v1/muscles/hamstrings?sort=fun");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(response.body()).get("parameter").asString()).isEqualTo("sort");
	}

	@Test
	void shouldLinkTheMuscleIndexToEachMusclePageAndDrawAClickableMap() {
		String html = this.http.get("/muscles", "text/html").body();

		assertThat(html).contains("href=\"/muscles/hamstrings\"");
		assertThat(Pattern.compile("<a href=\"/muscles/[a-z-]+\" class=\"muscle").matcher(html).results().count())
			.isEqualTo(23);
	}

	@Test
	void shouldKeepTheOtherAtlasFiltersWhenAMuscleIsChosenOnTheMap() {
		String html = this.http.get("/exercises?level=beginner&muscle=calves&page=1", "text/html").body();

		assertThat(html).contains("href=\"/exercises?level=beginner&amp;muscle=hamstrings\"")
			.containsPattern("data-muscle=\"calves\" data-emphasis=\"strong\"");
	}

	static String description(String html) {
		Matcher m = Pattern.compile("<meta name=\"description\" content=\"([^\"]*)\"").matcher(html);
		return m.find() ? m.group(1) : "";
	}

}
