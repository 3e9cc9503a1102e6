package org.fitatlas.proof;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The packaged FitAtlas jar running as a child process, as an operator runs it; killed
 * with SIGKILL the way an out-of-memory killer or a power cut ends it.
 */
final class AppProcess {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	final Process process;

	final int port;

	final Path log;

	final Duration startToReady;

	private AppProcess(Process process, int port, Path log, Duration startToReady) {
		this.process = process;
		this.port = port;
		this.log = log;
		this.startToReady = startToReady;
	}

	/**
	 * Starts the jar with these arguments in {@code workDir} and waits until it is ready.
	 */
	static AppProcess start(Path workDir, String name, List<String> arguments) throws IOException {
		String jar = System.getProperty("fitatlas.proof.jar");
		if (jar == null || !Files.isRegularFile(Path.of(jar))) {
			throw new IllegalStateException("the packaged jar is needed (mvn -Pproof verify), was " + jar);
		}
		int port = freePort();
		// C1 only: the many restarts start faster, and durability does not depend on the
		// JIT
		List<String> command = new ArrayList<>(
				List.of(javaBinary(), "-Xmx512m", "-XX:TieredStopAtLevel=1", "-jar", jar, "--server.port=" + port));
		command.addAll(arguments);
		Path log = workDir.resolve(name + ".log");
		long started = System.nanoTime();
		Process process = new ProcessBuilder(command).directory(workDir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		long deadline = started + Duration.ofMinutes(4).toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("the app stopped while starting; its log:\n" + tail(log));
			}
			if (ready(port)) {
				return new AppProcess(process, port, log, Duration.ofNanos(System.nanoTime() - started));
			}
			sleep(200);
		}
		process.destroyForcibly();
		throw new IllegalStateException("the app was not ready within 4 minutes; its log:\n" + tail(log));
	}

	/** SIGKILL: no shutdown hook, no graceful close of anything. */
	void kill() {
		this.process.destroyForcibly();
		try {
			this.process.waitFor();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** SIGKILL to the PostgreSQL postmaster that holds the data folder, if one does. */
	static Optional<Long> killPostgres(Path dataDir) throws IOException {
		Path pidFile = dataDir.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return Optional.empty();
		}
		long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
		Optional<ProcessHandle> postgres = ProcessHandle.of(pid);
		postgres.ifPresent(ProcessHandle::destroyForcibly);
		return postgres.map(ProcessHandle::pid);
	}

	String base() {
		return "http://localhost:" + this.port;
	}

	private static boolean ready(int port) {
		try {
			HttpResponse<Void> response = HTTP
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
					.timeout(Duration.ofSeconds(2))
					.build(), HttpResponse.BodyHandlers.discarding());
			return response.statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	static String tail(Path log) {
		try {
			List<String> lines = Files.readAllLines(log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
		}
		catch (IOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static String javaBinary() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
