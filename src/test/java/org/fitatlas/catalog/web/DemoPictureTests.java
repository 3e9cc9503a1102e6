package org.fitatlas.catalog.web;

import java.net.http.HttpResponse;

import org.fitatlas.FitAtlasWebTest;
import org.fitatlas.TestHttp;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each exercise's figure is served as a cacheable SVG image at a stable address, and the
 * exercise page shows it.
 */
@FitAtlasWebTest
class DemoPictureTests {

	@LocalServerPort
	int port;

	@Test
	void shouldServeAnAnimatedCacheableSvgWithTheStepsAsItsTextAlternative() {
		HttpResponse<String> response = new TestHttp(this.port).get("/exercises/push-up/demo.svg");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(TestHttp.contentType(response)).startsWith("image/svg+xml");
		assertThat(response.headers().firstValue("Cache-Control")).get().asString().contains("max-age=86400");
		assertThat(response.headers().firstValue("ETag")).isPresent();
		assertThat(response.headers().allValues("Content-Security-Policy"))
			.containsExactly("default-src 'none'; style-src 'unsafe-inline'");
		assertThat(response.body()).contains("@keyframes")
			.contains("prefers-reduced-motion")
			.contains("<title id=\"demo-title\">Push-Up</title>")
			.contains("Start in a high plank")
			.doesNotContain("<script");
	}

	@Test
	void shouldShowTheFigureOnTheExercisePage() {
		String page = new TestHttp(this.port).get("/exercises/glute-bridge", "text/html").body();
		assertThat(page).contains("src=\"/exercises/glute-bridge/demo.svg\"")
			.contains("Animated figure doing the Glute Bridge")
			.doesNotContain("not drawn yet");
	}

	@Test
	void shouldAnswer404ProblemNamingTheSlugForAnUnknownExercise() {
		HttpResponse<String> response = new TestHttp(this.port).get("/exercises/no-such-move/demo.svg");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(TestHttp.contentType(response)).startsWith("application/problem+json");
		assertThat(response.body()).contains("no-such-move");
	}

	@Test
	void shouldAnswer400ProblemForASlugThatCannotBeOne() {
		HttpResponse<String> response = new TestHttp(this.port).get("/exercises/Push_Up/demo.svg");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(TestHttp.contentType(response)).startsWith("application/problem+json");
		assertThat(response.body()).contains("slug").contains("Push_Up");
	}

}
