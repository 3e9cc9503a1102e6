package org.fitatlas.accounts;

import java.net.http.HttpResponse;
import java.util.List;

import org.fitatlas.FitAtlasWebTest;
import org.fitatlas.TestHttp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every user-owned resource is reachable only by its owner: another person gets 404,
 * nobody signed in gets 401. Walked with two real accounts over HTTP.
 */
@FitAtlasWebTest
class OwnershipMatrixTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	record Access(String method, String path, String body) {
	}

	@Test
	void shouldLetOnlyTheOwnerReachEachOwnedResource() {
		TestHttp http = new TestHttp(this.port);
		ApiClient alice = ApiClient.registered(http, "alice");
		ApiClient bob = ApiClient.registered(http, "bob");
		String plan = alice
			.json("POST", "/api/v1/plans",
					"{\"goal\":\"core\",\"level\":\"beginner\",\"daysPerWeek\":2,\"minutesPerSession\":20,\"weeks\":1}")
			.get("id")
			.asString();
		String aliceToken = alice.json("GET", "/api/v1/tokens", null).get(0).get("id").asString();

		List<Access> owned = List.of(new Access("GET", "/api/v1/plans/" + plan, null),
				new Access("GET", "/api/v1/plans/" + plan + ".ics", null));
		for (Access access : owned) {
			assertThat(status(alice, access, true)).as("owner " + access).isEqualTo(200);
			assertThat(status(bob, access, true)).as("other person " + access).isEqualTo(404);
			assertThat(status(bob, access, false)).as("nobody signed in " + access).isEqualTo(401);
		}
		assertThat(status(bob, new Access("DELETE", "/api/v1/plans/" + plan, null), true)).isEqualTo(404);
		assertThat(status(bob, new Access("DELETE", "/api/v1/plans/" + plan, null), false)).isEqualTo(401);
		assertThat(status(bob, new Access("DELETE", "/api/v1/tokens/" + aliceToken, null), true)).isEqualTo(404);
		assertThat(status(bob, new Access("DELETE", "/api/v1/tokens/" + aliceToken, null), false)).isEqualTo(401);

		for (String list : List.of("/api/v1/plans", "/api/v1/tokens", "/api/v1/account", "/api/v1/account/export")) {
			assertThat(status(bob, new Access("GET", list, null), false)).as("nobody signed in " + list).isEqualTo(401);
		}
		assertThat(alice.json("GET", "/api/v1/plans", null)).hasSize(1);
		assertThat(bob.json("GET", "/api/v1/plans", null)).isEmpty();
		assertThat(bob.json("GET", "/api/v1/tokens", null)).hasSize(1)
			.allSatisfy((t) -> assertThat(t.get("id").asString()).isNotEqualTo(aliceToken));
		JsonNode bobsExport = bob.json("GET", "/api/v1/account/export", null);
		assertThat(bobsExport.get("account").get("email").asString()).isEqualTo(bob.email);
		assertThat(bobsExport.get("plans")).isEmpty();
		assertThat(bobsExport.toString()).doesNotContain(alice.email).doesNotContain(plan);
		assertThat(status(bob, new Access("DELETE", "/api/v1/account", null), false)).isEqualTo(401);

		assertThat(status(alice, new Access("DELETE", "/api/v1/plans/" + plan, null), true)).isEqualTo(204);
		assertThat(status(alice, new Access("GET", "/api/v1/plans/" + plan, null), true)).isEqualTo(404);
		assertThat(status(alice, new Access("DELETE", "/api/v1/tokens/" + aliceToken, null), true)).isEqualTo(204);
		assertThat(status(alice, new Access("GET", "/api/v1/account", null), true))
			.as("a deleted token no longer signs in")
			.isEqualTo(401);
	}

	@Test
	void shouldKeepAnonymousPlansOpenToWhoeverHasTheirId() {
		TestHttp http = new TestHttp(this.port);
		ApiClient bob = ApiClient.registered(http, "carol");
		HttpResponse<String> created = bob.send("POST", "/api/v1/plans",
				"{\"goal\":\"flexibility\",\"level\":\"beginner\",\"daysPerWeek\":1,\"minutesPerSession\":15,\"weeks\":1}",
				false);
		String plan = TestHttp.json(created).get("id").asString();
		assertThat(bob.send("GET", "/api/v1/plans/" + plan, null, false).statusCode()).isEqualTo(200);
		assertThat(bob.send("GET", "/api/v1/plans/" + plan, null, true).statusCode()).isEqualTo(200);
		assertThat(bob.send("DELETE", "/api/v1/plans/" + plan, null, true).statusCode())
			.as("nobody owns it, so nobody may delete it")
			.isEqualTo(404);
	}

	@Test
	void shouldExportEverythingAndDeleteEveryPersonalRecord() {
		TestHttp http = new TestHttp(this.port);
		ApiClient dora = ApiClient.registered(http, "dora");
		dora.json("POST", "/api/v1/plans",
				"{\"goal\":\"back-health\",\"level\":\"beginner\",\"daysPerWeek\":2,\"minutesPerSession\":20,\"weeks\":1}");
		dora.json("POST", "/api/v1/plans",
				"{\"goal\":\"core\",\"level\":\"beginner\",\"daysPerWeek\":2,\"minutesPerSession\":20,\"weeks\":1}");
		JsonNode export = dora.json("GET", "/api/v1/account/export", null);
		assertThat(export.get("account").get("email").asString()).isEqualTo(dora.email);
		assertThat(export.get("tokens")).hasSize(1);
		assertThat(export.get("plans")).hasSize(2);
		assertThat(export.toString()).doesNotContain("password").doesNotContain(dora.token);
		long id = export.get("account").get("id").asLong();
		assertThat(rows(id)).containsExactly(1L, 1L, 2L);

		assertThat(dora.send("DELETE", "/api/v1/account", null, true).statusCode()).isEqualTo(204);

		assertThat(rows(id)).containsExactly(0L, 0L, 0L);
		assertThat(dora.send("GET", "/api/v1/account", null, true).statusCode()).isEqualTo(401);
	}

	@Test
	void shouldAnswerAnotherPersonsTokenOnTheProfilePageWithNotFoundAndKeepIt() {
		TestHttp http = new TestHttp(this.port);
		ApiClient erik = ApiClient.registered(http, "erik");
		ApiClient fay = ApiClient.registered(http, "fay");
		String faysToken = fay.json("GET", "/api/v1/tokens", null).get(0).get("id").asString();
		TestHttp browser = new TestHttp(this.port, true);
		HttpResponse<String> login = browser.postForm("/login", "/login",
				"email=" + erik.email + "&password=" + erik.password.replace(' ', '+'));
		assertThat(login.statusCode()).isEqualTo(302);
		HttpResponse<String> delete = browser.postForm("/profile", "/profile/tokens/" + faysToken + "/delete", "");
		assertThat(delete.statusCode()).isEqualTo(404);
		assertThat(fay.json("GET", "/api/v1/tokens", null)).hasSize(1);
	}

	@Test
	void shouldNotLetAStaleSessionOfADeletedAccountReachAnything() {
		TestHttp http = new TestHttp(this.port);
		ApiClient gus = ApiClient.registered(http, "gus");
		TestHttp browser = new TestHttp(this.port, true);
		browser.postForm("/login", "/login", "email=" + gus.email + "&password=" + gus.password.replace(' ', '+'));
		assertThat(browser.get("/my/plans", "text/html").statusCode()).isEqualTo(200);
		assertThat(gus.send("DELETE", "/api/v1/account", null, true).statusCode()).isEqualTo(204);
		for (String page : List.of("/profile", "/my/plans", "/profile/export")) {
			HttpResponse<String> response = browser.get(page, "text/html");
			assertThat(response.statusCode()).as(page).isEqualTo(302);
			assertThat(response.headers().firstValue("Location").orElseThrow()).as(page).endsWith("/login");
		}
	}

	private List<Long> rows(long account) {
		return List.of(count("select count(*) from account where id = :id", account),
				count("select count(*) from api_token where account_id = :id", account),
				count("select count(*) from plan where owner_id = :id", account));
	}

	private long count(String sql, long account) {
		return this.jdbc.sql(sql).param("id", account).query(Long.class).single();
	}

	private static int status(ApiClient client, Access access, boolean authenticated) {
		return client.send(access.method(), access.path(), access.body(), authenticated).statusCode();
	}

}
