package org.fitatlas.shared.web;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.fitatlas.FitAtlasWebTest;
import org.fitatlas.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@FitAtlasWebTest
class PageCacheTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	TestHttp http;

	@BeforeEach
	void setUp() {
		this.http = new TestHttp(this.port);
		// Pages kept by other tests of the shared app are of an older version from here
		// on.
		catalogChanged();
	}

	private void catalogChanged() {
		this.jdbc.sql("update catalog_state set version = version + 1").update();
	}

	@Test
	void shouldServeTheSameExercisePageToTheNextAnonymousVisitorWithoutRenderingItAgain() {
		String path = "/exercises/bird-dog";
		HttpResponse<String> first = this.http.get(path, "text/html");
		HttpResponse<String> second = this.http.get(path, "text/html");

		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.headers().firstValue(PageCache.HEADER)).hasValue("miss");
		assertThat(second.headers().firstValue(PageCache.HEADER)).hasValue("hit");
		assertThat(second.body()).isEqualTo(first.body());
		assertThat(second.headers().firstValue("Content-Type")).isEqualTo(first.headers().firstValue("Content-Type"));
		assertThat(second.headers().firstValue("Content-Security-Policy"))
			.isEqualTo(first.headers().firstValue("Content-Security-Policy"));
		assertThat(second.headers().firstValue("X-Frame-Options")).hasValue("DENY");
	}

	@Test
	void shouldRenderThePageAgainOnceTheCatalogChanged() {
		String path = "/exercises?level=beginner";
		this.http.get(path, "text/html");
		assertThat(this.http.get(path, "text/html").headers().firstValue(PageCache.HEADER)).hasValue("hit");

		catalogChanged();

		assertThat(this.http.get(path, "text/html").headers().firstValue(PageCache.HEADER)).hasValue("miss");
	}

	@Test
	void shouldNeverKeepPagesForSomeoneSignedIn() {
		TestHttp browser = new TestHttp(this.port, true);
		String email = "cache-" + UUID.randomUUID() + "@example.org";
		browser.postForm("/register", "/register",
				"email=" + email + "&displayName=Cachetest&password=long-unusual-passphrase-42");
		browser.postForm("/login", "/login", "email=" + email + "&password=long-unusual-passphrase-42");
		String path = "/exercises/plank";

		HttpResponse<String> signedIn = browser.get(path, "text/html");
		HttpResponse<String> anonymous = this.http.get(path, "text/html");

		assertThat(signedIn.body()).contains("Cachetest");
		assertThat(signedIn.headers().firstValue(PageCache.HEADER)).isEmpty();
		assertThat(anonymous.body()).doesNotContain("Cachetest");
		assertThat(browser.get(path, "text/html").headers().firstValue(PageCache.HEADER)).isEmpty();
	}

	@Test
	void shouldNotKeepPagesThatAreNotFound() {
		String path = "/exercises/no-such-exercise-" + UUID.randomUUID().toString().substring(0, 8);
		HttpResponse<String> first = this.http.get(path, "text/html");
		HttpResponse<String> second = this.http.get(path, "text/html");

		assertThat(first.statusCode()).isEqualTo(404);
		assertThat(second.statusCode()).isEqualTo(404);
		assertThat(second.headers().firstValue(PageCache.HEADER)).isNotEqualTo(java.util.Optional.of("hit"));
	}

	@Test
	void shouldNotKeepAnswersOfTheApi() {
		this.http.get("/api/v1/taxonomy");
		assertThat(this.http.get("/api/v1/taxonomy").headers().firstValue(PageCache.HEADER)).isEmpty();
	}

	@Test
	void shouldKeepAPartialPageApartFromTheWholePage() {
		String path = "/exercises?equipment=kettlebell";
		HttpResponse<String> partial = this.http.send(HttpRequest.newBuilder(URI.create(this.http.url(path)))
			.header("Accept", "text/html")
			.header("HX-Request", "true")
			.header("HX-Target", "atlas")
			.GET()
			.build());
		HttpResponse<String> whole = this.http.get(path, "text/html");

		assertThat(partial.headers().firstValue(PageCache.HEADER)).hasValue("miss");
		assertThat(whole.headers().firstValue(PageCache.HEADER)).hasValue("miss");
	}

	@Test
	void shouldNotKeepPagesForAVisitorWhoHasASession() {
		String path = "/exercises/bird-dog";
		HttpResponse<String> withSession = this.http.send(HttpRequest.newBuilder(URI.create(this.http.url(path)))
			.header("Accept", "text/html")
			.header("Cookie", "JSESSIONID=0123456789ABCDEF")
			.GET()
			.build());
		assertThat(withSession.headers().firstValue(PageCache.HEADER)).isEmpty();
	}

}
