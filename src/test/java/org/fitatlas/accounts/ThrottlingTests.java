package org.fitatlas.accounts;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.fitatlas.TestHttp;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * More than ten failed sign-ins for one account or from one address within 15 minutes get
 * 429 with Retry-After. Its own app, so the address it exhausts is not shared with other
 * tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "fitatlas.database.data-dir=target/test-pg/${random.uuid}", "fitatlas.database.clean=true",
				"fitatlas.test.context=throttling" })
@DirtiesContext
class ThrottlingTests {

	@LocalServerPort
	int port;

	@Test
	void shouldThrottleAnAccountAfterTenFailuresEvenWithTheRightPassword() {
		TestHttp http = new TestHttp(this.port);
		ApiClient hana = ApiClient.registered(http, "hana");
		for (int i = 0; i < 10; i++) {
			HttpResponse<String> wrong = tokenRequest(http, hana.email, "wrong password " + i, "203.0.113." + i);
			assertThat(wrong.statusCode()).as("failure %d", i + 1).isEqualTo(401);
		}
		HttpResponse<String> blocked = tokenRequest(http, hana.email, hana.password, "203.0.113.99");
		assertThat(blocked.statusCode()).isEqualTo(429);
		assertThat(TestHttp.contentType(blocked)).startsWith("application/problem+json");
		long retryAfter = Long.parseLong(blocked.headers().firstValue("Retry-After").orElseThrow());
		assertThat(retryAfter).isBetween(1L, 15 * 60L);
	}

	@Test
	void shouldThrottleOneAddressTryingManyAccounts() {
		TestHttp http = new TestHttp(this.port);
		ApiClient ivan = ApiClient.registered(http, "ivan");
		for (int i = 0; i < 10; i++) {
			assertThat(tokenRequest(http, "nobody" + i + "@fitatlas.test", "guess " + i, "198.51.100.7").statusCode())
				.isEqualTo(401);
		}
		assertThat(tokenRequest(http, ivan.email, ivan.password, "198.51.100.7").statusCode()).isEqualTo(429);
		assertThat(tokenRequest(http, ivan.email, ivan.password, "198.51.100.8").statusCode())
			.as("another address is not affected")
			.isEqualTo(201);
	}

	@Test
	void shouldThrottleTheSignInPageToo() {
		TestHttp browser = new TestHttp(this.port, true);
		for (int i = 0; i < 10; i++) {
			HttpResponse<String> page = browser.postForm("/login", "/login",
					"email=judy@fitatlas.test&password=wrong" + i, "X-Forwarded-For", "192.0.2.50");
			assertThat(page.statusCode()).as("failure %d", i + 1).isEqualTo(302);
		}
		HttpResponse<String> blocked = browser.postForm("/login", "/login", "email=judy@fitatlas.test&password=x",
				"X-Forwarded-For", "192.0.2.50");
		assertThat(blocked.statusCode()).isEqualTo(429);
		assertThat(blocked.headers().firstValue("Retry-After")).isPresent();
	}

	private static HttpResponse<String> tokenRequest(TestHttp http, String email, String password, String address) {
		return http.send(HttpRequest.newBuilder(URI.create(http.url("/api/v1/tokens")))
			.header("Content-Type", "application/json")
			.header("X-Forwarded-For", address)
			.POST(HttpRequest.BodyPublishers
				.ofString("{\"email\":\"" + email + "\",\"password\":\"" + password + "\",\"name\":\"t\"}"))
			.build());
	}

}
