package org.fitatlas.shared.web;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.fitatlas.FitAtlasWebTest;
import org.fitatlas.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a browser gets for the pages' style sheet and scripts, for links to pages, and how
 * pages and JSON travel.
 */
@FitAtlasWebTest
class StaticResourcesTests {

	private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/(?:css|js|webjars)/[^\"]+)\"");

	@LocalServerPort
	int port;

	TestHttp http;

	@BeforeEach
	void setUp() {
		this.http = new TestHttp(this.port);
	}

	@Test
	void shouldLinkAssetsByVersionedUrlsCachedForAYear() {
		String page = this.http.get("/", "text/html").body();
		Matcher assets = ASSET.matcher(page);
		int found = 0;
		while (assets.find()) {
			String url = assets.group(1);
			assertThat(url).as("a versioned URL").matches(".*(-[0-9a-f]{32}\\.(css|js)|/htmx\\.org/[0-9.]+/.*)");
			HttpResponse<String> asset = this.http.get(url, "*/*");
			assertThat(asset.statusCode()).as(url).isEqualTo(200);
			assertThat(asset.headers().firstValue("Cache-Control").orElse("")).as(url)
				.contains("max-age=31536000")
				.contains("immutable")
				.doesNotContain("no-store");
			found++;
		}
		assertThat(found).as("style sheet, htmx, the app and the time-zone scripts").isEqualTo(4);
	}

	@Test
	void shouldLeaveLinksToPagesAsTheyAre() {
		String page = this.http.get("/exercises/bird-dog", "text/html").body();
		assertThat(page).contains("href=\"/exercises\"").contains("href=\"/plans/new\"");
	}

	@Test
	void shouldKeepServingTheApiDocumentationPage() {
		assertThat(this.http.get("/swagger-ui/index.html", "text/html").statusCode()).isEqualTo(200);
	}

	@ParameterizedTest
	@CsvSource({ "/, text/html", "/exercises, text/html", "/api/v1/taxonomy, application/json" })
	void shouldCompressPagesAndJsonOnlyWhenTheClientAsks(String path, String accept) throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		HttpResponse<byte[]> gzip = client.send(HttpRequest.newBuilder(URI.create(this.http.url(path)))
			.header("Accept", accept)
			.header("Accept-Encoding", "gzip")
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
		String body = new String(new GZIPInputStream(new ByteArrayInputStream(gzip.body())).readAllBytes(),
				StandardCharsets.UTF_8);
		HttpResponse<String> plain = this.http.get(path, accept);
		assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(gzip.body().length).isLessThan(plain.body().length() / 2);
		assertThat(body.length()).isCloseTo(plain.body().length(), org.assertj.core.data.Percentage.withPercentage(2));
	}

	@Test
	void shouldAnswerNotFoundForAFileThatIsNotThere() {
		assertThat(this.http.get("/css/nothing.css", "text/css").statusCode()).isEqualTo(404);
	}

}
