package org.fitatlas.proof;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.fitatlas.FitAtlasApplication;
import org.fitatlas.TestHttp;
import org.fitatlas.accounts.ApiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ops/backup.sh on a database with people, sessions and sets in it: backs up, wipes every
 * table, restores, and the row counts (and a person's sets) are as before.
 */
class BackupRestoreProofIT {

	@TempDir
	Path temp;

	@Test
	void shouldRestoreEveryRowAfterTheDatabaseWasWiped() throws Exception {
		try (EmbeddedPostgres database = ExternalDatabase.start(this.temp.resolve("pg"), 0)) {
			String sessionId;
			ApiClient ann;
			try (ConfigurableApplicationContext app = start(database)) {
				ann = ApiClient.registered(new TestHttp(port(app)), "ann");
				sessionId = ann.json("POST", "/api/v1/sessions", "{\"title\":\"Before the backup\"}")
					.get("id")
					.asString();
				for (int i = 1; i <= 5; i++) {
					ann.json("POST", "/api/v1/sessions/" + sessionId + "/sets",
							"{\"exercise\":\"push-up\",\"reps\":" + (10 + i) + "}");
				}
			}
			ProcessBuilder script = new ProcessBuilder("bash", "ops/backup.sh", "check",
					this.temp.resolve("backup").toString())
				.redirectErrorStream(true)
				.redirectOutput(this.temp.resolve("check.log").toFile());
			script.environment()
				.putAll(Map.of("PGPORT", Integer.toString(database.getPort()), "PGUSER", "postgres", "SCHEMA",
						"public"));
			Process check = script.start();
			check.getOutputStream().close();
			assertThat(check.waitFor(5, TimeUnit.MINUTES)).isTrue();
			String log = Files.readString(this.temp.resolve("check.log"));
			assertThat(check.exitValue()).as(log).isZero();
			assertThat(log).contains("the same after backup, wipe and restore").contains("training_set 5");

			try (ConfigurableApplicationContext app = start(database)) {
				ApiClient again = ApiClient.signIn(new TestHttp(port(app)), ann.email, ann.password);
				assertThat(again.json("GET", "/api/v1/sessions/" + sessionId, null).get("sets")).hasSize(5);
				JdbcClient jdbc = app.getBean(JdbcClient.class);
				assertThat(jdbc.sql("select count(*) from account").query(Long.class).single()).isEqualTo(1);
			}
		}
	}

	private static ConfigurableApplicationContext start(EmbeddedPostgres database) {
		return new SpringApplicationBuilder(FitAtlasApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + database.getJdbcUrl("postgres", "postgres"),
				"--spring.datasource.username=postgres");
	}

	private static int port(ConfigurableApplicationContext app) {
		return ((WebServerApplicationContext) app).getWebServer().getPort();
	}

}
