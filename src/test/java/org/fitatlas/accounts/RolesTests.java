package org.fitatlas.accounts;

import java.net.http.HttpResponse;

import org.fitatlas.TestHttp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin comes from configuration and manages roles; editors may re-import the
 * catalog; ordinary users may do neither.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "fitatlas.database.data-dir=target/test-pg/${random.uuid}", "fitatlas.database.clean=true",
				"fitatlas.admin.email=admin@fitatlas.test", "fitatlas.admin.password=an admin pass phrase" })
class RolesTests {

	@LocalServerPort
	int port;

	@Test
	void shouldLetTheConfiguredAdminPromoteAnEditorWhoMayImportTheCatalog() {
		TestHttp http = new TestHttp(this.port);
		ApiClient admin = ApiClient.signIn(http, "admin@fitatlas.test", "an admin pass phrase");
		assertThat(admin.json("GET", "/api/v1/account", null).get("role").asString()).isEqualTo("admin");
		ApiClient kim = ApiClient.registered(http, "kim");
		long kimId = kim.json("GET", "/api/v1/account", null).get("id").asLong();

		assertThat(kim.send("POST", "/api/v1/catalog/import", null, true).statusCode()).isEqualTo(403);
		assertThat(kim.send("POST", "/api/v1/catalog/import", null, false).statusCode()).isEqualTo(401);
		assertThat(
				kim.send("PUT", "/api/v1/admin/accounts/" + kimId + "/role", "{\"role\":\"admin\"}", true).statusCode())
			.as("a user cannot promote themselves")
			.isEqualTo(403);

		HttpResponse<String> bad = admin.send("PUT", "/api/v1/admin/accounts/" + kimId + "/role", "{\"role\":\"boss\"}",
				true);
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(TestHttp.json(bad).get("parameter").asString()).isEqualTo("role");
		admin.json("PUT", "/api/v1/admin/accounts/" + kimId + "/role", "{\"role\":\"editor\"}");

		JsonNode report = kim.json("POST", "/api/v1/catalog/import", null);
		assertThat(report.get("files").asInt()).isGreaterThanOrEqualTo(220);
		assertThat(report.get("problems")).isEmpty();
		assertThat(report.get("added").asInt() + report.get("updated").asInt()).as("nothing changed since start-up")
			.isZero();
	}

	@Test
	void shouldShowMetricsToAdminsOnly() {
		TestHttp http = new TestHttp(this.port);
		ApiClient admin = ApiClient.signIn(http, "admin@fitatlas.test", "an admin pass phrase");
		ApiClient lou = ApiClient.registered(http, "lou");
		for (String path : java.util.List.of("/actuator/prometheus", "/actuator/metrics")) {
			assertThat(lou.send("GET", path, null, false).statusCode()).as("nobody " + path).isEqualTo(401);
			assertThat(lou.send("GET", path, null, true).statusCode()).as("a user " + path).isEqualTo(403);
		}
		assertThat(admin.send("GET", "/actuator/metrics", null, true).statusCode()).isEqualTo(200);
		HttpResponse<String> scrape = http
			.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(http.url("/actuator/prometheus")))
				.header("Authorization", "Bearer " + admin.token)
				.header("Accept", "text/plain")
				.build());
		assertThat(scrape.statusCode()).isEqualTo(200);
		assertThat(scrape.body()).contains("jvm_memory_used_bytes").contains("http_server_requests");
		assertThat(lou.send("GET", "/actuator/health", null, false).statusCode()).as("probes stay open").isEqualTo(200);
	}

}
