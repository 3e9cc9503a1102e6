package org.fitatlas.planning.web;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.fitatlas.FitAtlasWebTest;
import org.fitatlas.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan pages over HTTP: the wizard filled in from a plan, bad plan ids, and plans
 * made before registering kept once the person signs in.
 */
@FitAtlasWebTest
class PlanPageWebTests {

	@LocalServerPort
	int port;

	TestHttp http;

	@BeforeEach
	void setUp() {
		this.http = new TestHttp(this.port);
	}

	@Test
	void shouldReopenTheWizardWithThePlansAnswersTicked() {
		String plan = apiPlan("""
				{"goal":"strength","level":"intermediate","daysPerWeek":2,"minutesPerSession":40,"weeks":6,
				 "equipment":["dumbbell","bench"],"conditions":["knee-pain"],"startDate":"2026-12-07"}""");
		HttpResponse<String> page = this.http.get("/plans/" + plan + "/edit", "text/html");
		assertThat(page.statusCode()).isEqualTo(200);
		String html = page.body();
		assertThat(html).contains("Change your answers")
			.containsPattern("name=\"goal\" value=\"strength\"[^>]*checked")
			.containsPattern("name=\"level\" value=\"intermediate\"[^>]*checked")
			.containsPattern("id=\"daysPerWeek\"[^>]*value=\"2\"")
			.containsPattern("id=\"minutesPerSession\"[^>]*value=\"40\"")
			.containsPattern("id=\"weeks\"[^>]*value=\"6\"")
			.containsPattern("id=\"startDate\"[^>]*value=\"2026-12-07\"")
			.containsPattern("name=\"equipment\" value=\"dumbbell\"[^>]*checked")
			.containsPattern("name=\"equipment\" value=\"bench\"[^>]*checked")
			.containsPattern("name=\"conditions\" value=\"knee-pain\"[^>]*checked")
			.doesNotContainPattern("name=\"conditions\" value=\"pregnancy\"[^>]*checked")
			.contains("href=\"/plans/" + plan + "\"");
	}

	@Test
	void shouldAnswerABadOrUnknownPlanIdOnThePagesWith400Or404() {
		String plan = apiPlan("""
				{"goal":"core","level":"beginner","daysPerWeek":2,"minutesPerSession":20,"weeks":2}""");
		// the page names the field in words ("Time zone"), not by its parameter name
		for (String[] query : new String[][] { { "timeZone=Mars/Olympus", "Time zone" }, { "time=25:00", "Time" },
				{ "startDate=soon", "Start date" }, { "colour=red", "Colour" } }) {
			HttpResponse<String> bad = this.http.get("/plans/" + plan + ".ics?" + query[0], "text/calendar");
			assertThat(bad.statusCode()).as(query[0]).isEqualTo(400);
			assertThat(bad.body()).as(query[0]).contains(query[1] + ":");
		}
		for (String path : new String[] { "/plans/not-an-id", "/plans/not-an-id/edit", "/plans/not-an-id.ics" }) {
			HttpResponse<String> bad = this.http.get(path, "text/html");
			assertThat(bad.statusCode()).as(path).isEqualTo(400);
			assertThat(bad.body()).contains("id").contains("not-an-id");
		}
		for (String path : new String[] { "/plans/" + UUID.randomUUID(), "/plans/" + UUID.randomUUID() + "/edit",
				"/plans/" + UUID.randomUUID() + ".ics" }) {
			assertThat(this.http.get(path, "text/html").statusCode()).as(path).isEqualTo(404);
		}
	}

	@Test
	void shouldKeepThePlansMadeBeforeRegisteringButNotOnesOnlyOpened() {
		TestHttp browser = new TestHttp(this.port, true);
		HttpResponse<String> made = browser.postForm("/plans/new", "/plans",
				"goal=core&level=beginner&daysPerWeek=2&minutesPerSession=20&weeks=2");
		assertThat(made.statusCode()).isEqualTo(302);
		String plan = made.headers().firstValue("Location").orElseThrow().replaceAll(".*/plans/", "");
		assertThat(browser.get("/plans/" + plan, "text/html").body()).contains("id=\"keep-on-register\"");
		String opened = apiPlan("""
				{"goal":"core","level":"beginner","daysPerWeek":2,"minutesPerSession":20,"weeks":2}""");
		assertThat(browser.get("/plans/" + opened, "text/html").body()).doesNotContain("keep-on-register");

		String email = "ola-" + UUID.randomUUID() + "@fitatlas.test";
		assertThat(browser
			.postForm("/register", "/register", "email=" + email + "&password=mountain+river+lantern&displayName=Ola")
			.statusCode()).isEqualTo(302);
		HttpResponse<String> signedIn = browser.postForm("/login", "/login",
				"email=" + email + "&password=mountain+river+lantern");
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/profile");

		String mine = browser.get("/my/plans", "text/html").body();
		assertThat(mine).contains("/plans/" + plan).doesNotContain("/plans/" + opened);
		String page = browser.get("/plans/" + plan, "text/html").body();
		assertThat(page).contains("id=\"plan-kept\"").doesNotContain("id=\"keep-plan\"");
		assertThat(this.http.get("/plans/" + plan, "text/html").statusCode()).as("no longer open to anyone")
			.isIn(302, 401, 404);
		HttpResponse<String> calendar = browser.get("/plans/" + plan + ".ics?timeZone=Europe/Berlin&time=18:30",
				"text/calendar");
		assertThat(calendar.statusCode()).as("the page's calendar opens with the session").isEqualTo(200);
		assertThat(calendar.body()).contains("DTSTART;TZID=Europe/Berlin:").contains("T183000");
		assertThat(browser.get("/plans/" + plan + ".ics?timeZone=Berlin", "text/calendar").statusCode()).isEqualTo(400);
		assertThat(browser.get("/plans/" + opened, "text/html").body()).as("someone else's link: theirs to keep")
			.contains("id=\"keep-plan\"");
		assertThat(this.http.get("/plans/" + opened, "text/html").statusCode()).isEqualTo(200);
	}

	@Test
	void shouldDrawEachWeeksMusclesWithTheMainWorkStrongAndSayItInWords() {
		String plan = apiPlan("""
				{"goal":"strength","level":"intermediate","daysPerWeek":3,"minutesPerSession":45,"weeks":4,
				 "equipment":["barbell","dumbbell","bench","pull-up-bar"]}""");
		String html = this.http.get("/plans/" + plan, "text/html").body();

		assertThat(html).contains("Muscles this week")
			.contains("id=\"week-1-map\"")
			.contains("id=\"week-4-map\"")
			.contains(">Muscles trained in week 1</title>")
			.containsPattern("data-muscle=\"quadriceps\" data-emphasis=\"strong\"")
			.containsPattern("Trained hard: [^<]*Quadriceps");
	}

	private String apiPlan(String json) {
		HttpResponse<String> created = this.http.send(HttpRequest.newBuilder(URI.create(this.http.url("/api/v1/plans")))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build());
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return TestHttp.json(created).get("id").asString();
	}

}
