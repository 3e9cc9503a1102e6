package org.fitatlas.shared.database;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL that runs when no external database URL is set.
 *
 * @param dataDir where the database files live; they survive restarts
 * @param port the port to listen on, 0 for any free port
 * @param clean whether to wipe {@code dataDir} at start (tests only)
 * @param serverSettings PostgreSQL settings over the durable defaults (tests turn fsync
 * off for speed; production leaves this empty)
 */
@ConfigurationProperties("fitatlas.database")
public record DatabaseProperties(@DefaultValue("data/postgres") Path dataDir, @DefaultValue("0") int port,
		@DefaultValue("false") boolean clean, @DefaultValue Map<String, String> serverSettings) {

	public DatabaseProperties {
		if (port < 0 || port > 65535) {
			throw new IllegalArgumentException("fitatlas.database.port must be 0..65535, was " + port);
		}
		serverSettings = (serverSettings != null) ? Map.copyOf(serverSettings) : Map.of();
	}

}
