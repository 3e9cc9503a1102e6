package org.fitatlas.accounts;

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

/**
 * Edge input an outside security test found answered with 500 or let through: long
 * passwords, control characters and look-alike letters in emails, stale sessions and
 * tokens. Each must get a clear 400/404 or a sign-out.
 */
@FitAtlasWebTest
class AccountHardeningTests {

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
	void shouldRefusePasswordsOverTheBcryptLimitOfSeventyTwoBytesOnTheApi() {
		String email = "long-" + UUID.randomUUID() + "@fitatlas.test";
		// 40 characters of two bytes each: short enough by characters, too long in bytes
		String password = "ä".repeat(40);
		HttpResponse<String> response = post("/api/v1/accounts",
				"{\"email\":\"" + email + "\",\"password\":\"" + password + "\",\"displayName\":\"L\"}");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(TestHttp.json(response).get("parameter").asString()).isEqualTo("password");
		assertThat(TestHttp.json(response).get("allowed").asString()).contains("72 bytes");
	}

	@Test
	void shouldRefusePasswordsOverTheBcryptLimitOnTheRegistrationPage() {
		TestHttp browser = new TestHttp(this.port, true);
		HttpResponse<String> page = browser.postForm("/register", "/register",
				"email=long-" + UUID.randomUUID() + "%40fitatlas.test&displayName=L&password=" + "x".repeat(100));
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("72 bytes");
	}

	@Test
	void shouldAnswerAnOverlongPasswordAtSignInAsWrongCredentials() {
		ApiClient lena = ApiClient.registered(this.http, "lena");
		HttpResponse<String> response = post("/api/v1/tokens",
				"{\"email\":\"" + lena.email + "\",\"password\":\"" + "x".repeat(150) + "\",\"name\":\"t\"}");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
	}

	@Test
	void shouldRefuseANulInAnEmailOnRegistrationAndSignIn() {
		HttpResponse<String> register = post("/api/v1/accounts",
				"{\"email\":\"nul\\u0000x@fitatlas.test\",\"password\":\"correct horse battery\",\"displayName\":\"N\"}");
		assertThat(register.statusCode()).as(register.body()).isEqualTo(400);
		assertThat(TestHttp.json(register).get("parameter").asString()).isEqualTo("email");
		HttpResponse<String> signIn = post("/api/v1/tokens",
				"{\"email\":\"nul\\u0000x@fitatlas.test\",\"password\":\"correct horse battery\",\"name\":\"t\"}");
		assertThat(signIn.statusCode()).as(signIn.body()).isIn(400, 401);
		TestHttp browser = new TestHttp(this.port, true);
		HttpResponse<String> page = browser.postForm("/register", "/register",
				"email=nul%00x%40fitatlas.test&displayName=N&password=correct+horse+battery");
		assertThat(page.statusCode()).isEqualTo(400);
		HttpResponse<String> login = browser.postForm("/login", "/login",
				"email=nul%00x%40fitatlas.test&password=correct+horse+battery");
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location").orElseThrow()).contains("/login?error");
	}

	@Test
	void shouldAnswerDeletingAnUnknownTokenFromTheProfilePageWithNotFound() {
		ApiClient mira = ApiClient.registered(this.http, "mira");
		TestHttp browser = signedInBrowser(mira);
		HttpResponse<String> response = browser.postForm("/profile", "/profile/tokens/" + UUID.randomUUID() + "/delete",
				"");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Token");
	}

	@Test
	void shouldSignOutABrowserSessionWhoseAccountWasDeleted() {
		ApiClient nils = ApiClient.registered(this.http, "nils");
		TestHttp browser = signedInBrowser(nils);
		assertThat(browser.get("/profile", "text/html").statusCode()).isEqualTo(200);
		assertThat(nils.send("DELETE", "/api/v1/account", null, true).statusCode()).isEqualTo(204);
		HttpResponse<String> profile = browser.get("/profile", "text/html");
		assertThat(profile.statusCode()).isEqualTo(302);
		assertThat(profile.headers().firstValue("Location").orElseThrow()).endsWith("/login");
		assertThat(browser.get("/", "text/html").body()).doesNotContain("nils");
	}

	@Test
	void shouldTreatFullWidthLettersAsTheSameEmailAndStoreOneCanonicalForm() {
		ApiClient olga = ApiClient.registered(this.http, "olga");
		String fullWidth = "\uFF4F" + olga.email.substring(1).toUpperCase(java.util.Locale.ROOT);
		HttpResponse<String> again = post("/api/v1/accounts",
				"{\"email\":\"" + fullWidth + "\",\"password\":\"another long phrase\",\"displayName\":\"O\"}");
		assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
		assertThat(this.jdbc.sql("select email_canonical from account where email = :e")
			.param("e", olga.email)
			.query(String.class)
			.single()).isEqualTo(olga.email.toLowerCase(java.util.Locale.ROOT));
	}

	@Test
	void shouldNotSignInToAnAccountWithADottedCapitalIInPlaceOfI() {
		ApiClient irma = ApiClient.registered(this.http, "irma");
		String dotted = irma.email.replaceFirst("i", "\u0130");
		HttpResponse<String> token = post("/api/v1/tokens",
				"{\"email\":\"" + dotted + "\",\"password\":\"" + irma.password + "\",\"name\":\"t\"}");
		assertThat(token.statusCode()).as(token.body()).isIn(400, 401);
		HttpResponse<String> register = post("/api/v1/accounts",
				"{\"email\":\"" + dotted + "\",\"password\":\"another long phrase\",\"displayName\":\"I\"}");
		assertThat(register.statusCode()).as(register.body()).isEqualTo(400);
		assertThat(TestHttp.json(register).get("parameter").asString()).isEqualTo("email");
	}

	@Test
	void shouldRefuseATokenPastItsExpiryAndShowWhenTokensWereLastUsed() {
		ApiClient pia = ApiClient.registered(this.http, "pia");
		HttpResponse<String> created = post("/api/v1/tokens", "{\"email\":\"" + pia.email + "\",\"password\":\""
				+ pia.password + "\",\"name\":\"ci\",\"expiresInDays\":30}");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String token = TestHttp.json(created).get("token").asString();
		assertThat(TestHttp.json(created).get("expiresAt").asString()).isNotBlank();
		HttpResponse<String> withIt = this.http
			.send(HttpRequest.newBuilder(URI.create(this.http.url("/api/v1/account")))
				.header("Authorization", "Bearer " + token)
				.build());
		assertThat(withIt.statusCode()).isEqualTo(200);
		assertThat(pia.json("GET", "/api/v1/tokens", null).findValues("lastUsedAt")).anyMatch((node) -> !node.isNull());
		this.jdbc.sql("update api_token set expires_at = now() - interval '1 minute' where name = 'ci'").update();
		HttpResponse<String> expired = this.http
			.send(HttpRequest.newBuilder(URI.create(this.http.url("/api/v1/account")))
				.header("Authorization", "Bearer " + token)
				.build());
		assertThat(expired.statusCode()).isEqualTo(401);
		HttpResponse<String> bad = post("/api/v1/tokens", "{\"email\":\"" + pia.email + "\",\"password\":\""
				+ pia.password + "\",\"name\":\"ci\",\"expiresInDays\":9999}");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(TestHttp.json(bad).get("parameter").asString()).isEqualTo("expiresInDays");
		TestHttp browser = signedInBrowser(pia);
		assertThat(browser.get("/profile", "text/html").body()).contains("Expires").contains("Last used");
	}

	private TestHttp signedInBrowser(ApiClient client) {
		TestHttp browser = new TestHttp(this.port, true);
		HttpResponse<String> login = browser.postForm("/login", "/login",
				"email=" + java.net.URLEncoder.encode(client.email, java.nio.charset.StandardCharsets.UTF_8)
						+ "&password="
						+ java.net.URLEncoder.encode(client.password, java.nio.charset.StandardCharsets.UTF_8));
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/profile");
		return browser;
	}

	private HttpResponse<String> post(String path, String body) {
		return this.http.send(HttpRequest.newBuilder(URI.create(this.http.url(path)))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

}
