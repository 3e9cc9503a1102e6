import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Closed-loop virtual users against a running FitAtlas, with the route mix of issue 15:
 * browse the atlas and exercise pages, search and suggest, generate plans, sign in, log
 * sets, read progress and the next target. Each user signs up first, then repeats: pick a
 * route by weight, send it, think 0..THINK ms. Reports per route requests/s, p50/p95/p99
 * and errors (non-2xx or no answer), and the server's resident memory when given its pid.
 * Single file, no dependencies: java bench/load/VirtualUsers.java BASE USERS SECONDS [PID]
 */
public class VirtualUsers {

	record Route(String name, int weight) {
	}

	static final List<Route> MIX = List.of(new Route("GET /exercises (atlas page)", 16),
			new Route("GET /exercises/{slug} (exercise page)", 14), new Route("GET /api/v1/search", 14),
			new Route("GET /api/v1/search/suggest", 10), new Route("POST /api/v1/plans (generate)", 5),
			new Route("POST /api/v1/tokens (sign in)", 2), new Route("POST /api/v1/sessions/{id}/sets (log set)", 22),
			new Route("GET /api/v1/exercises/{slug}/history (progress)", 10),
			new Route("GET /api/v1/progression/{slug} (next target)", 7));

	static final String[] SLUGS = { "push-up", "bird-dog", "cat-cow", "barbell-bench-press", "side-plank",
			"glute-bridge", "goblet-squat", "plank" };

	static final String[] QUERIES = { "hamstring stretch", "push", "core", "shoulder mobility", "squat", "knee",
			"band row", "hip" };

	static final String PASSWORD = "correct horse battery staple";

	static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

	static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

	static final HttpClient HTTP = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(10))
		.version(HttpClient.Version.HTTP_1_1)
		.build();

	static final Map<String, List<Long>> LATENCIES = new ConcurrentHashMap<>();

	static final Map<String, AtomicLong> ERRORS = new ConcurrentHashMap<>();

	static final Map<String, String> FIRST_ERROR = new ConcurrentHashMap<>();

	/** A person: API token, a session to log sets into, and a browser's cookie jar for pages. */
	record User(String email, String token, String session, HttpClient browser) {
	}

	public static void main(String[] args) throws Exception {
		String base = args[0];
		int users = Integer.parseInt(args[1]);
		int seconds = Integer.parseInt(args[2]);
		long pid = (args.length > 3) ? Long.parseLong(args[3]) : -1;
		int think = Integer.getInteger("think", 500);
		for (Route route : MIX) {
			LATENCIES.put(route.name(), Collections.synchronizedList(new ArrayList<>()));
			ERRORS.put(route.name(), new AtomicLong());
		}
		long signUpStart = System.nanoTime();
		List<User> people = Collections.synchronizedList(new ArrayList<>());
		ExecutorService signUp = Executors.newFixedThreadPool(8);
		for (int i = 0; i < users; i++) {
			int n = i;
			signUp.submit(() -> {
				try {
					people.add(signUp(base, n));
				}
				catch (Exception ex) {
					System.err.println("sign-up " + n + " failed: " + ex.getMessage());
				}
			});
		}
		signUp.shutdown();
		if (!signUp.awaitTermination(10, TimeUnit.MINUTES) || people.size() < users) {
			throw new IllegalStateException("only " + people.size() + " of " + users + " users signed up");
		}
		System.out.printf("# %d users signed up in %.1f s%n", users, (System.nanoTime() - signUpStart) / 1e9);
		long rssBefore = rss(pid);
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		List<Thread> threads = new ArrayList<>();
		for (User user : people) {
			Thread thread = new Thread(() -> run(base, user, end, think), "user");
			thread.setDaemon(true);
			threads.add(thread);
		}
		long started = System.nanoTime();
		threads.forEach(Thread::start);
		long rssMax = 0;
		long rssSum = 0;
		int samples = 0;
		while (System.nanoTime() < end) {
			Thread.sleep(1000);
			long rss = rss(pid);
			rssMax = Math.max(rssMax, rss);
			rssSum += rss;
			samples++;
		}
		for (Thread thread : threads) {
			thread.join(60_000);
		}
		double elapsed = (System.nanoTime() - started) / 1e9;
		report(users, elapsed, think, rssBefore, rssMax, (samples > 0) ? rssSum / samples : 0);
	}

	static User signUp(String base, int n) throws Exception {
		String email = "load" + n + "-" + UUID.randomUUID() + "@fitatlas.test";
		expect(send(base, "POST", "/api/v1/accounts", null,
				"{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"displayName\":\"Load " + n + "\"}"),
				"sign-up");
		String token = match(TOKEN, expect(send(base, "POST", "/api/v1/tokens", null,
				"{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"name\":\"load\"}"), "token"));
		String session = match(ID,
				expect(send(base, "POST", "/api/v1/sessions", token, "{\"title\":\"Load test\"}"), "session"));
		HttpClient browser = HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(10))
			.version(HttpClient.Version.HTTP_1_1)
			.cookieHandler(new java.net.CookieManager())
			.build();
		return new User(email, token, session, browser);
	}

	static void run(String base, User user, long end, int think) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		int total = MIX.stream().mapToInt(Route::weight).sum();
		while (System.nanoTime() < end) {
			int pick = random.nextInt(total);
			Route route = MIX.get(0);
			for (Route r : MIX) {
				pick -= r.weight();
				if (pick < 0) {
					route = r;
					break;
				}
			}
			String slug = SLUGS[random.nextInt(SLUGS.length)];
			String query = QUERIES[random.nextInt(QUERIES.length)];
			long start = System.nanoTime();
			try {
				HttpResponse<String> response = switch (route.name().split(" \\(")[0]) {
					case "GET /exercises" -> page(user, base, "/exercises?page=" + (1 + random.nextInt(3)));
					case "GET /exercises/{slug}" -> page(user, base, "/exercises/" + slug);
					case "GET /api/v1/search" ->
						send(base, "GET", "/api/v1/search?q=" + query.replace(" ", "%20"), null, null);
					case "GET /api/v1/search/suggest" -> send(base, "GET",
							"/api/v1/search/suggest?q=" + query.substring(0, Math.min(3, query.length())), null, null);
					case "POST /api/v1/plans" -> send(base, "POST", "/api/v1/plans", user.token(),
							"{\"goal\":\"" + (random.nextBoolean() ? "core" : "strength")
									+ "\",\"level\":\"beginner\",\"daysPerWeek\":" + (2 + random.nextInt(3))
									+ ",\"minutesPerSession\":30}");
					case "POST /api/v1/tokens" -> send(base, "POST", "/api/v1/tokens", null,
							"{\"email\":\"" + user.email() + "\",\"password\":\"" + PASSWORD + "\",\"name\":\"load\"}");
					case "POST /api/v1/sessions/{id}/sets" ->
						send(base, "POST", "/api/v1/sessions/" + user.session() + "/sets", user.token(),
								"{\"id\":\"" + UUID.randomUUID() + "\",\"exercise\":\"" + slug + "\",\"reps\":"
										+ (5 + random.nextInt(10)) + ",\"loadKg\":" + (20 + random.nextInt(40)) + "}");
					case "GET /api/v1/exercises/{slug}/history" ->
						send(base, "GET", "/api/v1/exercises/" + slug + "/history", user.token(), null);
					default -> send(base, "GET", "/api/v1/progression/" + slug, user.token(), null);
				};
				long micros = (System.nanoTime() - start) / 1000;
				LATENCIES.get(route.name()).add(micros);
				if (response.statusCode() >= 300) {
					ERRORS.get(route.name()).incrementAndGet();
					FIRST_ERROR.putIfAbsent(route.name(), response.statusCode() + " " + response.body()
						.substring(0, Math.min(200, response.body().length())));
				}
			}
			catch (IOException ex) {
				LATENCIES.get(route.name()).add((System.nanoTime() - start) / 1000);
				ERRORS.get(route.name()).incrementAndGet();
				FIRST_ERROR.putIfAbsent(route.name(), ex.toString());
			}
			catch (InterruptedException ex) {
				return;
			}
			if (think > 0) {
				try {
					Thread.sleep(random.nextInt(think + 1));
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}
	}

	/** Pages as a browser asks for them: with the cookies it was given (its page session). */
	static HttpResponse<String> page(User user, String base, String path) throws IOException, InterruptedException {
		return user.browser().send(HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "text/html")
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	static HttpResponse<String> send(String base, String method, String path, String token, String body)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "application/json");
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		if (body != null) {
			request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	static String expect(HttpResponse<String> response, String what) {
		if (response.statusCode() >= 300) {
			throw new IllegalStateException(what + ": " + response.statusCode() + " " + response.body());
		}
		return response.body();
	}

	static String match(Pattern pattern, String body) {
		Matcher matcher = pattern.matcher(body);
		if (!matcher.find()) {
			throw new IllegalStateException("not in the answer: " + pattern + " in " + body);
		}
		return matcher.group(1);
	}

	static long rss(long pid) {
		if (pid < 0) {
			return 0;
		}
		try {
			for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
				}
			}
		}
		catch (IOException ex) {
			// the server is gone: no figure
		}
		return 0;
	}

	static void report(int users, double seconds, int think, long rssBefore, long rssMax, long rssAverage) {
		System.out.printf("# %d virtual users, %.0f s, think time 0..%d ms, loopback%n", users, seconds, think);
		System.out.println("| route | requests | requests/s | p50 ms | p95 ms | p99 ms | max ms | errors |");
		System.out.println("|---|---|---|---|---|---|---|---|");
		long all = 0;
		long errors = 0;
		List<Long> every = new ArrayList<>();
		Map<String, String> rows = new TreeMap<>();
		for (Route route : MIX) {
			List<Long> latencies = new ArrayList<>(LATENCIES.get(route.name()));
			Collections.sort(latencies);
			every.addAll(latencies);
			all += latencies.size();
			errors += ERRORS.get(route.name()).get();
			System.out.println(row(route.name(), latencies, seconds, ERRORS.get(route.name()).get()));
		}
		Collections.sort(every);
		System.out.println(row("**all**", every, seconds, errors));
		System.out.printf("# server RSS: %d MB before the run, %d MB average and %d MB peak during it%n", rssBefore,
				rssAverage, rssMax);
		FIRST_ERROR.forEach((route, error) -> System.out.println("# first error of " + route + ": " + error));
		System.out.println("RESULT requests=" + all + " errors=" + errors + " rssPeakMb=" + rssMax);
	}

	static String row(String name, List<Long> sorted, double seconds, long errors) {
		return String.format("| %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %d |", name, sorted.size(),
				sorted.size() / seconds, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), pct(sorted, 100), errors);
	}

	static double pct(List<Long> sorted, int p) {
		if (sorted.isEmpty()) {
			return 0;
		}
		int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1000.0;
	}

}
