package org.fitatlas.shared.web;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.fitatlas.FitAtlasWebTest;
import org.fitatlas.RawHttp;
import org.fitatlas.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Errors as people meet them: a browser gets a page in our words with a way back, an API
 * client problem details; an exercise address in capitals moves to its lower-case one.
 */
@FitAtlasWebTest
class ErrorPageTests {

	private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	@LocalServerPort
	int port;

	TestHttp http;

	@BeforeEach
	void setUp() {
		this.http = new TestHttp(this.port);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/about", "/muscles/hamstrings/extra", "/exercises/lying-leg-raise/photos",
			"/css/nope.css", "/nothing.php" })
	void shouldShowABrowserAPageNotFoundWithAWayBack(String path) {
		HttpResponse<String> page = this.http.get(path, BROWSER);

		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.headers().firstValue("Content-Type"))
			.hasValueSatisfying((t) -> assertThat(t).startsWith("text/html"));
		assertThat(page.body()).contains("<h1>Page not found</h1>")
			.contains("id=\"ways-back\"")
			.contains("href=\"/exercises\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/about", "/api/v1/nothing" })
	void shouldKeepProblemDetailsForJsonClientsAndTheApi(String path) {
		HttpResponse<String> response = this.http.get(path, "application/json");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
	}

	@Test
	void shouldAnswerTheApiWithProblemDetailsEvenForABrowser() {
		HttpResponse<String> response = this.http.get("/api/v1/nothing", BROWSER);

		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
	}

	@Test
	void shouldMoveAnExerciseAddressInCapitalsToItsLowerCaseAddress() {
		HttpResponse<String> response = this.http.get("/exercises/LYING-LEG-RAISE", BROWSER);

		assertThat(response.statusCode()).isEqualTo(301);
		assertThat(response.headers().firstValue("Location")).hasValue("/exercises/lying-leg-raise");
		assertThat(this.http.get("/exercises/lying-leg-raise", BROWSER).statusCode()).isEqualTo(200);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/exercises/no-such-exercise", "/exercises/bad_name!", "/exercises/NO-SUCH-EXERCISE" })
	void shouldNeverSaySlugOnTheExerciseNotFoundPage(String path) {
		HttpResponse<String> page = this.http.get(path, BROWSER);
		if (page.statusCode() == 301) {
			page = this.http.get(page.headers().firstValue("Location").orElseThrow(), BROWSER);
		}

		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("<h1>No such exercise</h1>")
			.contains("id=\"error-search\"")
			.doesNotContainIgnoringCase("slug");
	}

	@Test
	void shouldAnswerAJsonClientOnAMissingExercisePageWithProblemDetails() {
		HttpResponse<String> response = this.http.get("/exercises/no-such-exercise", "application/json");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
	}

	@Test
	void shouldKeepTheExerciseApiStrictAboutCapitals() {
		HttpResponse<String> response = this.http.get("/api/v1/exercises/LYING-LEG-RAISE", "application/json");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
	}

	@Test
	void shouldShowABrowserAPageForAnAddressTomcatCannotRead() {
		RawHttp.Response page = RawHttp.exchange(this.port, """
				GET /exercises/%zz HTTP/1.1
				Host: localhost
				Accept: text/html
				Connection: close

				""");
		RawHttp.Response api = RawHttp.exchange(this.port, """
				GET /api/v1/exercises/%zz HTTP/1.1
				Host: localhost
				Accept: text/html
				Connection: close

				""");

		assertThat(page.status()).isEqualTo(400);
		assertThat(page.header("Content-Type")).startsWith("text/html");
		assertThat(page.body()).contains("<h1>This address could not be read</h1>").contains("href=\"/exercises\"");
		assertThat(page.header("Content-Security-Policy")).contains("default-src");
		assertThat(api.header("Content-Type")).startsWith("application/problem+json");
	}

	@Test
	void shouldShowABrowserAPageForAMethodTheAddressDoesNotTake() {
		HttpResponse<String> page = this.http.send(HttpRequest.newBuilder(URI.create(this.http.url("/exercises")))
			.header("Accept", BROWSER)
			.method("PUT", HttpRequest.BodyPublishers.noBody())
			.build());

		assertThat(page.statusCode()).isIn(403, 405);
		assertThat(page.headers().firstValue("Content-Type"))
			.hasValueSatisfying((t) -> assertThat(t).startsWith("text/html"));
	}

}
