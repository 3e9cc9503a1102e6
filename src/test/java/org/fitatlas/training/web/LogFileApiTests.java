package org.fitatlas.training.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.fitatlas.FitAtlasWebTest;
import org.fitatlas.TestHttp;
import org.fitatlas.accounts.ApiClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Training logs in and out as CSV over real HTTP: our export re-imported into a fresh
 * account exports the same rows, Strong and Hevy files are recognised and their exercise
 * names matched to the atlas, a second import stores nothing new, and a broken file is
 * refused whole with its line named.
 */
@FitAtlasWebTest
class LogFileApiTests {

	@LocalServerPort
	int port;

	@Test
	void shouldExportAndReimportTheSameRowsIntoAFreshAccount() {
		TestHttp http = new TestHttp(this.port);
		ApiClient cy = ApiClient.registered(http, "cy");
		String session = cy
			.json("POST", "/api/v1/sessions",
					"{\"title\":\"Legs, \\\"heavy\\\"\",\"startedAt\":\"2026-11-10T17:00:00Z\"}")
			.get("id")
			.asString();
		cy.json("POST", "/api/v1/sessions/" + session + "/sets",
				"{\"exercise\":\"barbell-back-squat\",\"reps\":5,\"loadKg\":82.5,\"rpe\":8.5,\"pain\":1,"
						+ "\"note\":\"knees ok,\\nfelt solid\",\"completedAt\":\"2026-11-10T17:10:00Z\"}");
		cy.json("POST", "/api/v1/sessions/" + session + "/sets",
				"{\"exercise\":\"side-plank\",\"holdSeconds\":35,\"side\":\"left\",\"rir\":2,"
						+ "\"completedAt\":\"2026-11-10T17:20:00Z\"}");
		cy.json("POST", "/api/v1/sessions/" + session + "/finish",
				"{\"endedAt\":\"2026-11-10T18:00:00Z\",\"feeling\":5}");
		cy.json("POST", "/api/v1/sessions", "{\"title\":\"Empty\",\"startedAt\":\"2026-11-12T07:00:00Z\"}");
		String exported = export(cy);
		// a header, two sets and the empty session; the note's line break adds a physical
		// line inside quotes
		assertThat(exported.lines().count()).as(exported).isEqualTo(5);
		assertThat(exported).contains("\"knees ok,\nfelt solid\"");

		ApiClient dee = ApiClient.registered(http, "dee");
		JsonNode report = importCsv(dee, exported, "text/csv");
		assertThat(report.get("format").asString()).isEqualTo("fitatlas");
		assertThat(report.get("sessions").asInt()).isEqualTo(2);
		assertThat(report.get("sets").asInt()).isEqualTo(2);
		assertThat(report.get("created").asInt()).isEqualTo(2);
		assertThat(report.get("createdSessions").asInt()).isEqualTo(2);
		assertThat(export(dee)).isEqualTo(exported);

		JsonNode again = importCsv(dee, exported, "text/csv");
		assertThat(again.get("created").asInt()).isZero();
		assertThat(again.get("createdSessions").asInt()).isZero();
		assertThat(export(dee)).isEqualTo(exported);
	}

	@Test
	void shouldImportStrongAndHevyFilesAndMatchTheirExerciseNames() throws IOException {
		ApiClient eve = ApiClient.registered(new TestHttp(this.port), "eve");
		Map<String, String> formats = Map.of("strong-ios.csv", "strong-ios", "strong-android-kg.csv", "strong-android",
				"strong-android-lbs.csv", "strong-android", "strong-legacy.csv", "strong-legacy", "hevy-kg.csv", "hevy",
				"hevy-lbs.csv", "hevy");
		Map<String, String> matched = new HashMap<>();
		for (Map.Entry<String, String> file : formats.entrySet()) {
			JsonNode report = importCsv(eve, fixture(file.getKey()), "text/csv");
			assertThat(report.get("format").asString()).as(file.getKey()).isEqualTo(file.getValue());
			assertThat(report.get("created").asInt()).as(file.getKey()).isPositive();
			report.get("matched").forEach((m) -> matched.put(m.get("name").asString(), m.get("slug").asString()));
			JsonNode replay = importCsv(eve, fixture(file.getKey()), "text/csv");
			assertThat(replay.get("created").asInt()).as("re-importing " + file.getKey()).isZero();
		}
		assertThat(matched).containsEntry("Bench Press (Barbell)", "barbell-bench-press")
			.containsEntry("Squat (Barbell)", "barbell-back-squat")
			.containsEntry("Deadlift (Barbell)", "barbell-deadlift")
			.containsEntry("Plank", "plank")
			.containsEntry("Side Plank", "side-plank")
			.containsEntry("Pull Up", "pull-up")
			.containsEntry("Cable Crunch", "cable-crunch");
		JsonNode ios = importCsv(eve, fixture("strong-ios.csv"), "text/csv");
		assertThat(ios.get("skipped")).anySatisfy((row) -> assertThat(row.get("line").asInt()).isEqualTo(12));
		String unknown = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n"
				+ "2025-10-01 18:00:00,\"Fun\",30m,\"Zorb Ball Juggling\",1,0,15,0,0,\"\",,\n";
		JsonNode kept = importCsv(eve, unknown, "text/csv");
		assertThat(kept.get("unmatched")).extracting(JsonNode::asString).containsExactly("Zorb Ball Juggling");
		assertThat(kept.get("created").asInt()).as("an unmatched name keeps its set").isEqualTo(1);
		assertThat(export(eve)).contains("Zorb Ball Juggling");
		JsonNode history = eve.json("GET", "/api/v1/exercises/barbell-bench-press/history", null);
		assertThat(history.get("sessions")).isNotEmpty();
	}

	@Test
	void shouldImportAFileOfManyWorkouts() {
		ApiClient hal = ApiClient.registered(new TestHttp(this.port), "hal");
		StringBuilder csv = new StringBuilder(
				"Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n");
		for (int day = 1; day <= 28; day++) {
			for (int set = 1; set <= 20; set++) {
				csv.append(String.format(
						"2025-02-%02d 18:00:00,\"Push\",1h,\"Bench Press (Barbell)\",%d,60,8,0,0,\"\",,8%n", day, set));
			}
		}
		assertThat(csv.length()).as("more than the 16 KiB a JSON body may have").isGreaterThan(32 * 1024);
		JsonNode report = importCsv(hal, csv.toString(), "text/csv");
		assertThat(report.get("sessions").asInt()).isEqualTo(28);
		assertThat(report.get("created").asInt()).isEqualTo(560);
	}

	@Test
	void shouldTakeAMultipartUpload() throws IOException {
		ApiClient fay = ApiClient.registered(new TestHttp(this.port), "fay");
		String boundary = "----fitatlas" + System.nanoTime();
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"hevy.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n" + fixture("hevy-kg.csv") + "\r\n--" + boundary + "--\r\n";
		JsonNode report = importCsv(fay, body, "multipart/form-data; boundary=" + boundary);
		assertThat(report.get("format").asString()).isEqualTo("hevy");
		assertThat(report.get("created").asInt()).isPositive();
	}

	@Test
	void shouldRefuseABrokenFileWholeAndNameTheLine() throws IOException {
		ApiClient gil = ApiClient.registered(new TestHttp(this.port), "gil");
		String good = fixture("fitatlas.csv");
		String[] lines = good.split("\n", -1);
		String[] cells = lines[1].split(",", -1);
		cells[20] = "11";
		lines[1] = String.join(",", cells);
		String broken = String.join("\n", lines);
		HttpResponse<String> refused = send(gil, broken, "text/csv");
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
		assertThat(TestHttp.contentType(refused)).startsWith("application/problem+json");
		assertThat(TestHttp.json(refused).get("line").asInt()).isEqualTo(2);
		assertThat(gil.json("GET", "/api/v1/sessions", null).get("items")).as("nothing half-written").isEmpty();
		for (String junk : new String[] { "", "just,some,words\n1,2,3\n", "\u0000\u0001" }) {
			HttpResponse<String> response = send(gil, junk, "text/csv");
			assertThat(response.statusCode()).as(junk + " -> " + response.body()).isEqualTo(400);
		}
		assertThat(send(gil, good, "application/json").statusCode()).isEqualTo(400);
		HttpResponse<String> badZone = gil.http
			.send(HttpRequest.newBuilder(URI.create(gil.http.url("/api/v1/sessions/import?timeZone=Mars/Olympus")))
				.header("Authorization", "Bearer " + gil.token)
				.header("Content-Type", "text/csv")
				.POST(HttpRequest.BodyPublishers.ofString(good))
				.build());
		assertThat(badZone.statusCode()).isEqualTo(400);
		assertThat(TestHttp.json(badZone).get("parameter").asString()).isEqualTo("timeZone");
		assertThat(gil.send("GET", "/api/v1/sessions/export.csv", null, false).statusCode()).isEqualTo(401);
	}

	private static String fixture(String name) throws IOException {
		try (InputStream in = LogFileApiTests.class.getResourceAsStream("/logfiles/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static String export(ApiClient client) {
		HttpResponse<String> response = client.send("GET", "/api/v1/sessions/export.csv", null, true);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(TestHttp.contentType(response)).startsWith("text/csv");
		return response.body();
	}

	private static JsonNode importCsv(ApiClient client, String csv, String contentType) {
		HttpResponse<String> response = send(client, csv, contentType);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return TestHttp.json(response);
	}

	private static HttpResponse<String> send(ApiClient client, String body, String contentType) {
		return client.http.send(HttpRequest.newBuilder(URI.create(client.http.url("/api/v1/sessions/import")))
			.header("Authorization", "Bearer " + client.token)
			.header("Content-Type", contentType)
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

}
