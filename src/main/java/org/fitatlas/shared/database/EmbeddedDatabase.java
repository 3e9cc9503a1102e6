package org.fitatlas.shared.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.util.FileSystemUtils;

/**
 * Starts the embedded PostgreSQL locked down: password sign-in (scram-sha-256) for every
 * connection, random passwords made at first start and kept in the data folder readable
 * by its owner only, and the application connected as a role that is not a superuser and
 * owns only the {@code fitatlas} schema. A data folder from before (trust for everyone,
 * tables in {@code public}) is converted on its first start.
 */
final class EmbeddedDatabase {

	static final String APP_ROLE = "fitatlas";

	static final String SCHEMA = "fitatlas";

	static final String CREDENTIALS_FILE = "fitatlas-credentials.properties";

	private static final SecureRandom RANDOM = new SecureRandom();

	/**
	 * Production settings over the library's test defaults ({@code -F}, i.e. fsync off,
	 * and asynchronous commit): a commit the app acknowledged survives a crash of
	 * PostgreSQL or of the machine. {@code -c fsync=on} comes after {@code -F} on the
	 * command line, and the later setting wins.
	 */
	static final Map<String, String> DURABLE = Map.of("fsync", "on", "synchronous_commit", "on", "full_page_writes",
			"on");

	/** The running database and how the application connects to it. */
	record Running(EmbeddedPostgres postgres, String jdbcUrl, String user, String password) {

		@Override
		public String toString() {
			return "Running[url=" + this.jdbcUrl + ", user=" + this.user + "]";
		}

	}

	/** The superuser's and the application role's passwords. */
	record Credentials(String superuserPassword, String appPassword) {

		@Override
		public String toString() {
			return "Credentials[(hidden)]";
		}

	}

	private EmbeddedDatabase() {
	}

	static Running start(Path dataDir, int port, boolean clean) throws IOException {
		return start(dataDir, port, clean, Map.of());
	}

	/**
	 * Starts the database; {@code overrides} replace server settings (tests use them to
	 * trade durability for speed).
	 */
	static Running start(Path dataDir, int port, boolean clean, Map<String, String> overrides) throws IOException {
		Path dir = dataDir.toAbsolutePath().normalize();
		if (clean) {
			FileSystemUtils.deleteRecursively(dir);
		}
		Files.createDirectories(dir);
		Path file = dir.resolve(CREDENTIALS_FILE);
		Credentials credentials = Files.exists(file) ? read(file) : null;
		OrphanedServer.stopIfRunning(dir);
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(dir)
			.setCleanDataDirectory(false)
			.setPGStartupWait(Duration.ofSeconds(60));
		DURABLE.forEach(builder::setServerConfig);
		overrides.forEach(builder::setServerConfig);
		if (credentials != null) {
			// the library checks the server is up by signing in as the superuser
			builder.setConnectConfig("password", credentials.superuserPassword());
		}
		if (port > 0) {
			builder.setPort(port);
		}
		EmbeddedPostgres postgres = builder.start();
		try {
			if (credentials == null) {
				// first start of this folder (new, or from before passwords): written
				// before
				// any password is set, so a crash in between cannot lose it
				credentials = new Credentials(secret(), secret());
				write(file, credentials);
			}
			try (Connection connection = postgres
				.getDatabase("postgres", "postgres", Map.of("password", credentials.superuserPassword()))
				.getConnection(); Statement sql = connection.createStatement()) {
				lockDown(sql, credentials);
				writePgHba(dir);
				sql.execute("select pg_reload_conf()");
			}
		}
		catch (SQLException | IOException | RuntimeException ex) {
			postgres.close();
			throw (ex instanceof IOException io) ? io : new IOException("could not secure the embedded database", ex);
		}
		String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres?currentSchema=" + SCHEMA;
		return new Running(postgres, url, APP_ROLE, credentials.appPassword());
	}

	private static void lockDown(Statement sql, Credentials credentials) throws SQLException {
		sql.execute("set password_encryption = 'scram-sha-256'");
		sql.execute("alter role postgres password " + literal(credentials.superuserPassword()));
		sql.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + APP_ROLE + "') then "
				+ "create role " + APP_ROLE + " login; end if; end $$");
		sql.execute("alter role " + APP_ROLE + " with login nosuperuser nocreatedb nocreaterole noreplication "
				+ "nobypassrls password " + literal(credentials.appPassword()));
		sql.execute("create schema if not exists " + SCHEMA + " authorization " + APP_ROLE);
		sql.execute("alter schema " + SCHEMA + " owner to " + APP_ROLE);
		sql.execute("alter role " + APP_ROLE + " set search_path = " + SCHEMA);
		sql.execute("revoke create on schema public from public");
		// A folder from before kept the application's tables in public, owned by the
		// superuser: move them (sequences and indexes go along) and hand them over.
		sql.execute(
				"""
						do $$
						declare r record;
						begin
						  for r in select c.relname, c.relkind from pg_class c join pg_namespace n on n.oid = c.relnamespace
						           where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm')
						             and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype = 'e') loop
						    execute format('alter %s public.%I set schema fitatlas',
						      case r.relkind when 'v' then 'view' when 'm' then 'materialized view' else 'table' end, r.relname);
						  end loop;
						  for r in select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
						           where n.nspname = 'public' and c.relkind = 'S'
						             and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype in ('e', 'a')) loop
						    execute format('alter sequence public.%I set schema fitatlas', r.relname);
						  end loop;
						  for r in select c.relname, c.relkind from pg_class c join pg_namespace n on n.oid = c.relnamespace
						           where n.nspname = 'fitatlas' and c.relkind in ('r', 'p', 'v', 'm', 'S')
						             and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype = 'a') loop
						    execute format('alter %s fitatlas.%I owner to fitatlas',
						      case r.relkind when 'v' then 'view' when 'm' then 'materialized view' when 'S' then 'sequence'
						      else 'table' end, r.relname);
						  end loop;
						end $$""");
	}

	/** Every connection, local or over TCP, signs in with a password. */
	private static void writePgHba(Path dir) throws IOException {
		Path hba = dir.resolve("pg_hba.conf");
		Path next = dir.resolve("pg_hba.conf.next");
		Files.writeString(next, """
				# Written by FitAtlas at every start: passwords for everyone, nothing trusted.
				# TYPE  DATABASE  USER  ADDRESS        METHOD
				local   all       all                  scram-sha-256
				host    all       all   127.0.0.1/32   scram-sha-256
				host    all       all   ::1/128        scram-sha-256
				""");
		ownerOnly(next);
		Files.move(next, hba, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	private static Credentials read(Path file) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			properties.load(in);
		}
		String superuser = properties.getProperty("superuser-password");
		String app = properties.getProperty("app-password");
		if (superuser == null || superuser.isBlank() || app == null || app.isBlank()) {
			throw new IOException(file + " must hold superuser-password and app-password");
		}
		return new Credentials(superuser, app);
	}

	private static void write(Path file, Credentials credentials) throws IOException {
		Path next = file.resolveSibling(file.getFileName() + ".next");
		Files.deleteIfExists(next);
		Files.createFile(next);
		ownerOnly(next);
		Properties properties = new Properties();
		properties.setProperty("superuser-password", credentials.superuserPassword());
		properties.setProperty("app-password", credentials.appPassword());
		try (OutputStream out = Files.newOutputStream(next, StandardOpenOption.WRITE)) {
			properties.store(out, "Passwords of the embedded PostgreSQL, made at its first start. Keep private.");
		}
		Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	private static void ownerOnly(Path file) throws IOException {
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
	}

	private static String secret() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** Passwords are base64url, so quoting is enough; checked anyway. */
	private static String literal(String password) {
		if (!password.matches("[A-Za-z0-9_\\-]{16,200}")) {
			throw new IllegalArgumentException("a generated password has unexpected characters");
		}
		return "'" + password + "'";
	}

}
