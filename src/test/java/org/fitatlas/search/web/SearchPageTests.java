package org.fitatlas.search.web;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fitatlas.FitAtlasWebTest;
import org.fitatlas.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search page and API as people use them: a condition leads to the planner's advice,
 * facets combine, pages are numbered, and bad values are named.
 */
@FitAtlasWebTest
class SearchPageTests {

	@LocalServerPort
	int port;

	TestHttp http;

	@BeforeEach
	void setUp() {
		this.http = new TestHttp(this.port);
	}

	@Test
	void shouldAnswerPregnantWithThePlannersAdviceAndALinkToAPlanForIt() {
		String page = html("/search?q=pregnant");
		assertThat(page).contains("Pregnancy: what the planner allows")
			.contains("href=\"/plans/new?goal=general-fitness&amp;conditions=pregnancy\"")
			.contains("Make a plan for this")
			.doesNotContain(">Crunch</a></h2>");
		String wizard = html("/plans/new?goal=general-fitness&conditions=pregnancy&conditions=nonsense");
		assertThat(wizard).containsPattern("value=\"pregnancy\"\\s+checked");
	}

	@Test
	void shouldCountEachFacetValueAsTheTotalAClickOnItGives() {
		JsonNode all = json("/api/v1/search?q=stretch&limit=50");
		long legs = all.get("facets").get("bodyPart").get("legs").asLong();
		JsonNode one = json("/api/v1/search?q=stretch&limit=50&bodyPart=legs");
		assertThat(one.get("total").asLong()).isEqualTo(legs);
		long beginner = one.get("facets").get("level").get("beginner").asLong();
		JsonNode two = json("/api/v1/search?q=stretch&limit=50&bodyPart=legs&level=beginner");
		assertThat(two.get("total").asLong()).isEqualTo(beginner);
		String page = html("/search?q=stretch&bodyPart=legs");
		assertThat(page).contains("href=\"/search?q=stretch&amp;bodyPart=legs&amp;level=beginner\"")
			.contains("aria-label=\"Remove filter Legs\"");
	}

	@Test
	void shouldNumberPagesAsPeopleCountAndSayWhenAPageIsPastTheEnd() {
		String first = html("/search?q=stretch");
		assertThat(first).contains("href=\"/search?q=stretch&amp;page=2\"");
		String beyond = html("/search?q=stretch&page=99");
		assertThat(beyond).contains("is past the end").doesNotContain("class=\"card\"");
		Matcher total = Pattern.compile("the <strong>(\\d+)</strong> results fill").matcher(beyond);
		assertThat(total.find()).isTrue();
	}

	@Test
	void shouldShowHitsFarBelowTheBestAsAlsoRelated() {
		JsonNode result = json("/api/v1/search?q=" + enc("bench press") + "&limit=50");
		assertThat(result.get("total").asInt()).isLessThan(30);
		assertThat(result.get("related")).isNotEmpty();
		assertThat(html("/search?q=" + enc("bench press"))).contains("Also related");
	}

	@ParameterizedTest
	@CsvSource({ "/api/v1/search?q=plank&page=0, page", "/api/v1/search?q=plank&page=1001, page",
			"/api/v1/search?q=plank&page=two, page", "/api/v1/search?q=plank&page=1&page=2, page",
			"/api/v1/search?q=plank&level=beginner&level=expert, level",
			"/api/v1/search?q=plank&muscle=glutes&muscle=wings, muscle" })
	void shouldRejectBadPagesAndFilterValuesNamingTheParameter(String path, String parameter) {
		HttpResponse<String> response = this.http.get(path);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(TestHttp.contentType(response)).startsWith("application/problem+json");
		assertThat(TestHttp.json(response).get("parameter").asString()).isEqualTo(parameter);
		assertThat(this.http.get(path.replace("/api/v1/search", "/search"), "text/html").statusCode()).isEqualTo(400);
	}

	private String html(String path) {
		HttpResponse<String> response = this.http.get(path, "text/html");
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	private JsonNode json(String path) {
		HttpResponse<String> response = this.http.get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return TestHttp.json(response);
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

}
