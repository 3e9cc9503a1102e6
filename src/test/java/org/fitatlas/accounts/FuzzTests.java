package org.fitatlas.accounts;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.fitatlas.FitAtlasWebTest;
import org.fitatlas.TestHttp;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated malformed requests across every endpoint of the app (junk parameters, paths,
 * bodies, content types, accept headers and tokens): none may answer with a 5xx. The
 * endpoints come from the running app's request mappings, so every module's endpoints are
 * covered, including ones added after this test was written.
 */
@FitAtlasWebTest
class FuzzTests {

	/**
	 * At least this many requests in all, and at least {@link #PER_ENDPOINT} per
	 * endpoint.
	 */
	static final int REQUESTS = 1200;

	static final int PER_ENDPOINT = 25;

	/**
	 * Endpoints no controller method declares (actuator, the error page) and requests no
	 * mapping expects (an unknown path, a method nobody serves).
	 */
	static final List<String> EXTRA = List.of("GET /actuator/health", "GET /actuator/health/liveness",
			"GET /actuator/prometheus", "GET /actuator/metrics", "GET /actuator/info", "GET /error", "POST /error",
			"GET /api/v1/nothing/{x}", "PATCH /api/v1/plans", "OPTIONS /api/v1/plans", "TRACE /");

	static final List<String> FIELDS = List.of("goal", "level", "daysPerWeek", "minutesPerSession", "weeks",
			"equipment", "conditions", "pregnancyTrimester", "redFlags", "focus", "startDate", "seed", "email",
			"password", "displayName", "name", "role", "q", "limit", "size", "page");

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	/**
	 * Every endpoint the running app maps, read from its request mappings, so endpoints
	 * that modules add later are fuzzed without editing this test.
	 */
	List<String> endpoints() {
		Set<String> endpoints = new TreeSet<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				String path = pattern.replaceAll("\\{[^}]*\\}", "{x}").replace("**", "{x}").replace("*", "{x}");
				for (RequestMethod method : methods.isEmpty() ? List.of(RequestMethod.GET, RequestMethod.POST)
						: methods) {
					endpoints.add(method.name() + " " + path);
				}
			}
		}
		endpoints.addAll(EXTRA);
		return List.copyOf(endpoints);
	}

	@Test
	void shouldFindEveryModulesEndpointsInTheRunningApp() {
		assertThat(endpoints()).contains("GET /", "GET /exercises/{x}", "GET /search", "POST /plans", "POST /register",
				"GET /profile", "POST /profile/tokens/{x}/delete", "GET /api/v1/exercises/{x}", "GET /api/v1/search",
				"POST /api/v1/plans", "GET /api/v1/plans/{x}.ics", "POST /api/v1/accounts", "DELETE /api/v1/tokens/{x}",
				"PUT /api/v1/admin/accounts/{x}/role", "POST /api/v1/catalog/import");
	}

	@Test
	void shouldNeverAnswerMalformedInputWithAServerError() {
		TestHttp http = new TestHttp(this.port);
		ApiClient signedIn = ApiClient.registered(http, "fuzzer");
		Random random = new Random(20261121L);
		List<String> endpoints = endpoints();
		int requests = Math.max(REQUESTS, PER_ENDPOINT * endpoints.size());
		Map<String, Integer> perEndpoint = new TreeMap<>();
		List<String> failures = new ArrayList<>();
		int sent = 0;
		for (int i = 0; i < requests; i++) {
			String endpoint = endpoints.get(i % endpoints.size());
			String method = endpoint.substring(0, endpoint.indexOf(' '));
			String path = endpoint.substring(endpoint.indexOf(' ') + 1).replace("{x}", pathJunk(random));
			String query = (random.nextInt(3) == 0) ? "" : "?" + queryJunk(random);
			HttpRequest.Builder request;
			try {
				request = HttpRequest.newBuilder(URI.create(http.url(path + query)));
			}
			catch (IllegalArgumentException ex) {
				continue;
			}
			request.header("X-Forwarded-For", "203.0.113." + random.nextInt(250));
			request.header("Accept", pick(random, "application/json", "text/html", "*/*", "text/markdown", "image/png",
					"application/xml", "text/calendar", "application/problem+json"));
			if (random.nextInt(4) == 0) {
				request.header("Authorization", pick(random, "Bearer " + signedIn.token, "Bearer ", "Bearer x",
						"Basic Zm9vOmJhcg==", "Bearer " + "z".repeat(400), "bearer fa_" + random.nextLong()));
			}
			String body = method.equals("GET") || method.equals("DELETE") ? null : bodyJunk(random);
			if (body != null) {
				request.header("Content-Type",
						pick(random, "application/json", "application/json; charset=UTF-8", "text/plain",
								"application/x-www-form-urlencoded", "application/json; charset=nonsense",
								"multipart/form-data", "application/xml", "application/octet-stream"));
				request.method(method, HttpRequest.BodyPublishers.ofString(body));
			}
			else {
				request.method(method, HttpRequest.BodyPublishers.noBody());
			}
			HttpResponse<String> response = http.send(request.build());
			sent++;
			perEndpoint.merge(endpoint, 1, Integer::sum);
			if (response.statusCode() >= 500) {
				failures.add(response.statusCode() + " " + method + " " + path + query + " body="
						+ ((body == null) ? "" : body.substring(0, Math.min(80, body.length()))) + " -> "
						+ response.body().substring(0, Math.min(200, response.body().length())));
			}
		}
		assertThat(sent).isGreaterThanOrEqualTo(1000);
		assertThat(perEndpoint.keySet()).as("every endpoint was fuzzed").containsAll(endpoints);
		assertThat(failures).as("server errors").isEmpty();
	}

	private static String pathJunk(Random random) {
		return pick(random, "bird-dog", "BIRD-DOG", "%00", "%ff%fe", "..%2F..%2Fetc%2Fpasswd", "a".repeat(300),
				"3f2504e0-4f89-11d3-9a0c-0305e82c3301", "-1", "99999999999999999999", "%E2%80%AE", "%20", "x.ics",
				"null", "%25", "123", enc(junk(random, 20)));
	}

	private static String queryJunk(Random random) {
		StringBuilder query = new StringBuilder();
		int n = 1 + random.nextInt(4);
		for (int i = 0; i < n; i++) {
			if (i > 0) {
				query.append('&');
			}
			String name = (random.nextInt(5) == 0) ? enc(junk(random, 8)) : FIELDS.get(random.nextInt(FIELDS.size()));
			query.append(name)
				.append('=')
				.append(pick(random, enc(junk(random, 30)), "-5", "0", "1e9", "99999999999999999999", "%ff", "%00", "",
						enc("\"*~\\(AND"), enc("a".repeat(300)), "beginner", "none", "true", "maybe"));
		}
		return query.toString();
	}

	private static String bodyJunk(Random random) {
		String field = FIELDS.get(random.nextInt(FIELDS.size()));
		return switch (random.nextInt(16)) {
			case 0 -> "";
			case 1 -> "{";
			case 2 -> "[1,2,3]";
			case 3 -> "null";
			case 4 -> "{\"" + field + "\": " + pick(random, "1e400", "-1", "true", "[]", "{}", "\"\"", "null",
					"99999999999999999999", "\"" + "x".repeat(5000) + "\"") + "}";
			case 5 -> "[".repeat(3000) + "]".repeat(3000);
			case 6 -> "{\"goal\":\"core\",\"level\":\"beginner\",\"daysPerWeek\":"
					+ pick(random, "3", "\"3\"", "3.5", "-3", "1e2") + ",\"minutesPerSession\":30,\"equipment\":"
					+ pick(random, "\"band\"", "[1]", "[\"spaceship\"]", "[null]") + "}";
			case 7 -> "{\"" + "k".repeat(random.nextInt(50)) + "\":1}";
			case 8 -> junk(random, 200);
			case 9 -> "{\"x\":\"" + "y".repeat(20_000) + "\"}";
			case 10 -> "email=" + enc(junk(random, 10)) + "&password=" + enc(junk(random, 10)) + "&_csrf=junk";
			case 11 -> "{\"email\":\"a@b.cd\",\"password\":" + pick(random, "null", "123", "\"short\"", "[\"x\"]")
					+ ",\"displayName\":\"" + junk(random, 5) + "\",\"name\":\"t\"}";
			case 12 -> "{\"role\":" + pick(random, "\"admin\"", "\"root\"", "1", "null") + "}";
			case 13 -> "\uFEFF{\"goal\":\"core\"}";
			case 14 -> "{\"goal\":\"core\",\"goal\":\"strength\"}";
			default -> "<xml>" + junk(random, 20) + "</xml>";
		};
	}

	private static String junk(Random random, int length) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < length; i++) {
			int kind = random.nextInt(5);
			text.appendCodePoint(switch (kind) {
				case 0 -> 32 + random.nextInt(95);
				case 1 -> random.nextInt(32);
				case 2 -> 0x80 + random.nextInt(0x700);
				case 3 -> 0x1F300 + random.nextInt(0x100);
				default -> "{}[]\"\\'%&=<>;:".charAt(random.nextInt(14));
			});
		}
		return text.toString();
	}

	private static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	@SafeVarargs
	private static <T> T pick(Random random, T... options) {
		return options[random.nextInt(options.length)];
	}

}
