package org.fitatlas.proof;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kill test: the packaged app logs sets for several signed-in people from several
 * threads and is killed with SIGKILL right after a batch of acknowledged writes (every
 * third cycle, from the second on, its embedded PostgreSQL too, as an out-of-memory
 * killer or a power cut would); after each restart every acknowledged set is there, once,
 * and nothing is stored that was never sent. Once on the embedded database, once on an
 * external one.
 */
class KillProofIT {

	private static final int CYCLES = Integer.getInteger("fitatlas.proof.kill-cycles", 20);

	private static final int PEOPLE = 4;

	private static final int THREADS_PER_PERSON = 2;

	private static final int BATCH = 40;

	@TempDir
	Path temp;

	@Test
	void shouldKeepEveryAcknowledgedSetOverTwentyKillsOfTheAppAndItsEmbeddedDatabase() throws Exception {
		Path data = this.temp.resolve("data/postgres");
		Report report = cycles(List.of("--fitatlas.database.data-dir=" + data), data);
		System.out.println("Kill test, embedded database: " + report);
		assertThat(report.lost()).as("acknowledged sets lost").isZero();
		assertThat(report.duplicated()).as("sets stored twice").isZero();
		assertThat(report.unknown()).as("sets stored that were never sent").isZero();
		assertThat(report.kills()).isGreaterThanOrEqualTo(CYCLES);
		assertThat(report.postgresKills()).isPositive();
	}

	@Test
	void shouldKeepEveryAcknowledgedSetOverTwentyKillsOfTheAppOnAnExternalDatabase() throws Exception {
		try (EmbeddedPostgres external = ExternalDatabase.start(this.temp.resolve("external-pg"), 0)) {
			Report report = cycles(List.of("--spring.datasource.url=" + external.getJdbcUrl("postgres", "postgres"),
					"--spring.datasource.username=postgres"), null);
			System.out.println("Kill test, external database: " + report);
			assertThat(report.lost()).as("acknowledged sets lost").isZero();
			assertThat(report.duplicated()).as("sets stored twice").isZero();
			assertThat(report.unknown()).as("sets stored that were never sent").isZero();
			assertThat(report.kills()).isGreaterThanOrEqualTo(CYCLES);
		}
	}

	/**
	 * Runs the cycles; {@code embeddedData} is the embedded database's folder, whose
	 * server is killed too every third cycle.
	 */
	private Report cycles(List<String> arguments, Path embeddedData) throws Exception {
		SetLoggers loggers = new SetLoggers();
		List<Duration> starts = new ArrayList<>();
		int postgresKills = 0;
		long acknowledged = 0;
		Report last = null;
		for (int cycle = 1; cycle <= CYCLES + 1; cycle++) {
			AppProcess app = AppProcess.start(this.temp, "app-" + cycle, arguments);
			starts.add(app.startToReady);
			try {
				if (cycle == 1) {
					loggers.register(app.base(), PEOPLE);
				}
				else {
					last = check(app.base(), loggers, cycle - 1, postgresKills, starts);
					System.out.println("Kill test, after kill " + (cycle - 1) + " (ready in "
							+ app.startToReady.toMillis() + " ms): " + last);
					if (last.lost() + last.duplicated() + last.unknown() > 0) {
						return last;
					}
				}
				if (cycle > CYCLES) {
					break;
				}
				loggers.startSessions(app.base(), cycle);
				SetLoggers.Running running = loggers.log(app.base(), THREADS_PER_PERSON, BATCH);
				acknowledged += running.acknowledged().get();
				if (embeddedData != null && cycle % 3 == 2) {
					AppProcess.killPostgres(embeddedData);
					postgresKills++;
				}
				app.kill();
				running.stopAndJoin();
			}
			finally {
				app.kill();
			}
		}
		System.out.println("Acknowledged while the kill came: at least " + acknowledged);
		return last;
	}

	private static Report check(String base, SetLoggers loggers, int kills, int postgresKills, List<Duration> starts)
			throws Exception {
		int lost = 0;
		int duplicated = 0;
		int unknown = 0;
		int stored = 0;
		int acknowledged = 0;
		for (SetLoggers.Person person : loggers.people()) {
			List<UUID> ids = SetLoggers.stored(base, person);
			stored += ids.size();
			acknowledged += person.acknowledged.size();
			lost += SetLoggers.lost(person, ids).size();
			duplicated += ids.size() - new HashSet<>(ids).size();
			unknown += (int) ids.stream().filter((id) -> !person.attempted.contains(id)).count();
		}
		return new Report(kills, postgresKills, acknowledged, stored, lost, duplicated, unknown,
				starts.stream().mapToLong(Duration::toMillis).max().orElse(0));
	}

	/** What the cycles found. */
	record Report(int kills, int postgresKills, int acknowledged, int stored, int lost, int duplicated, int unknown,
			long slowestStartMillis) {
	}

}
