package org.fitatlas.shared.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL left running on the data folder by an app that was killed (SIGKILL, an
 * out-of-memory killer): the embedded server is a child process and outlives its parent.
 * It is asked for a fast shutdown (SIGINT: open transactions roll back, committed ones
 * are on disk) so the new start can take the folder over.
 */
final class OrphanedServer {

	private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private OrphanedServer() {
	}

	static void stopIfRunning(Path dataDir) throws IOException {
		Optional<ProcessHandle> server = running(dataDir.resolve("postmaster.pid"));
		if (server.isEmpty()) {
			return;
		}
		ProcessHandle process = server.get();
		log.warn("A PostgreSQL (pid {}) from an earlier run still holds {}; asking it to shut down", process.pid(),
				dataDir);
		signal(process, "INT");
		Instant until = Instant.now().plus(PATIENCE);
		while (process.isAlive() && Instant.now().isBefore(until)) {
			sleep();
		}
		if (process.isAlive()) {
			// an immediate shutdown: like a power cut, which fsync on makes safe
			signal(process, "QUIT");
			process.onExit().join();
		}
		// its backends leave with it; the next start waits for none of them
		Instant settle = Instant.now().plus(Duration.ofSeconds(10));
		while (Files.exists(dataDir.resolve("postmaster.pid")) && running(dataDir.resolve("postmaster.pid")).isPresent()
				&& Instant.now().isBefore(settle)) {
			sleep();
		}
	}

	private static Optional<ProcessHandle> running(Path pidFile) throws IOException {
		if (!Files.isRegularFile(pidFile)) {
			return Optional.empty();
		}
		List<String> lines = Files.readAllLines(pidFile);
		if (lines.isEmpty() || !lines.get(0).strip().matches("\\d{1,10}")) {
			return Optional.empty();
		}
		return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
			.filter(ProcessHandle::isAlive)
			.filter((p) -> p.info().command().map((c) -> c.endsWith("postgres")).orElse(false));
	}

	private static void signal(ProcessHandle process, String signal) throws IOException {
		try {
			new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start().waitFor();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while stopping PostgreSQL " + process.pid(), ex);
		}
	}

	private static void sleep() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
