package org.fitatlas.training.web;

import java.net.http.HttpResponse;
import java.util.List;

import org.fitatlas.FitAtlasWebTest;
import org.fitatlas.TestHttp;
import org.fitatlas.accounts.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a person's log turns into, over real HTTP: history and records per exercise, the
 * next target with its rule and reason, morning pain checks feeding the engine, body
 * weight, and the next session of their plan.
 */
@FitAtlasWebTest
class ProgressApiTests {

	@LocalServerPort
	int port;

	ApiClient bo;

	@BeforeEach
	void signUp() {
		this.bo = ApiClient.registered(new TestHttp(this.port), "bo");
	}

	@Test
	void shouldSummariseAnExercisesHistoryWithRecords() {
		session("2026-11-02T18:00:00Z", "barbell-bench-press", "{\"reps\":10,\"loadKg\":20,\"setType\":\"warm-up\"}",
				"{\"reps\":10,\"loadKg\":40}", "{\"reps\":8,\"loadKg\":40,\"pain\":1}");
		session("2026-11-05T18:00:00Z", "barbell-bench-press", "{\"reps\":6,\"loadKg\":45,\"pain\":3}",
				"{\"reps\":5,\"loadKg\":45}");
		JsonNode history = this.bo.json("GET", "/api/v1/exercises/barbell-bench-press/history", null);
		assertThat(history.get("formula").asString()).isEqualTo("epley");
		JsonNode latest = history.get("sessions").get(0);
		JsonNode earlier = history.get("sessions").get(1);
		assertThat(latest.get("startedAt").asString()).startsWith("2026-11-05");
		// Epley: 45 × (1 + 6/30) = 54.0; 45 × (1 + 5/30) = 52.5
		assertThat(latest.get("estimatedOneRepMaxKg").decimalValue()).isEqualByComparingTo("54.0");
		assertThat(latest.get("bestSet").get("reps").asInt()).isEqualTo(6);
		assertThat(latest.get("totalReps").asInt()).isEqualTo(11);
		// 6 × 45 + 5 × 45 = 495
		assertThat(latest.get("volumeKg").decimalValue()).isEqualByComparingTo("495");
		assertThat(latest.get("maxPain").asInt()).isEqualTo(3);
		// the warm-up counts toward nothing: 10 × 40 + 8 × 40 = 720; 40 × (1 + 10/30) =
		// 53.3
		assertThat(earlier.get("totalReps").asInt()).isEqualTo(18);
		assertThat(earlier.get("volumeKg").decimalValue()).isEqualByComparingTo("720");
		assertThat(earlier.get("estimatedOneRepMaxKg").decimalValue()).isEqualByComparingTo("53.3");
		assertThat(earlier.get("sets")).hasSize(3);
		assertThat(record(history, "heaviest-load").get("value").decimalValue()).isEqualByComparingTo("45");
		assertThat(record(history, "estimated-one-rep-max").get("value").decimalValue()).isEqualByComparingTo("54.0");
		assertThat(record(history, "most-reps").get("value").asInt()).isEqualTo(10);
		assertThat(record(history, "most-volume").get("value").decimalValue()).isEqualByComparingTo("720");

		JsonNode brzycki = this.bo.json("GET", "/api/v1/exercises/barbell-bench-press/history?formula=brzycki", null);
		// Brzycki: 45 × 36 / (37 − 6) = 52.26
		assertThat(brzycki.get("sessions").get(0).get("estimatedOneRepMaxKg").decimalValue())
			.isEqualByComparingTo("52.3");
		assertThat(this.bo.json("GET", "/api/v1/exercises/push-up/history", null).get("sessions")).isEmpty();
	}

	@Test
	void shouldStartFromTheExercisesOwnDoseWithoutHistory() {
		JsonNode next = this.bo.json("GET", "/api/v1/progression/barbell-bench-press", null);
		assertThat(next.get("rule").asString()).isEqualTo("start");
		assertThat(next.get("exercise").get("slug").asString()).isEqualTo("barbell-bench-press");
		assertThat(next.get("next").get("sets").asInt()).isEqualTo(3);
		assertThat(next.get("next").get("reps").asInt()).isEqualTo(8);
		assertThat(next.get("next").get("repsMax").asInt()).isEqualTo(12);
		assertThat(next.get("next").get("restSeconds").asInt()).isEqualTo(150);
		assertThat(next.get("basedOn")).isEmpty();
		assertThat(next.get("reason").asString()).isNotBlank();
	}

	@Test
	void shouldAddLoadAfterTwoSessionsAtTheTopOfTheRange() {
		String top = "{\"reps\":12,\"loadKg\":40,\"rpe\":7}";
		String first = session("2026-11-02T18:00:00Z", "barbell-bench-press", top, top, top);
		String second = session("2026-11-05T18:00:00Z", "barbell-bench-press", top, top, top);
		JsonNode next = this.bo.json("GET", "/api/v1/progression/barbell-bench-press", null);
		assertThat(next.get("rule").asString()).isEqualTo("double-progression");
		// 5 % of 40 kg is 2 kg, under one 2.5 kg barbell step, so one step: 42.5 kg, back
		// to 8 reps
		assertThat(next.get("next").get("loadKg").decimalValue()).isEqualByComparingTo("42.5");
		assertThat(next.get("next").get("reps").asInt()).isEqualTo(8);
		assertThat(next.get("reason").asString()).contains("12").contains("40 kg");
		assertThat(next.get("basedOn")).extracting(JsonNode::asString).containsExactlyInAnyOrder(first, second);
		JsonNode dumbbells = this.bo.json("GET", "/api/v1/progression/barbell-bench-press?stepKg=1", null);
		assertThat(dumbbells.get("next").get("loadKg").decimalValue()).isEqualByComparingTo("42");
	}

	@Test
	void shouldStepBackAfterPainAndAgainWhenTheMorningIsWorse() {
		String painful = session("2026-11-02T18:00:00Z", "dumbbell-bench-press", "{\"reps\":10,\"loadKg\":20}",
				"{\"reps\":10,\"loadKg\":20,\"pain\":7}");
		this.bo.json("POST", "/api/v1/sessions/" + painful + "/finish", "{\"endedAt\":\"2026-11-02T19:00:00Z\"}");
		JsonNode next = this.bo.json("GET", "/api/v1/progression/dumbbell-bench-press", null);
		assertThat(next.get("rule").asString()).isEqualTo("pain-step-back");
		assertThat(next.get("reason").asString()).contains("7/10");
		assertThat(next.get("next").get("loadKg").decimalValue()).isLessThan(new java.math.BigDecimal("20"));

		JsonNode pending = this.bo.json("GET", "/api/v1/pain-checks/pending", null).get("items");
		assertThat(pending).hasSize(1);
		assertThat(pending.get(0).get("sessionId").asString()).isEqualTo(painful);
		assertThat(pending.get(0).get("maxPain").asInt()).isEqualTo(7);
		assertThat(pending.get(0).get("exercises")).extracting(JsonNode::asString)
			.containsExactly("Dumbbell Bench Press");
		HttpResponse<String> check = this.bo.send("POST", "/api/v1/pain-checks",
				"{\"sessionId\":\"" + painful + "\",\"morningPain\":5,\"comparedToBefore\":\"worse\"}", true);
		assertThat(check.statusCode()).as(check.body()).isEqualTo(201);
		assertThat(this.bo.json("GET", "/api/v1/pain-checks/pending", null).get("items")).isEmpty();
		JsonNode worse = this.bo.json("GET", "/api/v1/progression/dumbbell-bench-press", null);
		assertThat(worse.get("rule").asString()).isEqualTo("pain-morning-worse");
		assertThat(worse.get("next").get("loadKg").decimalValue())
			.isLessThan(next.get("next").get("loadKg").decimalValue());
		assertThat(this.bo
			.send("POST", "/api/v1/pain-checks",
					"{\"sessionId\":\"" + painful + "\",\"morningPain\":2,\"comparedToBefore\":\"better\"}", true)
			.statusCode()).as("a second answer replaces the first").isEqualTo(200);
	}

	@Test
	void shouldKeepBodyWeightOneValueADay() {
		assertThat(
				this.bo.send("POST", "/api/v1/body-weight", "{\"date\":\"2026-11-01\",\"kg\":80.4}", true).statusCode())
			.isEqualTo(201);
		assertThat(
				this.bo.send("POST", "/api/v1/body-weight", "{\"date\":\"2026-11-08\",\"kg\":79.9}", true).statusCode())
			.isEqualTo(201);
		assertThat(
				this.bo.send("POST", "/api/v1/body-weight", "{\"date\":\"2026-11-08\",\"kg\":79.7}", true).statusCode())
			.isEqualTo(200);
		JsonNode items = this.bo.json("GET", "/api/v1/body-weight", null).get("items");
		assertThat(items).hasSize(2);
		assertThat(items.get(1).get("kg").decimalValue()).isEqualByComparingTo("79.7");
		assertThat(items.get(0).get("date").asString()).isEqualTo("2026-11-01");
	}

	@Test
	void shouldFindTheNextPlanSessionAndMoveOnWhenItIsFinished() {
		JsonNode nothing = this.bo.json("GET", "/api/v1/today", null);
		assertThat(nothing.get("planId").isNull()).isTrue();
		String plan = this.bo
			.json("POST", "/api/v1/plans",
					"{\"goal\":\"core\",\"level\":\"beginner\",\"daysPerWeek\":2,\"minutesPerSession\":20,\"weeks\":2}")
			.get("id")
			.asString();
		JsonNode today = this.bo.json("GET", "/api/v1/today", null);
		assertThat(today.get("planId").asString()).isEqualTo(plan);
		assertThat(today.get("week").asInt()).isEqualTo(1);
		int firstDay = today.get("day").asInt();
		JsonNode main = today.get("blocks")
			.valueStream()
			.filter((b) -> b.get("kind").asString().equals("main"))
			.findFirst()
			.orElseThrow();
		assertThat(main.get("items")).isNotEmpty()
			.allSatisfy((item) -> assertThat(item.get("target").get("rule").asString()).isEqualTo("start"));
		String session = this.bo
			.json("POST", "/api/v1/sessions",
					"{\"planId\":\"" + plan + "\",\"week\":1,\"day\":" + firstDay + ",\"title\":\"Core\"}")
			.get("id")
			.asString();
		this.bo.json("POST", "/api/v1/sessions/" + session + "/finish", "{}");
		JsonNode after = this.bo.json("GET", "/api/v1/today", null);
		assertThat(after.get("week").asInt() * 10 + after.get("day").asInt()).isGreaterThan(10 + firstDay);
	}

	@Test
	void shouldAnswerBadInputWithAProblemNamingTheField() {
		record Case(String method, String path, String body, int status, String field) {
		}
		String session = session("2026-11-02T18:00:00Z", "push-up", "{\"reps\":10}");
		List<Case> cases = List.of(new Case("GET", "/api/v1/progression/moonwalk", null, 404, "slug"),
				new Case("GET", "/api/v1/exercises/moonwalk/history", null, 404, "slug"),
				new Case("GET", "/api/v1/progression/push-up?stepKg=0", null, 400, "stepKg"),
				new Case("GET", "/api/v1/progression/push-up?stepKg=abc", null, 400, "stepKg"),
				new Case("GET", "/api/v1/exercises/push-up/history?formula=guess", null, 400, "formula"),
				new Case("POST", "/api/v1/pain-checks",
						"{\"sessionId\":\"" + session + "\",\"morningPain\":11,\"comparedToBefore\":\"worse\"}", 400,
						"morningPain"),
				new Case("POST", "/api/v1/pain-checks",
						"{\"sessionId\":\"" + session + "\",\"morningPain\":1,\"comparedToBefore\":\"meh\"}", 400,
						"comparedToBefore"),
				new Case("POST", "/api/v1/pain-checks", "{\"morningPain\":1,\"comparedToBefore\":\"same\"}", 400,
						"sessionId"),
				new Case("POST", "/api/v1/pain-checks",
						"{\"sessionId\":\"" + java.util.UUID.randomUUID()
								+ "\",\"morningPain\":1,\"comparedToBefore\":\"same\"}",
						404, "id"),
				new Case("POST", "/api/v1/body-weight", "{\"date\":\"2026-11-01\",\"kg\":12}", 400, "kg"),
				new Case("POST", "/api/v1/body-weight", "{\"date\":\"2026-11-01\",\"kg\":\"80\"}", 400, "kg"),
				new Case("POST", "/api/v1/body-weight", "{\"date\":\"1.11.2026\",\"kg\":80}", 400, "date"),
				new Case("POST", "/api/v1/body-weight", "{\"date\":\"2199-01-01\",\"kg\":80}", 400, "date"),
				new Case("POST", "/api/v1/body-weight", "{\"kg\":80}", 400, "date"),
				new Case("GET", "/api/v1/today?planId=nope", null, 400, "planId"),
				new Case("GET", "/api/v1/today?planId=" + java.util.UUID.randomUUID(), null, 404, "planId"));
		for (Case c : cases) {
			HttpResponse<String> response = this.bo.send(c.method(), c.path(), c.body(), true);
			assertThat(response.statusCode()).as(c + " " + response.body()).isEqualTo(c.status());
			assertThat(TestHttp.contentType(response)).as(c.toString()).startsWith("application/problem+json");
			assertThat(TestHttp.json(response).path("parameter").asString("")).as(c + " " + response.body())
				.isEqualTo(c.field());
		}
	}

	private static JsonNode record(JsonNode history, String kind) {
		return history.get("records")
			.valueStream()
			.filter((r) -> r.get("kind").asString().equals(kind))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no record " + kind + " in " + history));
	}

	/** Logs a session of one exercise with the given sets; answers its id. */
	private String session(String startedAt, String exercise, String... sets) {
		String id = this.bo.json("POST", "/api/v1/sessions", "{\"startedAt\":\"" + startedAt + "\"}")
			.get("id")
			.asString();
		for (String set : sets) {
			this.bo.json("POST", "/api/v1/sessions/" + id + "/sets",
					"{\"exercise\":\"" + exercise + "\"," + set.substring(1));
		}
		return id;
	}

}
