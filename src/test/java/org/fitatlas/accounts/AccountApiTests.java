package org.fitatlas.accounts;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.fitatlas.FitAtlasWebTest;
import org.fitatlas.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registration, tokens, passwords and security headers over HTTP.
 */
@FitAtlasWebTest
class AccountApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	TestHttp http;

	@BeforeEach
	void setUp() {
		this.http = new TestHttp(this.port);
	}

	@Test
	void shouldRegisterAndIssueATokenShownOnceAndStoredHashed() {
		ApiClient erin = ApiClient.registered(this.http, "erin");
		assertThat(erin.token).startsWith("fa_").hasSizeGreaterThan(40);
		JsonNode me = erin.json("GET", "/api/v1/account", null);
		assertThat(me.get("email").asString()).isEqualTo(erin.email);
		assertThat(me.get("role").asString()).isEqualTo("user");
		assertThat(erin.json("GET", "/api/v1/tokens", null).toString()).doesNotContain(erin.token);
		assertThat(this.jdbc.sql("select count(*) from api_token where token_hash = :t")
			.param("t", erin.token)
			.query(Long.class)
			.single()).as("the token itself is never stored").isZero();
		String hash = this.jdbc.sql("select password_hash from account where email = :e")
			.param("e", erin.email)
			.query(String.class)
			.single();
		assertThat(hash).startsWith("{bcrypt}").doesNotContain(erin.password);
	}

	@Test
	void shouldRejectWeakOrMalformedRegistrationsNamingTheField() {
		for (List<String> bad : List.of(
				List.of("{\"email\":\"x@y.org\",\"password\":\"short\",\"displayName\":\"X\"}", "password"),
				List.of("{\"email\":\"x@y.org\",\"password\":\"password123\",\"displayName\":\"X\"}", "password"),
				List.of("{\"email\":\"not-an-email\",\"password\":\"long enough phrase\",\"displayName\":\"X\"}",
						"email"),
				List.of("{\"email\":\"x@y.org\",\"password\":\"long enough phrase\",\"displayName\":\"\"}",
						"displayName"),
				List.of("{\"email\":\"x@y.org\",\"password\":12345678,\"displayName\":\"X\"}", "password"),
				List.of("{\"email\":\"x@y.org\",\"password\":\"long enough phrase\",\"displayName\":\"X\",\"role\":\"admin\"}",
						"role"),
				List.of("{\"email\":", "body"), List.of("\"text\"", "body"))) {
			HttpResponse<String> response = post("/api/v1/accounts", bad.get(0));
			assertThat(response.statusCode()).as(bad.get(0)).isEqualTo(400);
			assertThat(TestHttp.contentType(response)).startsWith("application/problem+json");
			assertThat(TestHttp.json(response).get("parameter").asString()).as(bad.get(0)).isEqualTo(bad.get(1));
		}
		ApiClient frank = ApiClient.registered(this.http, "frank");
		HttpResponse<String> again = post("/api/v1/accounts", "{\"email\":\"" + frank.email.toUpperCase()
				+ "\",\"password\":\"another long phrase\",\"displayName\":\"F\"}");
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(TestHttp.json(again).get("parameter").asString()).isEqualTo("email");
	}

	@Test
	void shouldRefuseWrongCredentialsAndUnknownTokens() {
		ApiClient gina = ApiClient.registered(this.http, "gina");
		HttpResponse<String> wrong = post("/api/v1/tokens",
				"{\"email\":\"" + gina.email + "\",\"password\":\"not her password\",\"name\":\"x\"}");
		assertThat(wrong.statusCode()).isEqualTo(401);
		assertThat(TestHttp.contentType(wrong)).startsWith("application/problem+json");
		HttpResponse<String> forged = this.http
			.send(HttpRequest.newBuilder(URI.create(this.http.url("/api/v1/account")))
				.header("Authorization", "Bearer fa_forged")
				.build());
		assertThat(forged.statusCode()).isEqualTo(401);
		assertThat(forged.headers().firstValue("WWW-Authenticate")).contains("Bearer");
	}

	@Test
	void shouldSendTheSecurityHeadersOnPagesAndApi() {
		for (String path : List.of("/", "/exercises/bird-dog", "/api/v1/exercises?size=1", "/login")) {
			HttpResponse<String> response = this.http.get(path, "text/html,application/json");
			String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
			assertThat(csp).as(path)
				.contains("script-src 'self'")
				.contains("frame-ancestors 'none'")
				.doesNotContain("unsafe-inline")
				.doesNotContain("unsafe-eval");
			assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
			assertThat(response.headers().firstValue("Referrer-Policy")).as(path)
				.contains("strict-origin-when-cross-origin");
			assertThat(response.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
		}
		assertThat(this.http.get("/", "text/html").body()).doesNotContain("<script>").doesNotContain("onclick=");
	}

	@Test
	void shouldMakeSessionCookiesHttpOnlyLaxAndSecureOverTls() {
		HttpResponse<String> plain = this.http.get("/login", "text/html");
		String cookie = plain.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((c) -> c.startsWith("JSESSIONID"))
			.findFirst()
			.orElseThrow();
		assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
		HttpResponse<String> tls = this.http.send(HttpRequest.newBuilder(URI.create(this.http.url("/login")))
			.header("X-Forwarded-Proto", "https")
			.build());
		String secure = tls.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((c) -> c.startsWith("JSESSIONID"))
			.findFirst()
			.orElseThrow();
		assertThat(secure).contains("Secure").contains("HttpOnly");
	}

	private HttpResponse<String> post(String path, String body) {
		return this.http.send(HttpRequest.newBuilder(URI.create(this.http.url(path)))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

}
