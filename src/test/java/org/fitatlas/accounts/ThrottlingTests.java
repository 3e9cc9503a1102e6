package org.fitatlas.accounts;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.fitatlas.RawHttp;
import org.fitatlas.TestHttp;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in throttling, the trusted-proxy setting and the per-address limits, with the
 * default limits. Its own app, so the addresses it exhausts are not shared with other
 * tests; 127.0.0.1 is the one trusted proxy, so {@code X-Forwarded-For} from it picks the
 * client address, while a connection from 127.0.0.2 is an untrusted client.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "fitatlas.database.data-dir=target/test-pg/${random.uuid}", "fitatlas.database.clean=true",
				"fitatlas.trusted-proxies=127.0.0.1" })
@DirtiesContext
class ThrottlingTests {

	@LocalServerPort
	int port;

	@Test
	void shouldNotLetAnAttackerElsewhereLockTheOwnerOut() {
		TestHttp http = new TestHttp(this.port);
		// the owner registered and signed in from 127.0.0.1, so that address is known
		ApiClient hana = ApiClient.registered(http, "hana");
		for (int i = 0; i < 15; i++) {
			HttpResponse<String> wrong = tokenRequest(http, hana.email, "wrong password " + i, "198.51.100.66");
			assertThat(wrong.statusCode()).as("attempt %d", i + 1).isEqualTo((i < 10) ? 401 : 429);
		}
		assertThat(tokenRequest(http, hana.email, hana.password, null).statusCode()).isEqualTo(201);
		TestHttp browser = new TestHttp(this.port, true);
		HttpResponse<String> page = browser.postForm("/login", "/login",
				"email=" + hana.email + "&password=" + hana.password.replace(' ', '+'));
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/profile");
	}

	@Test
	void shouldSlowDownButNotLockAnAccountGuessedFromManyAddresses() {
		TestHttp http = new TestHttp(this.port);
		ApiClient ines = ApiClient.registered(http, "ines");
		for (int i = 0; i < 12; i++) {
			tokenRequest(http, ines.email, "wrong password " + i, "203.0.113." + i);
		}
		HttpResponse<String> fromNewPlace = tokenRequest(http, ines.email, ines.password, "203.0.113.200");
		HttpResponse<String> again = tokenRequest(http, ines.email, ines.password, "203.0.113.201");
		assertThat(again.statusCode()).as("one attempt per 30 s for clients the account has not seen").isEqualTo(429);
		assertThat(Long.parseLong(again.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 30L);
		assertThat(fromNewPlace.statusCode()).isIn(201, 429);
		assertThat(tokenRequest(http, ines.email, ines.password, null).statusCode())
			.as("the address the owner signed in from before is not slowed")
			.isEqualTo(201);
	}

	@Test
	void shouldThrottleOneAddressTryingManyAccounts() {
		TestHttp http = new TestHttp(this.port);
		ApiClient ivan = ApiClient.registered(http, "ivan");
		for (int i = 0; i < 30; i++) {
			assertThat(tokenRequest(http, "nobody" + i + "@fitatlas.test", "guess " + i, "198.51.100.7").statusCode())
				.isEqualTo(401);
		}
		HttpResponse<String> blocked = tokenRequest(http, ivan.email, ivan.password, "198.51.100.7");
		assertThat(blocked.statusCode()).isEqualTo(429);
		assertThat(TestHttp.contentType(blocked)).startsWith("application/problem+json");
		assertThat(Long.parseLong(blocked.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 15 * 60L);
		assertThat(tokenRequest(http, ivan.email, ivan.password, "198.51.100.8").statusCode())
			.as("another address, as told by the trusted proxy, is not affected")
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

	@Test
	void shouldCountEverySpellingOfAnEmailAgainstOneAccount() {
		TestHttp http = new TestHttp(this.port);
		ApiClient kira = ApiClient.registered(http, "kira");
		String[] spellings = { kira.email, kira.email.toUpperCase(java.util.Locale.ROOT),
				"\uFF4B" + kira.email.substring(1), kira.email.replace("a", "\uFF41"),
				kira.email.replaceFirst("i", "\u0130") };
		int refused = 0;
		for (int i = 0; i < 15; i++) {
			int status = tokenRequest(http, spellings[i % spellings.length], "wrong password " + i, "192.0.2.81")
				.statusCode();
			assertThat(status).as("spelling %d", i % spellings.length).isIn(400, 401, 429);
			refused += (status == 429) ? 1 : 0;
		}
		assertThat(refused).as("look-alike spellings share the account's count").isPositive();
		HttpResponse<String> dotted = tokenRequest(http, kira.email.replaceFirst("i", "\u0130"), kira.password,
				"192.0.2.82");
		assertThat(dotted.statusCode()).as("a dotted capital I never signs in to the account").isIn(400, 401);
	}

	@Test
	void shouldIgnoreForwardedAddressesFromAClientThatIsNotATrustedProxy() throws UnknownHostException {
		InetAddress untrusted = InetAddress.getByName("127.0.0.2");
		for (int i = 0; i < 30; i++) {
			RawHttp.Response response = rawTokenRequest("nobody" + i + "@fitatlas.test", "192.0.2." + (100 + i),
					untrusted);
			assertThat(response.status()).as("attempt %d", i + 1).isEqualTo(401);
		}
		RawHttp.Response blocked = rawTokenRequest("somebody@fitatlas.test", "192.0.2.199", untrusted);
		assertThat(blocked.status()).as("every attempt counted against 127.0.0.2, whatever the header said")
			.isEqualTo(429);
	}

	@Test
	void shouldLimitRegistrationsPerAddressOnTheApiAndThePage() {
		TestHttp http = new TestHttp(this.port);
		for (int i = 0; i < 5; i++) {
			assertThat(register(http, "192.0.2.33").statusCode()).as("registration %d", i + 1).isEqualTo(201);
		}
		HttpResponse<String> limited = register(http, "192.0.2.33");
		assertThat(limited.statusCode()).isEqualTo(429);
		assertThat(TestHttp.contentType(limited)).startsWith("application/problem+json");
		assertThat(limited.headers().firstValue("Retry-After")).isPresent();
		assertThat(register(http, "192.0.2.34").statusCode()).isEqualTo(201);
		TestHttp browser = new TestHttp(this.port, true);
		HttpResponse<String> page = browser.postForm("/register", "/register",
				"email=page-" + UUID.randomUUID() + "%40fitatlas.test&displayName=P&password=correct+horse+battery",
				"X-Forwarded-For", "192.0.2.33");
		assertThat(page.statusCode()).isEqualTo(429);
		assertThat(page.body()).contains("Too many registrations");
	}

	@Test
	void shouldLimitAnonymousPlansPerAddressButNotSignedInOnes() {
		TestHttp http = new TestHttp(this.port);
		for (int i = 0; i < 20; i++) {
			assertThat(plan(http, "192.0.2.44", null).statusCode()).as("plan %d", i + 1).isEqualTo(201);
		}
		HttpResponse<String> limited = plan(http, "192.0.2.44", null);
		assertThat(limited.statusCode()).isEqualTo(429);
		assertThat(limited.headers().firstValue("Retry-After")).isPresent();
		ApiClient lars = ApiClient.registered(http, "lars");
		assertThat(plan(http, "192.0.2.44", lars.token).statusCode()).isEqualTo(201);
		TestHttp browser = new TestHttp(this.port, true);
		HttpResponse<String> page = browser.postForm("/plans/new", "/plans",
				"goal=core&level=beginner&daysPerWeek=2&minutesPerSession=20&weeks=1", "X-Forwarded-For", "192.0.2.44");
		assertThat(page.statusCode()).isEqualTo(429);
	}

	private static HttpResponse<String> plan(TestHttp http, String address, String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.url("/api/v1/plans")))
			.header("Content-Type", "application/json")
			.header("X-Forwarded-For", address)
			.POST(HttpRequest.BodyPublishers.ofString(
					"{\"goal\":\"core\",\"level\":\"beginner\",\"daysPerWeek\":2,\"minutesPerSession\":20,\"weeks\":1}"));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return http.send(request.build());
	}

	private static HttpResponse<String> register(TestHttp http, String address) {
		return http.send(HttpRequest.newBuilder(URI.create(http.url("/api/v1/accounts")))
			.header("Content-Type", "application/json")
			.header("X-Forwarded-For", address)
			.POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"r-" + UUID.randomUUID()
					+ "@fitatlas.test\",\"password\":\"correct horse battery\",\"displayName\":\"R\"}"))
			.build());
	}

	private RawHttp.Response rawTokenRequest(String email, String forwardedFor, InetAddress from) {
		String body = "{\"email\":\"" + email + "\",\"password\":\"a guess\",\"name\":\"t\"}";
		return RawHttp
			.exchange(this.port,
					"POST /api/v1/tokens HTTP/1.1\nHost: localhost\nContent-Type: application/json\nX-Forwarded-For: "
							+ forwardedFor + "\nContent-Length: " + body.length() + "\nConnection: close\n\n" + body,
					from);
	}

	private static HttpResponse<String> tokenRequest(TestHttp http, String email, String password, String address) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.url("/api/v1/tokens")))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString("{\"email\":\"" + email + "\",\"password\":\"" + password + "\",\"name\":\"t\"}"));
		if (address != null) {
			request.header("X-Forwarded-For", address);
		}
		return http.send(request.build());
	}

}
