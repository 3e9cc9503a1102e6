package org.fitatlas.shared.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The embedded PostgreSQL asks everyone for a password and the application is not its
 * superuser, also for a data folder made before that (trust for all, tables in public);
 * it runs with fsync and synchronous commit on.
 */
class EmbeddedDatabaseTests {

	@TempDir
	Path temp;

	@Test
	void shouldConvertAFolderFromBeforeAndAskEveryoneForAPassword() throws Exception {
		Path data = this.temp.resolve("postgres");
		try (EmbeddedPostgres old = EmbeddedPostgres.builder()
			.setDataDirectory(data)
			.setCleanDataDirectory(false)
			.start(); Connection c = old.getPostgresDatabase().getConnection(); Statement sql = c.createStatement()) {
			sql.execute("create table account (id bigserial primary key, email text)");
			sql.execute("insert into account (email) values ('kept@fitatlas.test')");
		}

		EmbeddedDatabase.Running first = EmbeddedDatabase.start(data, 0, false);
		try (EmbeddedPostgres running = first.postgres()) {
			try (Connection app = connect(first.postgres().getPort(), first.user(), first.password());
					Statement sql = app.createStatement()) {
				assertThat(single(sql, "select email from account")).isEqualTo("kept@fitatlas.test");
				assertThat(single(sql, "select current_user")).isEqualTo("fitatlas");
				assertThat(single(sql, "select rolsuper::text from pg_roles where rolname = current_user"))
					.isEqualTo("false");
				assertThat(single(sql, "select tableowner from pg_tables where tablename = 'account'"))
					.isEqualTo("fitatlas");
				sql.execute("insert into account (email) values ('new@fitatlas.test')");
				assertThatExceptionOfType(SQLException.class).as("no tables outside its own schema")
					.isThrownBy(() -> sql.execute("create table public.elsewhere (x int)"));
			}
			assertThatExceptionOfType(SQLException.class).as("the superuser without a password")
				.isThrownBy(() -> connect(first.postgres().getPort(), "postgres", null).close());
			assertThatExceptionOfType(SQLException.class).as("the app role with a wrong password")
				.isThrownBy(() -> connect(first.postgres().getPort(), "fitatlas", "guess").close());
		}
		assertThat(Files.readAllLines(data.resolve("pg_hba.conf"))).filteredOn((line) -> !line.startsWith("#"))
			.noneMatch((line) -> line.contains("trust"));
		assertThat(PosixFilePermissions
			.toString(Files.getPosixFilePermissions(data.resolve(EmbeddedDatabase.CREDENTIALS_FILE))))
			.isEqualTo("rw-------");

		EmbeddedDatabase.Running second = EmbeddedDatabase.start(data, 0, false);
		try (EmbeddedPostgres running = second.postgres();
				Connection app = connect(second.postgres().getPort(), second.user(), second.password());
				Statement sql = app.createStatement()) {
			assertThat(second.password()).as("kept, not made again").isEqualTo(first.password());
			assertThat(single(sql, "select count(*)::text from account")).isEqualTo("2");
		}
	}

	@Test
	void shouldRunDurablyUnlessATestTradesItForSpeed() throws Exception {
		EmbeddedDatabase.Running app = EmbeddedDatabase.start(this.temp.resolve("app"), 0, false);
		try (EmbeddedPostgres running = app.postgres();
				Connection c = connect(app.postgres().getPort(), app.user(), app.password());
				Statement sql = c.createStatement()) {
			assertThat(single(sql, "show fsync")).as("fsync").isEqualTo("on");
			assertThat(single(sql, "show synchronous_commit")).as("synchronous_commit").isEqualTo("on");
			assertThat(single(sql, "show full_page_writes")).as("full_page_writes").isEqualTo("on");
		}
		EmbeddedDatabase.Running test = EmbeddedDatabase.start(this.temp.resolve("test"), 0, false,
				java.util.Map.of("fsync", "off", "synchronous_commit", "off"));
		try (EmbeddedPostgres running = test.postgres();
				Connection c = connect(test.postgres().getPort(), test.user(), test.password());
				Statement sql = c.createStatement()) {
			assertThat(single(sql, "show fsync")).isEqualTo("off");
			assertThat(single(sql, "show synchronous_commit")).isEqualTo("off");
		}
	}

	private static Connection connect(int port, String user, String password) throws SQLException {
		PGSimpleDataSource source = new PGSimpleDataSource();
		source.setServerNames(new String[] { "localhost" });
		source.setPortNumbers(new int[] { port });
		source.setDatabaseName("postgres");
		source.setUser(user);
		if (password != null) {
			source.setPassword(password);
		}
		return source.getConnection();
	}

	private static String single(Statement sql, String query) throws SQLException {
		try (ResultSet rows = sql.executeQuery(query)) {
			rows.next();
			return rows.getString(1);
		}
	}

}
