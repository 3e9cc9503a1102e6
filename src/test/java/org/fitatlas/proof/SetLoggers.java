package org.fitatlas.proof;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Several signed-in people logging sets from several threads, each set with a client-made
 * id; a set counts as acknowledged only when the app answered 201 (or 200, a replay).
 */
final class SetLoggers {

	private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

	private static final Pattern SET_ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	/** A person with an API token and the sets sent for them. */
	static final class Person {

		final String token;

		final List<UUID> sessions = new ArrayList<>();

		final Set<UUID> attempted = ConcurrentHashMap.newKeySet();

		final Set<UUID> acknowledged = ConcurrentHashMap.newKeySet();

		Person(String token) {
			this.token = token;
		}

	}

	private final List<Person> people = new ArrayList<>();

	List<Person> people() {
		return this.people;
	}

	/** Registers the people on the running app (once, before the first kill). */
	void register(String base, int count) throws Exception {
		for (int i = 0; i < count; i++) {
			String email = "lifter" + i + "-" + UUID.randomUUID() + "@fitatlas.test";
			String password = "correct horse battery staple";
			check(send(base, "POST", "/api/v1/accounts", null, "{\"email\":\"" + email + "\",\"password\":\"" + password
					+ "\",\"displayName\":\"Lifter " + i + "\"}"), 201);
			HttpResponse<String> token = check(
					send(base, "POST", "/api/v1/tokens", null,
							"{\"email\":\"" + email + "\",\"password\":\"" + password + "\",\"name\":\"kill test\"}"),
					201);
			Matcher matcher = TOKEN.matcher(token.body());
			if (!matcher.find()) {
				throw new IllegalStateException("no token in " + token.body());
			}
			this.people.add(new Person(matcher.group(1)));
		}
	}

	/** Starts one session per person on the running app. */
	void startSessions(String base, int cycle) throws Exception {
		for (Person person : this.people) {
			UUID session = UUID.randomUUID();
			check(send(base, "POST", "/api/v1/sessions", person.token,
					"{\"id\":\"" + session + "\",\"title\":\"Cycle " + cycle + "\"}"), 201);
			person.sessions.add(session);
		}
	}

	/**
	 * Logs sets from {@code threadsPerPerson} threads per person until {@code batch} sets
	 * are acknowledged, then returns at once with the threads still writing.
	 */
	Running log(String base, int threadsPerPerson, int batch) {
		AtomicBoolean stop = new AtomicBoolean();
		AtomicInteger acknowledged = new AtomicInteger();
		List<Thread> threads = new ArrayList<>();
		for (Person person : this.people) {
			UUID session = person.sessions.get(person.sessions.size() - 1);
			for (int t = 0; t < threadsPerPerson; t++) {
				Thread thread = new Thread(() -> {
					int reps = 1;
					while (!stop.get()) {
						UUID set = UUID.randomUUID();
						person.attempted.add(set);
						try {
							HttpResponse<String> response = send(base, "POST", "/api/v1/sessions/" + session + "/sets",
									person.token, "{\"id\":\"" + set + "\",\"exercise\":\"push-up\",\"reps\":"
											+ (reps++ % 30 + 1) + "}");
							if (response.statusCode() == 201 || response.statusCode() == 200) {
								person.acknowledged.add(set);
								acknowledged.incrementAndGet();
							}
						}
						catch (IOException ex) {
							AppProcess.sleep(20);
						}
						catch (InterruptedException ex) {
							return;
						}
					}
				}, "set-logger");
				thread.setDaemon(true);
				threads.add(thread);
				thread.start();
			}
		}
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (acknowledged.get() < batch && System.nanoTime() < deadline) {
			AppProcess.sleep(5);
		}
		return new Running(stop, threads, acknowledged);
	}

	/** Loggers that are still sending. */
	record Running(AtomicBoolean stop, List<Thread> threads, AtomicInteger acknowledged) {

		void stopAndJoin() throws InterruptedException {
			this.stop.set(true);
			for (Thread thread : this.threads) {
				thread.join(30_000);
			}
		}

	}

	/**
	 * What the app has stored for a person, read back through the API: set ids in order.
	 */
	static List<UUID> stored(String base, Person person) throws Exception {
		List<UUID> ids = new ArrayList<>();
		for (UUID session : person.sessions) {
			HttpResponse<String> read = check(send(base, "GET", "/api/v1/sessions/" + session, person.token, null),
					200);
			String sets = read.body().substring(read.body().indexOf("\"sets\""));
			Matcher matcher = SET_ID.matcher(sets);
			while (matcher.find()) {
				ids.add(UUID.fromString(matcher.group(1)));
			}
		}
		return ids;
	}

	/** Lost: acknowledged but not stored. */
	static Set<UUID> lost(Person person, List<UUID> stored) {
		Set<UUID> lost = new HashSet<>(person.acknowledged);
		lost.removeAll(stored);
		return lost;
	}

	private static HttpResponse<String> check(HttpResponse<String> response, int status) {
		if (response.statusCode() != status && !(status == 201 && response.statusCode() == 200)) {
			throw new IllegalStateException(
					response.request().uri() + " answered " + response.statusCode() + ": " + response.body());
		}
		return response;
	}

	static HttpResponse<String> send(String base, String method, String path, String token, String body)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofSeconds(20))
			.header("Accept", "application/json");
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		if (body != null) {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(body));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
