package org.fitatlas.shared.web;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.fitatlas.FitAtlasWebTest;
import org.fitatlas.RawHttp;
import org.fitatlas.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every request meets before any module sees it: the body size limit, control
 * characters in the query, the error page itself, and the security headers on every
 * answer, Tomcat's own ones included.
 */
@FitAtlasWebTest
class WebHardeningTests {

	static final String PLAN = "{\"goal\":\"core\",\"level\":\"beginner\",\"daysPerWeek\":2,\"minutesPerSession\":20,\"weeks\":1}";

	@LocalServerPort
	int port;

	TestHttp http;

	@BeforeEach
	void setUp() {
		this.http = new TestHttp(this.port);
	}

	@Test
	void shouldRefuseAnAnnouncedOversizeBodyBeforeReadingIt() {
		// The body is announced but never sent: an answer proves nothing waited for it.
		RawHttp.Response response = RawHttp.exchange(this.port, """
				POST /api/v1/plans HTTP/1.1
				Host: localhost
				Content-Type: application/json
				Content-Length: 20000000
				Connection: close

				{"goal":""");
		assertThat(response.status()).isEqualTo(413);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.body()).contains("16384");
	}

	@Test
	void shouldRefuseAStreamedOversizeBodyWhileCountingIt() {
		byte[] big = ("{\"goal\":\"" + "x".repeat(200_000) + "\"}").getBytes();
		HttpResponse<String> response = this.http
			.send(HttpRequest.newBuilder(URI.create(this.http.url("/api/v1/plans")))
				.header("Content-Type", "application/json")
				.header("Accept", "application/json")
				.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
				.build());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
		assertThat(TestHttp.contentType(response)).startsWith("application/problem+json");
	}

	@Test
	void shouldStillAcceptBodiesWithinTheLimit() {
		HttpResponse<String> response = this.http
			.send(HttpRequest.newBuilder(URI.create(this.http.url("/api/v1/plans")))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(PLAN.getBytes())))
				.build());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
	}

	@Test
	void shouldRefuseControlCharactersInTheQueryOnTheApiAndOnPages() {
		for (String query : new String[] { "q=squat%00", "q=squat%0D%0AX-Injected:%201", "q=a%0Ab" }) {
			HttpResponse<String> api = this.http.get("/api/v1/search?" + query);
			assertThat(api.statusCode()).as(query).isEqualTo(400);
			assertThat(TestHttp.json(api).get("parameter").asString()).isEqualTo("q");
			HttpResponse<String> page = this.http.get("/search?" + query, "text/html");
			assertThat(page.statusCode()).as(query).isEqualTo(400);
			assertThat(TestHttp.contentType(page)).startsWith("text/html");
		}
	}

	@Test
	void shouldAnswerTheErrorPageOpenedDirectlyWithNotFound() {
		assertThat(this.http.get("/error").statusCode()).isEqualTo(404);
		assertThat(this.http.get("/error", "text/html").statusCode()).isEqualTo(404);
	}

	@Test
	void shouldSendPermissionsPolicyOnPagesAndTheApi() {
		assertThat(this.http.get("/", "text/html").headers().firstValue("Permissions-Policy")).get()
			.asString()
			.contains("camera=()");
		assertThat(this.http.get("/api/v1/taxonomy").headers().firstValue("Permissions-Policy")).isPresent();
	}

	@Test
	void shouldSendSecurityHeadersOnTomcatsOwnErrorAnswers() {
		RawHttp.Response response = RawHttp.exchange(this.port, """
				GET /exercises/%zz HTTP/1.1
				Host: localhost
				Connection: close

				""");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
		assertThat(response.header("Content-Security-Policy")).contains("default-src");
		assertThat(response.header("Permissions-Policy")).contains("camera=()");
	}

	@Test
	void shouldNotCopyAForgedHostIntoRedirects() {
		RawHttp.Response response = RawHttp.exchange(this.port, """
				GET /profile HTTP/1.1
				Host: evil.example
				X-Forwarded-Host: evil.example
				Accept: text/html
				Connection: close

				""");
		assertThat(response.status()).isEqualTo(302);
		assertThat(response.header("Location")).endsWith("/login").doesNotContain("evil");
	}

	@Test
	void shouldNotCopyAForgedHostIntoTheRedirectAfterSigningIn() {
		String email = "host-" + java.util.UUID.randomUUID() + "@fitatlas.test";
		String account = "{\"email\":\"" + email + "\",\"password\":\"correct horse battery\",\"displayName\":\"H\"}";
		assertThat(this.http
			.send(HttpRequest.newBuilder(URI.create(this.http.url("/api/v1/accounts")))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(account))
				.build())
			.statusCode()).isEqualTo(201);
		// the forged Host is remembered with the page that asked for a sign-in
		RawHttp.Response asked = RawHttp.exchange(this.port,
				"GET /profile HTTP/1.1\nHost: evil.example\nAccept: text/html\nConnection: close\n\n");
		String cookie = asked.header("Set-Cookie").split(";")[0];
		RawHttp.Response form = RawHttp.exchange(this.port,
				"GET /login HTTP/1.1\nHost: evil.example\nCookie: " + cookie + "\nConnection: close\n\n");
		java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"")
			.matcher(form.body());
		assertThat(csrf.find()).isTrue();
		String body = "email=" + email.replace("@", "%40") + "&password=correct+horse+battery&_csrf=" + csrf.group(1);
		RawHttp.Response signedIn = RawHttp.exchange(this.port,
				"POST /login HTTP/1.1\nHost: evil.example\nCookie: " + cookie
						+ "\nContent-Type: application/x-www-form-urlencoded\nContent-Length: " + body.length()
						+ "\nConnection: close\n\n" + body);
		assertThat(signedIn.status()).isEqualTo(302);
		assertThat(signedIn.header("Location")).contains("/profile").doesNotContain("evil");
	}

}
