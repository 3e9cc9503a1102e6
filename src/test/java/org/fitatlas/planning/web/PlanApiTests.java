package org.fitatlas.planning.web;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import biweekly.Biweekly;
import biweekly.ICalendar;
import org.fitatlas.FitAtlasWebTest;
import org.fitatlas.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan API and pages over HTTP against the running app and PostgreSQL.
 */
@FitAtlasWebTest
class PlanApiTests {

	@LocalServerPort
	int port;

	TestHttp http;

	@BeforeEach
	void setUp() {
		this.http = new TestHttp(this.port);
	}

	@Test
	void shouldCreateAPlanAnswer201WithItsLocationAndServeItBack() {
		HttpResponse<String> created = post("""
				{"goal":"core","level":"beginner","daysPerWeek":3,"minutesPerSession":30,"weeks":2,
				 "equipment":["exercise-ball"],"startDate":"2026-12-07","seed":42}""");
		assertThat(created.statusCode()).isEqualTo(201);
		String location = created.headers().firstValue("Location").orElseThrow();
		JsonNode plan = TestHttp.json(created);
		assertThat(location).endsWith("/api/v1/plans/" + plan.get("id").asString());
		HttpResponse<String> fetched = this.http.get(URI.create(location).getPath());
		assertThat(fetched.statusCode()).isEqualTo(200);
		assertThat(TestHttp.json(fetched)).isEqualTo(plan);
		assertThat(plan.get("weeks")).hasSize(2);
		assertThat(plan.get("weeks").get(0).get("sessions")).hasSize(3);
		assertThat(plan.get("profile").get("goal").asString()).isEqualTo("core");
		assertThat(plan.get("rules")).isNotEmpty();
	}

	@Test
	void shouldExportTheSessionsAsICalendarFromTheStartDate() {
		JsonNode plan = TestHttp.json(post("""
				{"goal":"flexibility","level":"intermediate","daysPerWeek":2,"minutesPerSession":20,"weeks":3,
				 "startDate":"2026-12-07"}"""));
		HttpResponse<String> ics = this.http.get("/api/v1/plans/" + plan.get("id").asString() + ".ics",
				"text/calendar");
		assertThat(ics.statusCode()).isEqualTo(200);
		assertThat(TestHttp.contentType(ics)).startsWith("text/calendar");
		ICalendar calendar = Biweekly.parse(ics.body()).first();
		assertThat(calendar.getEvents()).hasSize(6);
		assertThat(calendar.getEvents().get(0).getDateStart().getValue().toInstant().toString())
			.startsWith("2026-12-07");
		assertThat(calendar.getEvents().get(0).getSummary().getValue()).startsWith("FitAtlas week 1");
	}

	@Test
	void shouldRefuseAPlanAndSendThePersonToAClinicianOnARedFlag() {
		HttpResponse<String> response = post("""
				{"goal":"back-health","level":"beginner","daysPerWeek":3,"minutesPerSession":30,
				 "redFlags":["saddle-numbness","fever"]}""");
		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(TestHttp.contentType(response)).startsWith("application/problem+json");
		JsonNode problem = TestHttp.json(response);
		assertThat(problem.get("detail").asString()).contains("saddle-numbness").contains("fever").contains("doctor");
		assertThat(problem.get("redFlags")).hasSize(2);
	}

	@Test
	void shouldAnswerBadInputWithAProblemNamingTheField() {
		for (List<String> bad : List.of(List.of("{\"goal\":\"dance\"}", "goal"),
				List.of("{\"goal\":\"core\",\"level\":\"beginner\",\"daysPerWeek\":8,\"minutesPerSession\":30}",
						"daysPerWeek"),
				List.of("{\"goal\":\"core\",\"level\":\"beginner\",\"daysPerWeek\":\"three\",\"minutesPerSession\":30}",
						"daysPerWeek"),
				List.of("{\"goal\":\"core\",\"level\":\"beginner\",\"daysPerWeek\":3,\"minutesPerSession\":30,\"colour\":1}",
						"colour"),
				List.of("{\"goal\":\"core\",\"level\":\"beginner\",\"daysPerWeek\":3,\"minutesPerSession\":30,"
						+ "\"conditions\":[\"pregnancy\"]}", "pregnancyTrimester"),
				List.of("{\"goal\":\"core\",\"level\":\"beginner\",\"daysPerWeek\":3,\"minutesPerSession\":30,"
						+ "\"startDate\":\"tomorrow\"}", "startDate"),
				List.of("{\"goal\":", "body"), List.of("[1,2]", "body"), List.of("", "body"))) {
			HttpResponse<String> response = post(bad.get(0));
			assertThat(response.statusCode()).as(bad.get(0)).isEqualTo(400);
			assertThat(TestHttp.contentType(response)).startsWith("application/problem+json");
			assertThat(TestHttp.json(response).get("parameter").asString()).as(bad.get(0)).isEqualTo(bad.get(1));
		}
		HttpResponse<String> tooBig = post("{\"goal\":\"core\",\"focus\":[" + "\"core\",".repeat(5000) + "\"core\"]}");
		assertThat(tooBig.statusCode()).as("over the body limit, refused before it is read").isEqualTo(413);
		HttpResponse<String> wrongType = this.http
			.send(HttpRequest.newBuilder(URI.create(this.http.url("/api/v1/plans")))
				.header("Content-Type", "text/plain")
				.POST(HttpRequest.BodyPublishers.ofString("hello"))
				.build());
		assertThat(wrongType.statusCode()).isEqualTo(415);
		assertThat(TestHttp.contentType(wrongType)).startsWith("application/problem+json");
	}

	@Test
	void shouldAnswerUnknownAndMalformedPlanIdsWithProblems() {
		HttpResponse<String> unknown = this.http.get("/api/v1/plans/3f2504e0-4f89-11d3-9a0c-0305e82c3301");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(TestHttp.contentType(unknown)).startsWith("application/problem+json");
		HttpResponse<String> malformed = this.http.get("/api/v1/plans/not-an-id");
		assertThat(malformed.statusCode()).isEqualTo(400);
		assertThat(TestHttp.json(malformed).get("parameter").asString()).isEqualTo("id");
		assertThat(this.http.get("/api/v1/plans/not-an-id.ics", "text/calendar").statusCode()).isEqualTo(400);
		assertThat(this.http.get("/plans/3f2504e0-4f89-11d3-9a0c-0305e82c3301", "text/html").statusCode())
			.isEqualTo(404);
	}

	@Test
	void shouldShowTheWizardAndReportAFormErrorOnThePage() {
		assertThat(this.http.get("/plans/new", "text/html").body()).contains("Make your training plan");
		TestHttp browser = new TestHttp(this.port, true);
		HttpResponse<String> response = browser.postForm("/plans/new", "/plans",
				"goal=core&level=beginner&daysPerWeek=9&minutesPerSession=30");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("daysPerWeek").contains("1..7");
		HttpResponse<String> forged = this.http.send(HttpRequest.newBuilder(URI.create(this.http.url("/plans")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("goal=core&level=beginner&daysPerWeek=3&minutesPerSession=30"))
			.build());
		assertThat(forged.statusCode()).as("a form post without the CSRF token").isEqualTo(403);
	}

	private HttpResponse<String> post(String json) {
		return this.http.send(HttpRequest.newBuilder(URI.create(this.http.url("/api/v1/plans")))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

}
