package org.fitatlas.planning.web;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import biweekly.Biweekly;
import biweekly.component.VEvent;
import org.fitatlas.FitAtlasWebTest;
import org.fitatlas.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendar download over HTTP: the person's zone and start, and bad values refused by
 * name.
 */
@FitAtlasWebTest
class PlanCalendarApiTests {

	@LocalServerPort
	int port;

	TestHttp http;

	String plan;

	@BeforeEach
	void setUp() {
		this.http = new TestHttp(this.port);
		HttpResponse<String> created = this.http.send(HttpRequest.newBuilder(URI.create(this.http.url("/api/v1/plans")))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("""
					{"goal":"strength","level":"beginner","daysPerWeek":3,"minutesPerSession":30,"weeks":4}"""))
			.build());
		this.plan = TestHttp.json(created).get("id").asString();
	}

	@Test
	void shouldPutWeekOneFirstFromNextMondayInThePersonsZone() {
		HttpResponse<String> ics = this.http
			.get("/api/v1/plans/" + this.plan + ".ics?timeZone=America/New_York&time=18:00", "text/calendar");
		assertThat(ics.statusCode()).isEqualTo(200);
		assertThat(ics.body()).contains("BEGIN:VTIMEZONE").contains("DTSTART;TZID=America/New_York:");
		List<VEvent> events = Biweekly.parse(ics.body()).first().getEvents();
		assertThat(events).hasSize(12);
		assertThat(events).extracting((e) -> e.getSummary().getValue().substring(0, 15))
			.startsWith("FitAtlas week 1", "FitAtlas week 1", "FitAtlas week 1", "FitAtlas week 2")
			.endsWith("FitAtlas week 4");
		assertThat(events).extracting((e) -> e.getDateStart().getValue()).isSorted();
		assertThat(ics.body()).contains("T180000\r\n");
	}

	@Test
	void shouldRefuseABadZoneTimeOrStartWithAProblemNamingTheParameter() {
		for (List<String> bad : List.of(List.of("timeZone=Mars%2FOlympus", "timeZone"),
				List.of("timeZone=GMT%2B2", "timeZone"), List.of("time=7%20am", "time"),
				List.of("startDate=2026-13-01", "startDate"), List.of("start=2026-12-07", "start"))) {
			HttpResponse<String> response = this.http.get("/api/v1/plans/" + this.plan + ".ics?" + bad.get(0),
					"text/calendar");
			assertThat(response.statusCode()).as(bad.get(0)).isEqualTo(400);
			assertThat(TestHttp.contentType(response)).startsWith("application/problem+json");
			assertThat(TestHttp.json(response).get("parameter").asString()).isEqualTo(bad.get(1));
		}
		HttpResponse<String> zone = this.http.get("/api/v1/plans/" + this.plan + ".ics?timeZone=Mars%2FOlympus",
				"text/calendar");
		assertThat(TestHttp.json(zone).get("detail").asString()).contains("Mars/Olympus").contains("Europe/Berlin");
	}

}
