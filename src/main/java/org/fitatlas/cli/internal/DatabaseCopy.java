package org.fitatlas.cli.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Backup and restore of the application's schema with PostgreSQL's COPY over JDBC. The
 * embedded PostgreSQL binaries hold only initdb, pg_ctl and postgres (no pg_dump or
 * pg_restore), so the backup is a zip with one CSV per table, in an order that satisfies
 * the foreign keys, and a restore replaces every row in one transaction.
 */
final class DatabaseCopy {

	private static final String MANIFEST = "fitatlas-backup.txt";

	private final DataSource dataSource;

	DatabaseCopy(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** Writes every table; returns the rows written per table. */
	Map<String, Long> backup(Path file, ProgressBar progress) throws IOException, SQLException {
		Map<String, Long> rows = new LinkedHashMap<>();
		try (Connection connection = this.dataSource.getConnection();
				OutputStream out = Files.newOutputStream(file);
				ZipOutputStream zip = new ZipOutputStream(out)) {
			connection.setReadOnly(true);
			connection.setAutoCommit(false);
			connection.createStatement().execute("set transaction isolation level repeatable read");
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			List<String> tables = ordered(connection);
			zip.putNextEntry(new ZipEntry(MANIFEST));
			zip.write(String.join("\n", tables).getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			for (int i = 0; i < tables.size(); i++) {
				progress.advanced(i, tables.size());
				String table = tables.get(i);
				zip.putNextEntry(new ZipEntry("tables/" + table + ".csv"));
				ByteArrayOutputStream data = new ByteArrayOutputStream();
				rows.put(table, copy.copyOut("copy " + quote(table) + " to stdout with (format csv)", data));
				data.writeTo(zip);
				zip.closeEntry();
			}
			progress.advanced(tables.size(), tables.size());
			connection.commit();
		}
		return rows;
	}

	/** Replaces every table's rows with the backup's, in one transaction. */
	Map<String, Long> restore(Path file, ProgressBar progress) throws IOException, SQLException {
		Map<String, byte[]> entries = new HashMap<>();
		try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				entries.put(entry.getName(), zip.readAllBytes());
			}
		}
		if (!entries.containsKey(MANIFEST)) {
			throw new IllegalArgumentException(file + " is not a FitAtlas backup: it has no " + MANIFEST);
		}
		List<String> tables = new String(entries.get(MANIFEST), StandardCharsets.UTF_8).lines().toList();
		Map<String, Long> rows = new LinkedHashMap<>();
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (Statement sql = connection.createStatement()) {
				List<String> present = ordered(connection);
				if (!new LinkedHashSet<>(present).containsAll(tables)) {
					throw new IllegalArgumentException("the backup names tables this database does not have: "
							+ tables.stream().filter((t) -> !present.contains(t)).toList());
				}
				sql.execute("truncate " + String.join(", ", present.stream().map(DatabaseCopy::quote).toList())
						+ " restart identity cascade");
				CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
				for (int i = 0; i < tables.size(); i++) {
					progress.advanced(i, tables.size());
					String table = tables.get(i);
					byte[] data = entries.get("tables/" + table + ".csv");
					if (data == null) {
						throw new IllegalArgumentException("the backup lists " + table + " but holds no data for it");
					}
					rows.put(table, copy.copyIn("copy " + quote(table) + " from stdin with (format csv)",
							new ByteArrayInputStream(data)));
				}
				progress.advanced(tables.size(), tables.size());
				resetSequences(connection);
				connection.commit();
			}
			catch (SQLException | RuntimeException ex) {
				connection.rollback();
				throw ex;
			}
		}
		return rows;
	}

	/** The schema's tables, every table after the tables its foreign keys point to. */
	private static List<String> ordered(Connection connection) throws SQLException {
		List<String> tables = new ArrayList<>();
		Map<String, Set<String>> parents = new HashMap<>();
		try (Statement sql = connection.createStatement()) {
			try (ResultSet rs = sql.executeQuery(
					"select tablename from pg_tables where schemaname = current_schema() order by tablename")) {
				while (rs.next()) {
					tables.add(rs.getString(1));
				}
			}
			try (ResultSet rs = sql.executeQuery("""
					select c.relname, p.relname from pg_constraint k
					  join pg_class c on c.oid = k.conrelid join pg_class p on p.oid = k.confrelid
					 where k.contype = 'f' and k.connamespace = current_schema()::regnamespace
					""")) {
				while (rs.next()) {
					parents.computeIfAbsent(rs.getString(1), (k) -> new LinkedHashSet<>()).add(rs.getString(2));
				}
			}
		}
		List<String> order = new ArrayList<>();
		Set<String> placed = new LinkedHashSet<>();
		while (order.size() < tables.size()) {
			boolean progress = false;
			for (String table : tables) {
				if (!placed.contains(table) && parents.getOrDefault(table, Set.of())
					.stream()
					.allMatch((p) -> placed.contains(p) || p.equals(table) || !tables.contains(p))) {
					order.add(table);
					placed.add(table);
					progress = true;
				}
			}
			if (!progress) {
				throw new IllegalStateException("the foreign keys between these tables form a cycle: " + tables);
			}
		}
		return order;
	}

	private static void resetSequences(Connection connection) throws SQLException {
		List<String[]> columns = new ArrayList<>();
		try (Statement sql = connection.createStatement(); ResultSet rs = sql.executeQuery("""
				select table_name, column_name from information_schema.columns
				 where table_schema = current_schema() and (column_default like 'nextval%' or is_identity = 'YES')
				""")) {
			while (rs.next()) {
				columns.add(new String[] { rs.getString(1), rs.getString(2) });
			}
		}
		try (Statement sql = connection.createStatement()) {
			for (String[] c : columns) {
				sql.execute("select setval(pg_get_serial_sequence('" + quote(c[0]) + "', '" + c[1] + "'), "
						+ "coalesce((select max(" + quote(c[1]) + ") from " + quote(c[0]) + "), 0) + 1, false)");
			}
		}
	}

	private static String quote(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

}
