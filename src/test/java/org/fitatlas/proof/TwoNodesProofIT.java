package org.fitatlas.proof;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.fitatlas.FitAtlasApplication;
import org.fitatlas.TestHttp;
import org.fitatlas.accounts.ApiClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two FitAtlas nodes that share nothing but one PostgreSQL, as behind a load balancer:
 * started at the same moment with the admin variables set, they make one admin; a catalog
 * edit imported on A is found by search on B within 5 s; a page session signed in on A
 * works on B; failed sign-ins on A and B add up to the throttle.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesProofIT {

	private static final String ADMIN = "admin@fitatlas.test";

	private static final String ADMIN_PASSWORD = "two nodes share one database";

	@TempDir
	static Path temp;

	private EmbeddedPostgres database;

	private ConfigurableApplicationContext nodeA;

	private ConfigurableApplicationContext nodeB;

	private Path catalogA;

	@BeforeAll
	void startBothNodesAtOnce() throws Exception {
		this.database = ExternalDatabase.start(temp.resolve("external-pg"), 0);
		this.catalogA = copyCatalog("catalog-a");
		Path catalogB = copyCatalog("catalog-b");
		CompletableFuture<ConfigurableApplicationContext> a = CompletableFuture.supplyAsync(() -> start(this.catalogA));
		CompletableFuture<ConfigurableApplicationContext> b = CompletableFuture.supplyAsync(() -> start(catalogB));
		this.nodeA = a.join();
		this.nodeB = b.join();
	}

	@AfterAll
	void stop() throws Exception {
		if (this.nodeA != null) {
			this.nodeA.close();
		}
		if (this.nodeB != null) {
			this.nodeB.close();
		}
		if (this.database != null) {
			this.database.close();
		}
	}

	@Test
	void shouldCreateExactlyOneAdminWhenBothNodesStartTogether() {
		JdbcClient jdbc = this.nodeA.getBean(JdbcClient.class);
		assertThat(jdbc.sql("select count(*) from account where role = 'admin'").query(Long.class).single())
			.isEqualTo(1);
		assertThat(ApiClient.signIn(new TestHttp(port(this.nodeB)), ADMIN, ADMIN_PASSWORD).token).isNotBlank();
	}

	@Test
	void shouldFindAnExerciseEditedOnNodeAThroughSearchOnNodeBWithinFiveSeconds() throws Exception {
		TestHttp onB = new TestHttp(port(this.nodeB));
		assertThat(onB.get("/api/v1/search?q=zebracrawl").body()).doesNotContain("cat-cow");
		Path file = this.catalogA.resolve("exercises/cat-cow.md");
		Files.writeString(file, Files.readString(file).replace("name: Cat-Cow", "name: Cat-Cow Zebracrawl"));
		ApiClient admin = ApiClient.signIn(new TestHttp(port(this.nodeA)), ADMIN, ADMIN_PASSWORD);
		HttpResponse<String> imported = admin.send("POST", "/api/v1/catalog/import", null, true);
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
		long start = System.nanoTime();
		String found = "";
		while (System.nanoTime() - start < Duration.ofSeconds(5).toNanos() && !found.contains("cat-cow")) {
			found = onB.get("/api/v1/search?q=zebracrawl").body();
			if (!found.contains("cat-cow")) {
				Thread.sleep(100);
			}
		}
		assertThat(found).as("search on node B, 5 s after the import on node A").contains("cat-cow");
	}

	@Test
	void shouldKeepAPageSessionSignedInOnNodeAWhenTheNextRequestGoesToNodeB() throws Exception {
		ApiClient person = ApiClient.registered(new TestHttp(port(this.nodeA)), "moving");
		HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		HttpResponse<String> loginPage = client.send(
				HttpRequest.newBuilder(URI.create(base(this.nodeA) + "/login")).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
		String cookie = sessionCookie(loginPage);
		Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(loginPage.body());
		assertThat(csrf.find()).isTrue();
		String form = "email=" + URLEncoder.encode(person.email, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(person.password, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
		HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(base(this.nodeA) + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", cookie)
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/profile");
		String session = sessionCookie(signedIn);

		HttpResponse<String> profileOnB = client.send(HttpRequest.newBuilder(URI.create(base(this.nodeB) + "/profile"))
			.header("Accept", "text/html")
			.header("Cookie", session)
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(profileOnB.statusCode()).as("the profile page on node B, with node A's session").isEqualTo(200);
		assertThat(profileOnB.body()).contains(person.email);
	}

	@Test
	void shouldTripTheThrottleWithTenFailedSignInsSpreadOverBothNodes() {
		ApiClient person = ApiClient.registered(new TestHttp(port(this.nodeA)), "guessed");
		List<TestHttp> nodes = List.of(new TestHttp(port(this.nodeA)), new TestHttp(port(this.nodeB)));
		for (int i = 0; i < 10; i++) {
			HttpResponse<String> wrong = tokenRequest(nodes.get(i % 2), person.email, "wrong password " + i);
			assertThat(wrong.statusCode()).as("failure %d on node %s", i + 1, (i % 2 == 0) ? "A" : "B").isEqualTo(401);
		}
		for (TestHttp node : nodes) {
			HttpResponse<String> blocked = tokenRequest(node, person.email, person.password);
			assertThat(blocked.statusCode()).as("the 11th attempt, on either node").isEqualTo(429);
			assertThat(blocked.headers().firstValue("Retry-After")).isPresent();
		}
	}

	private static HttpResponse<String> tokenRequest(TestHttp http, String email, String password) {
		return http.send(HttpRequest.newBuilder(URI.create(http.url("/api/v1/tokens")))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString("{\"email\":\"" + email + "\",\"password\":\"" + password + "\",\"name\":\"proof\"}"))
			.build());
	}

	private static String sessionCookie(HttpResponse<String> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((c) -> c.startsWith("JSESSIONID="))
			.map((c) -> c.substring(0, c.indexOf(';')))
			.reduce((first, last) -> last)
			.orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
	}

	private ConfigurableApplicationContext start(Path catalog) {
		return new SpringApplicationBuilder(FitAtlasApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + this.database.getJdbcUrl("postgres", "postgres"),
				"--spring.datasource.username=postgres", "--fitatlas.catalog.dir=" + catalog,
				"--fitatlas.admin.email=" + ADMIN, "--fitatlas.admin.password=" + ADMIN_PASSWORD,
				"--fitatlas.search.follow-every=PT1S");
	}

	private Path copyCatalog(String name) throws java.io.IOException {
		Path copy = temp.resolve(name);
		FileSystemUtils.copyRecursively(Path.of("catalog"), copy);
		return copy;
	}

	private static int port(ConfigurableApplicationContext node) {
		return ((WebServerApplicationContext) node).getWebServer().getPort();
	}

	private static String base(ConfigurableApplicationContext node) {
		return "http://localhost:" + port(node);
	}

}
