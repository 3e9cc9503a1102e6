package org.fitatlas.planning.web;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;

import org.fitatlas.FitAtlasWebTest;
import org.fitatlas.RawHttp;
import org.fitatlas.TestHttp;
import org.fitatlas.planning.Plans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plans against edge input and abuse: start dates a calendar cannot hold, forged host
 * names in links, anonymous plans that are never cleaned up, and plans stored at full
 * size.
 */
@FitAtlasWebTest
class PlanHardeningTests {

	static final String PLAN = "{\"goal\":\"core\",\"level\":\"beginner\",\"daysPerWeek\":2,\"minutesPerSession\":20,\"weeks\":1";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Plans plans;

	TestHttp http;

	@BeforeEach
	void setUp() {
		this.http = new TestHttp(this.port);
	}

	@Test
	void shouldRefuseAStartDateFarInTheFutureOrPastNamingTheField() {
		for (String date : new String[] { "+999999999-12-31", "9999-12-31", "0001-01-01", "-0042-03-01",
				LocalDate.now().plusYears(3).toString() }) {
			HttpResponse<String> response = post(PLAN + ",\"startDate\":\"" + date + "\"}");
			assertThat(response.statusCode()).as(date + " " + response.body()).isEqualTo(400);
			assertThat(TestHttp.json(response).get("parameter").asString()).isEqualTo("startDate");
		}
		TestHttp browser = new TestHttp(this.port, true);
		HttpResponse<String> page = browser.postForm("/plans/new", "/plans",
				"goal=core&level=beginner&daysPerWeek=2&minutesPerSession=20&weeks=1&startDate=9999-12-31");
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("startDate");
	}

	@Test
	void shouldExportAPlanStartingWithinTheAllowedRangeAsACalendar() {
		String id = TestHttp.json(post(PLAN + ",\"startDate\":\"" + LocalDate.now().plusYears(1).minusDays(1) + "\"}"))
			.get("id")
			.asString();
		HttpResponse<String> ics = this.http.get("/api/v1/plans/" + id + ".ics", "text/calendar");
		assertThat(ics.statusCode()).isEqualTo(200);
		assertThat(ics.body()).startsWith("BEGIN:VCALENDAR");
	}

	@Test
	void shouldNotCopyAForgedHostIntoTheLocationOrTheCalendarLinks() {
		String body = PLAN + "}";
		RawHttp.Response created = RawHttp.exchange(this.port,
				"POST /api/v1/plans HTTP/1.1\nHost: evil.example\n"
						+ "X-Forwarded-Host: evil.example\nContent-Type: application/json\nContent-Length: "
						+ body.length() + "\nConnection: close\n\n" + body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.header("Location")).startsWith("/api/v1/plans/").doesNotContain("evil");
		String id = created.header("Location").substring("/api/v1/plans/".length());
		RawHttp.Response ics = RawHttp.exchange(this.port, "GET /api/v1/plans/" + id + ".ics HTTP/1.1\n"
				+ "Host: evil.example\nX-Forwarded-Host: evil.example\nConnection: close\n\n");
		assertThat(ics.status()).isEqualTo(200);
		String unfolded = ics.body().replace("\r\n ", "");
		assertThat(unfolded).doesNotContain("evil").contains("http://localhost:8080/plans/" + id);
	}

	@Test
	void shouldExpireAnonymousPlansAfterThirtyDaysButKeepOwnedOnes() {
		String old = TestHttp.json(post(PLAN + "}")).get("id").asString();
		String fresh = TestHttp.json(post(PLAN + "}")).get("id").asString();
		this.jdbc.sql("update plan set created_at = now() - interval '31 days' where id = cast(:id as uuid)")
			.param("id", old)
			.update();
		assertThat(this.http.get("/api/v1/plans/" + old).statusCode()).as("expired, even before the cleanup")
			.isEqualTo(404);
		assertThat(this.plans.deleteExpiredAnonymous()).isGreaterThanOrEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from plan where id = cast(:id as uuid)")
			.param("id", old)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.http.get("/api/v1/plans/" + fresh).statusCode()).isEqualTo(200);
	}

	@Test
	void shouldStoreAPlanInAFractionOfItsJsonSize() {
		HttpResponse<String> created = post(
				"{\"goal\":\"general-fitness\",\"level\":\"beginner\",\"daysPerWeek\":7,\"minutesPerSession\":60,\"weeks\":16}");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String id = TestHttp.json(created).get("id").asString();
		long stored = this.jdbc.sql("select pg_column_size(plan.*) from plan where id = cast(:id as uuid)")
			.param("id", id)
			.query(Long.class)
			.single();
		assertThat(stored).as("bytes on disk for %d bytes of JSON", created.body().length())
			.isLessThan(created.body().length() / 8);
		assertThat(this.http.get("/api/v1/plans/" + id).body()).isEqualTo(created.body());
	}

	@Test
	void shouldKeepAClaimedAnonymousPlanPastTheRetentionForItsNewOwnerOnly() {
		String id = TestHttp.json(post(PLAN + "}")).get("id").asString();
		String token = signedInToken("claire");
		HttpResponse<String> claimed = this.http
			.send(HttpRequest.newBuilder(URI.create(this.http.url("/api/v1/plans/" + id + "/claim")))
				.header("Authorization", "Bearer " + token)
				.POST(HttpRequest.BodyPublishers.noBody())
				.build());
		assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(200);
		this.jdbc.sql("update plan set created_at = now() - interval '60 days' where id = cast(:id as uuid)")
			.param("id", id)
			.update();
		this.plans.deleteExpiredAnonymous();
		assertThat(this.http.get("/api/v1/plans/" + id).statusCode()).as("nobody signed in").isEqualTo(401);
		assertThat(this.http
			.send(HttpRequest.newBuilder(URI.create(this.http.url("/api/v1/plans/" + id)))
				.header("Authorization", "Bearer " + token)
				.build())
			.statusCode()).isEqualTo(200);
		String other = signedInToken("oscar");
		assertThat(this.http
			.send(HttpRequest.newBuilder(URI.create(this.http.url("/api/v1/plans/" + id + "/claim")))
				.header("Authorization", "Bearer " + other)
				.POST(HttpRequest.BodyPublishers.noBody())
				.build())
			.statusCode()).as("someone else's plan cannot be claimed").isEqualTo(404);
	}

	private String signedInToken(String name) {
		String email = name + "-" + java.util.UUID.randomUUID() + "@fitatlas.test";
		this.http.send(HttpRequest.newBuilder(URI.create(this.http.url("/api/v1/accounts")))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email
					+ "\",\"password\":\"correct horse battery\",\"displayName\":\"" + name + "\"}"))
			.build());
		HttpResponse<String> token = this.http.send(HttpRequest.newBuilder(URI.create(this.http.url("/api/v1/tokens")))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString("{\"email\":\"" + email + "\",\"password\":\"correct horse battery\",\"name\":\"t\"}"))
			.build());
		return TestHttp.json(token).get("token").asString();
	}

	private HttpResponse<String> post(String body) {
		return this.http.send(HttpRequest.newBuilder(URI.create(this.http.url("/api/v1/plans")))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

}
