package org.fitatlas.training.web;

import java.util.List;
import java.util.UUID;

import org.fitatlas.FitAtlasWebTest;
import org.fitatlas.TestHttp;
import org.fitatlas.accounts.ApiClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The training log is its owner's alone: every training endpoint answers 401 without a
 * token and 404 for someone else's session or set; lists, history and exports never show
 * another person's rows; the account export holds the whole log and deleting the account
 * deletes every training row.
 */
@FitAtlasWebTest
class TrainingOwnershipTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	record Access(String method, String path, String body) {
	}

	@Test
	void shouldLetOnlyTheOwnerReachTheirSessionsAndSets() {
		TestHttp http = new TestHttp(this.port);
		ApiClient ida = ApiClient.registered(http, "ida");
		ApiClient jon = ApiClient.registered(http, "jon");
		String session = ida.json("POST", "/api/v1/sessions", "{\"title\":\"Ida's\"}").get("id").asString();
		String set = ida
			.json("POST", "/api/v1/sessions/" + session + "/sets",
					"{\"exercise\":\"barbell-bench-press\",\"reps\":5,\"loadKg\":50,\"pain\":4}")
			.get("id")
			.asString();
		ida.json("POST", "/api/v1/sessions/" + session + "/finish", "{}");

		List<Access> owned = List.of(new Access("GET", "/api/v1/sessions/" + session, null),
				new Access("POST", "/api/v1/sessions/" + session + "/sets", "{\"exercise\":\"push-up\",\"reps\":5}"),
				new Access("PATCH", "/api/v1/sessions/" + session + "/sets/" + set, "{\"reps\":6}"),
				new Access("POST", "/api/v1/sessions/" + session + "/finish", "{}"),
				new Access("POST", "/api/v1/pain-checks",
						"{\"sessionId\":\"" + session + "\",\"morningPain\":1,\"comparedToBefore\":\"same\"}"),
				new Access("DELETE", "/api/v1/sessions/" + session + "/sets/" + set, null),
				new Access("DELETE", "/api/v1/sessions/" + session, null));
		for (Access access : owned) {
			assertThat(status(jon, access, true)).as("other person " + access).isEqualTo(404);
			assertThat(status(jon, access, false)).as("nobody signed in " + access).isEqualTo(401);
		}
		List<Access> personal = List.of(new Access("GET", "/api/v1/sessions", null),
				new Access("POST", "/api/v1/sessions", "{}"), new Access("GET", "/api/v1/sessions/export.csv", null),
				new Access("POST", "/api/v1/sessions/import", "a,b\n1,2\n"),
				new Access("GET", "/api/v1/exercises/barbell-bench-press/history", null),
				new Access("GET", "/api/v1/progression/barbell-bench-press", null),
				new Access("GET", "/api/v1/pain-checks/pending", null), new Access("GET", "/api/v1/pain-checks", null),
				new Access("GET", "/api/v1/body-weight", null),
				new Access("POST", "/api/v1/body-weight", "{\"date\":\"2026-11-01\",\"kg\":70}"),
				new Access("GET", "/api/v1/today", null));
		for (Access access : personal) {
			assertThat(status(jon, access, false)).as("nobody signed in " + access).isEqualTo(401);
		}
		assertThat(jon.json("GET", "/api/v1/sessions", null).get("items")).isEmpty();
		assertThat(jon.json("GET", "/api/v1/exercises/barbell-bench-press/history", null).get("sessions")).isEmpty();
		assertThat(jon.json("GET", "/api/v1/progression/barbell-bench-press", null).get("rule").asString())
			.isEqualTo("start");
		assertThat(jon.json("GET", "/api/v1/pain-checks/pending", null).get("items")).isEmpty();
		assertThat(jon.send("GET", "/api/v1/sessions/export.csv", null, true).body()).doesNotContain(session);
		assertThat(ida.json("GET", "/api/v1/sessions/" + session, null).get("sets")).hasSize(1);
		assertThat(ida.json("GET", "/api/v1/pain-checks/pending", null).get("items")).hasSize(1);
	}

	@Test
	void shouldExportTheWholeLogAndDeleteItWithTheAccount() {
		ApiClient kim = ApiClient.registered(new TestHttp(this.port), "kim");
		String session = kim.json("POST", "/api/v1/sessions", "{\"id\":\"" + UUID.randomUUID() + "\"}")
			.get("id")
			.asString();
		kim.json("POST", "/api/v1/sessions/" + session + "/sets",
				"{\"exercise\":\"plank\",\"holdSeconds\":40,\"pain\":3}");
		kim.json("POST", "/api/v1/sessions/" + session + "/finish", "{}");
		kim.json("POST", "/api/v1/pain-checks",
				"{\"sessionId\":\"" + session + "\",\"morningPain\":1,\"comparedToBefore\":\"better\"}");
		kim.json("POST", "/api/v1/body-weight", "{\"date\":\"2026-11-01\",\"kg\":61.5}");
		JsonNode export = kim.json("GET", "/api/v1/account/export", null);
		JsonNode training = export.get("training");
		assertThat(training.get("sessions")).hasSize(1);
		assertThat(training.get("sessions").get(0).get("sets").get(0).get("holdSeconds").asInt()).isEqualTo(40);
		assertThat(training.get("painChecks")).hasSize(1);
		assertThat(training.get("bodyWeight").get(0).get("kg").decimalValue()).isEqualByComparingTo("61.5");
		long id = export.get("account").get("id").asLong();
		assertThat(rows(id)).containsExactly(1L, 1L, 1L, 1L);

		assertThat(kim.send("DELETE", "/api/v1/account", null, true).statusCode()).isEqualTo(204);

		assertThat(rows(id)).containsExactly(0L, 0L, 0L, 0L);
	}

	private List<Long> rows(long account) {
		return List.of(count("training_session", account), count("training_set", account), count("pain_check", account),
				count("body_weight", account));
	}

	private long count(String table, long account) {
		return this.jdbc.sql("select count(*) from " + table + " where account_id = :id")
			.param("id", account)
			.query(Long.class)
			.single();
	}

	private static int status(ApiClient client, Access access, boolean authenticated) {
		if (access.path().endsWith("/import")) {
			return client.http
				.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(client.http.url(access.path())))
					.header("Content-Type", "text/csv")
					.headers(authenticated ? new String[] { "Authorization", "Bearer " + client.token }
							: new String[] { "X-Nobody", "1" })
					.POST(java.net.http.HttpRequest.BodyPublishers.ofString(access.body()))
					.build())
				.statusCode();
		}
		return client.send(access.method(), access.path(), access.body(), authenticated).statusCode();
	}

}
