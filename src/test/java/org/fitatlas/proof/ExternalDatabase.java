package org.fitatlas.proof;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL started apart from the app, standing in for a managed or self-run one: the
 * app reaches it through {@code spring.datasource.url} like any external database.
 * Durable settings, as a production server has them.
 */
final class ExternalDatabase {

	private ExternalDatabase() {
	}

	static EmbeddedPostgres start(Path dataDir, int port) throws IOException {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(dataDir)
			.setCleanDataDirectory(false)
			.setPGStartupWait(Duration.ofSeconds(120))
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on");
		if (port > 0) {
			builder.setPort(port);
		}
		return builder.start();
	}

}
