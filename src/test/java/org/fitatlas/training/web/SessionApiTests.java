package org.fitatlas.training.web;

import java.net.http.HttpRequest;

import java.net.URI;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.fitatlas.FitAtlasWebTest;
import org.fitatlas.TestHttp;
import org.fitatlas.accounts.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions and sets over real HTTP and PostgreSQL: logging, replaying with the same ids,
 * changing, finishing, listing, deleting, and every kind of bad input answered with a
 * problem that names the field.
 */
@FitAtlasWebTest
class SessionApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ApiClient ann;

	@BeforeEach
	void signUp() {
		this.ann = ApiClient.registered(new TestHttp(this.port), "ann");
	}

	@Test
	void shouldStartASessionLogSetsAndFinishIt() {
		HttpResponse<String> started = this.ann.send("POST", "/api/v1/sessions",
				"{\"title\":\"Upper body\",\"startedAt\":\"2026-11-30T08:00:00+01:00\"}", true);
		assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
		JsonNode session = TestHttp.json(started);
		String id = session.get("id").asString();
		assertThat(started.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith(id));
		assertThat(session.get("startedAt").asString()).isEqualTo("2026-11-30T07:00:00Z");

		JsonNode first = this.ann.json("POST", "/api/v1/sessions/" + id + "/sets",
				"{\"exercise\":\"barbell-bench-press\",\"reps\":10,\"loadKg\":40,\"rpe\":7.5,\"pain\":0}");
		assertThat(first.get("exerciseName").asString()).isEqualTo("Barbell Bench Press");
		assertThat(first.get("setType").asString()).isEqualTo("working");
		assertThat(first.get("side").asString()).isEqualTo("both");
		assertThat(first.get("loadKg").decimalValue()).isEqualByComparingTo("40");
		assertThat(first.get("position").asInt()).isEqualTo(1);
		JsonNode hold = this.ann.json("POST", "/api/v1/sessions/" + id + "/sets",
				"{\"exercise\":\"side-plank\",\"holdSeconds\":30,\"side\":\"left\",\"rir\":2,\"note\":\"wobbly\"}");
		assertThat(hold.get("position").asInt()).isEqualTo(2);
		assertThat(hold.get("reps").isNull()).isTrue();

		JsonNode finished = this.ann.json("POST", "/api/v1/sessions/" + id + "/finish",
				"{\"endedAt\":\"2026-11-30T08:05:00Z\",\"feeling\":4,\"note\":\"good\"}");
		assertThat(finished.get("endedAt").asString()).isEqualTo("2026-11-30T08:05:00Z");
		assertThat(finished.get("feeling").asInt()).isEqualTo(4);

		JsonNode read = this.ann.json("GET", "/api/v1/sessions/" + id, null);
		assertThat(read.get("sets")).hasSize(2);
		assertThat(read.get("sets").get(0).get("exercise").asString()).isEqualTo("barbell-bench-press");
		assertThat(read.get("sets").get(1).get("note").asString()).isEqualTo("wobbly");
		assertThat(read.get("title").asString()).isEqualTo("Upper body");
	}

	@Test
	void shouldStoreAReplayedSessionAndSetOnlyOnce() {
		String session = UUID.randomUUID().toString();
		String set = UUID.randomUUID().toString();
		String start = "{\"id\":\"" + session + "\",\"title\":\"Offline\"}";
		assertThat(this.ann.send("POST", "/api/v1/sessions", start, true).statusCode()).isEqualTo(201);
		HttpResponse<String> again = this.ann.send("POST", "/api/v1/sessions", start, true);
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(TestHttp.json(again).get("id").asString()).isEqualTo(session);

		String log = "{\"id\":\"" + set + "\",\"exercise\":\"push-up\",\"reps\":12}";
		assertThat(this.ann.send("POST", "/api/v1/sessions/" + session + "/sets", log, true).statusCode())
			.isEqualTo(201);
		for (int i = 0; i < 3; i++) {
			HttpResponse<String> replay = this.ann.send("POST", "/api/v1/sessions/" + session + "/sets", log, true);
			assertThat(replay.statusCode()).as(replay.body()).isEqualTo(200);
			assertThat(TestHttp.json(replay).get("id").asString()).isEqualTo(set);
		}
		assertThat(count("select count(*) from training_session where id = cast(:id as uuid)", session)).isEqualTo(1);
		assertThat(count("select count(*) from training_set where id = cast(:id as uuid)", set)).isEqualTo(1);
		assertThat(this.ann.json("GET", "/api/v1/sessions/" + session, null).get("sets")).hasSize(1);
	}

	@Test
	void shouldChangeAndDeleteASet() {
		String session = start();
		String set = this.ann
			.json("POST", "/api/v1/sessions/" + session + "/sets",
					"{\"exercise\":\"dumbbell-bench-press\",\"reps\":8,\"loadKg\":20,\"rpe\":9,\"note\":\"heavy\"}")
			.get("id")
			.asString();
		JsonNode changed = this.ann.json("PATCH", "/api/v1/sessions/" + session + "/sets/" + set,
				"{\"reps\":9,\"rpe\":null,\"pain\":2}");
		assertThat(changed.get("reps").asInt()).isEqualTo(9);
		assertThat(changed.get("rpe").isNull()).isTrue();
		assertThat(changed.get("pain").asInt()).isEqualTo(2);
		assertThat(changed.get("loadKg").decimalValue()).isEqualByComparingTo("20");
		assertThat(changed.get("note").asString()).isEqualTo("heavy");
		assertThat(this.ann
			.send("PATCH", "/api/v1/sessions/" + session + "/sets/" + set, "{\"reps\":null,\"holdSeconds\":null}", true)
			.statusCode()).as("a set keeps reps or a hold").isEqualTo(400);
		assertThat(this.ann.send("DELETE", "/api/v1/sessions/" + session + "/sets/" + set, null, true).statusCode())
			.isEqualTo(204);
		assertThat(this.ann.send("DELETE", "/api/v1/sessions/" + session + "/sets/" + set, null, true).statusCode())
			.isEqualTo(404);
		assertThat(this.ann.json("GET", "/api/v1/sessions/" + session, null).get("sets")).isEmpty();
	}

	@Test
	void shouldListSessionsNewestFirstWithinTheDaysAsked() {
		for (String day : List.of("2026-01-05", "2026-01-07", "2026-01-09")) {
			this.ann.json("POST", "/api/v1/sessions",
					"{\"startedAt\":\"" + day + "T18:00:00Z\",\"title\":\"" + day + "\"}");
		}
		JsonNode items = this.ann.json("GET", "/api/v1/sessions?from=2026-01-06&to=2026-01-09", null).get("items");
		assertThat(items).hasSize(2);
		assertThat(items.get(0).get("title").asString()).isEqualTo("2026-01-09");
		assertThat(items.get(1).get("title").asString()).isEqualTo("2026-01-07");
		assertThat(this.ann.json("GET", "/api/v1/sessions", null).get("items")).hasSize(3);
	}

	@Test
	void shouldPutASessionOnThePersonsOwnDayWhenTheyGiveTheirTimeZone() {
		ApiClient bea = ApiClient.registered(new TestHttp(this.port), "bea");
		// 21:30 on 29 November in New York is 02:30 on 30 November in UTC.
		bea.json("POST", "/api/v1/sessions", "{\"startedAt\":\"2026-11-29T21:30:00-05:00\",\"title\":\"late\"}");
		String day29 = "/api/v1/sessions?from=2026-11-29&to=2026-11-29";

		assertThat(TestHttp.json(bea.send("GET", day29, null, true)).get("items")).isEmpty();
		assertThat(inZone(bea, day29, "America/New_York").get("items")).hasSize(1);
		assertThat(inZone(bea, "/api/v1/sessions?from=2026-11-30&to=2026-11-30", "America/New_York").get("items"))
			.isEmpty();
		assertThat(inZone(bea, day29, "Not/AZone").get("items")).as("an unknown zone means UTC").isEmpty();
	}

	private JsonNode inZone(ApiClient client, String path, String zone) {
		HttpResponse<String> response = new TestHttp(this.port)
			.send(HttpRequest.newBuilder(URI.create(client.http.url(path)))
				.header("Accept", "application/json")
				.header("Authorization", "Bearer " + client.token)
				.header("Time-Zone", zone)
				.GET()
				.build());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return TestHttp.json(response);
	}

	@Test
	void shouldDeleteASessionWithItsSets() {
		String session = start();
		this.ann.json("POST", "/api/v1/sessions/" + session + "/sets", "{\"exercise\":\"push-up\",\"reps\":10}");
		assertThat(this.ann.send("DELETE", "/api/v1/sessions/" + session, null, true).statusCode()).isEqualTo(204);
		assertThat(this.ann.send("GET", "/api/v1/sessions/" + session, null, true).statusCode()).isEqualTo(404);
		assertThat(count("select count(*) from training_set where session_id = cast(:id as uuid)", session)).isZero();
	}

	@Test
	void shouldAnswerBadInputWithAProblemNamingTheField() {
		String session = start();
		String sets = "/api/v1/sessions/" + session + "/sets";
		String logged = this.ann.json("POST", sets, "{\"exercise\":\"push-up\",\"reps\":5}").get("id").asString();
		record Case(String method, String path, String body, String field) {
		}
		List<Case> cases = List.of(new Case("POST", sets, "{\"exercise\":\"no-such-move\",\"reps\":5}", "exercise"),
				new Case("POST", sets, "{\"exercise\":\"push-up\",\"reps\":5,\"pain\":11}", "pain"),
				new Case("POST", sets, "{\"exercise\":\"push-up\",\"reps\":-3}", "reps"),
				new Case("POST", sets, "{\"exercise\":\"push-up\",\"reps\":5,\"rpe\":0}", "rpe"),
				new Case("POST", sets, "{\"exercise\":\"push-up\",\"reps\":5,\"rpe\":7.3}", "rpe"),
				new Case("POST", sets, "{\"exercise\":\"push-up\",\"reps\":5,\"rir\":11}", "rir"),
				new Case("POST", sets, "{\"exercise\":\"push-up\"}", "reps"),
				new Case("POST", sets, "{\"reps\":5}", "exercise"),
				new Case("POST", sets, "{\"exercise\":\"push-up\",\"reps\":5,\"setType\":\"cooldown\"}", "setType"),
				new Case("POST", sets, "{\"exercise\":\"push-up\",\"reps\":5,\"side\":\"middle\"}", "side"),
				new Case("POST", sets, "{\"exercise\":\"push-up\",\"reps\":5,\"loadKg\":-1}", "loadKg"),
				new Case("POST", sets, "{\"exercise\":\"push-up\",\"reps\":5,\"loadKg\":\"20\"}", "loadKg"),
				new Case("POST", sets, "{\"exercise\":\"push-up\",\"reps\":5,\"loadKg\":20.125}", "loadKg"),
				new Case("POST", sets, "{\"exercise\":\"push-up\",\"reps\":5.5}", "reps"),
				new Case("POST", sets, "{\"exercise\":\"push-up\",\"holdSeconds\":0}", "holdSeconds"),
				new Case("POST", sets, "{\"exercise\":\"push-up\",\"reps\":5,\"note\":\"" + "x".repeat(501) + "\"}",
						"note"),
				new Case("POST", sets, "{\"exercise\":\"push-up\",\"reps\":5,\"completedAt\":\"yesterday\"}",
						"completedAt"),
				new Case("POST", sets, "{\"exercise\":\"push-up\",\"reps\":5,\"id\":\"not-a-uuid\"}", "id"),
				new Case("POST", sets, "{\"exercise\":\"push-up\",\"reps\":5,\"weight\":20}", "weight"),
				new Case("POST", sets, "[1,2]", "body"), new Case("POST", sets, "{", "body"),
				new Case("POST", sets, "", "body"),
				new Case("POST", "/api/v1/sessions", "{\"startedAt\":\"2026-11-30 08:00\"}", "startedAt"),
				new Case("POST", "/api/v1/sessions", "{\"week\":2}", "week"),
				new Case("POST", "/api/v1/sessions", "{\"planId\":\"" + UUID.randomUUID() + "\",\"day\":8}", "day"),
				new Case("POST", "/api/v1/sessions", "{\"title\":\"\"}", "title"),
				new Case("POST", "/api/v1/sessions", "{\"title\":42}", "title"),
				new Case("POST", "/api/v1/sessions/" + session + "/finish", "{\"feeling\":6}", "feeling"),
				new Case("POST", "/api/v1/sessions/" + session + "/finish", "{\"endedAt\":\"2000-01-01T00:00:00Z\"}",
						"endedAt"),
				new Case("GET", "/api/v1/sessions?from=2026-13-01", null, "from"),
				new Case("GET", "/api/v1/sessions?from=2026-02-01&to=2026-01-01", null, "to"),
				new Case("GET", "/api/v1/sessions?limit=0", null, "limit"),
				new Case("GET", "/api/v1/sessions?limit=ten", null, "limit"),
				new Case("GET", "/api/v1/sessions/not-an-id", null, "id"),
				new Case("PATCH", sets + "/" + logged, "{\"pain\":12}", "pain"),
				new Case("PATCH", sets + "/" + logged, "{\"id\":\"" + UUID.randomUUID() + "\"}", "id"),
				new Case("PATCH", sets + "/" + logged, "{\"exercise\":\"moonwalk\"}", "exercise"),
				new Case("DELETE", sets + "/42", null, "setId"));
		List<String> wrong = new ArrayList<>();
		for (Case c : cases) {
			HttpResponse<String> response = this.ann.send(c.method(), c.path(), c.body(), true);
			String field = response.statusCode() == 400 ? TestHttp.json(response).path("parameter").asString("") : "";
			if (response.statusCode() != 400 || !TestHttp.contentType(response).startsWith("application/problem+json")
					|| !field.equals(c.field())) {
				wrong.add(c + " -> " + response.statusCode() + " " + response.body());
			}
		}
		assertThat(wrong).isEmpty();
		JsonNode stored = this.ann.json("GET", "/api/v1/sessions/" + session, null).get("sets");
		assertThat(stored).as("nothing half-stored or changed").hasSize(1);
		assertThat(stored.get(0).get("reps").asInt()).isEqualTo(5);
		assertThat(stored.get(0).get("pain").isNull()).isTrue();
	}

	@Test
	void shouldNotFindSessionsOrSetsThatAreNotThere() {
		String session = start();
		String missing = UUID.randomUUID().toString();
		for (String path : List.of("/api/v1/sessions/" + missing, "/api/v1/sessions/" + missing + "/sets",
				"/api/v1/sessions/" + missing + "/finish", "/api/v1/sessions/" + session + "/sets/" + missing)) {
			String method = path.endsWith("/sets") || path.endsWith("/finish") ? "POST"
					: path.contains("/sets/") ? "PATCH" : "GET";
			String body = method.equals("GET") ? null : "{\"exercise\":\"push-up\",\"reps\":3}";
			if (path.endsWith("/finish")) {
				body = "{}";
			}
			HttpResponse<String> response = this.ann.send(method, path, body, true);
			assertThat(response.statusCode()).as(method + " " + path + " " + response.body()).isEqualTo(404);
			assertThat(TestHttp.contentType(response)).startsWith("application/problem+json");
		}
	}

	@Test
	void shouldRefuseASetIdThatBelongsToAnotherSession() {
		String one = start();
		String two = start();
		String set = UUID.randomUUID().toString();
		this.ann.json("POST", "/api/v1/sessions/" + one + "/sets",
				"{\"id\":\"" + set + "\",\"exercise\":\"push-up\",\"reps\":5}");
		HttpResponse<String> clash = this.ann.send("POST", "/api/v1/sessions/" + two + "/sets",
				"{\"id\":\"" + set + "\",\"exercise\":\"push-up\",\"reps\":5}", true);
		assertThat(clash.statusCode()).isEqualTo(400);
		assertThat(TestHttp.json(clash).get("parameter").asString()).isEqualTo("id");
	}

	private String start() {
		return this.ann.json("POST", "/api/v1/sessions", "{}").get("id").asString();
	}

	private long count(String sql, String id) {
		return this.jdbc.sql(sql).param("id", id).query(Long.class).single();
	}

}
