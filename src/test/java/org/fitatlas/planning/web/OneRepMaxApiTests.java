package org.fitatlas.planning.web;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.fitatlas.FitAtlasWebTest;
import org.fitatlas.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One-rep maxes in a plan request, over HTTP: every bad value is a 400 problem naming the
 * field, the value and what is allowed (on the wizard, a sentence naming the lift); good
 * ones are stored with the plan, give loads in kilograms and refill "Edit answers".
 */
@FitAtlasWebTest
class OneRepMaxApiTests {

	static final String STRENGTH = "{\"goal\":\"strength\",\"level\":\"advanced\",\"daysPerWeek\":3,"
			+ "\"minutesPerSession\":75,\"weeks\":4,\"equipment\":[\"barbell\",\"bench\",\"pull-up-bar\"]";

	@LocalServerPort
	int port;

	TestHttp http;

	@BeforeEach
	void setUp() {
		this.http = new TestHttp(this.port);
	}

	static Stream<Arguments> badOneRepMaxes() {
		String many = IntStream.range(0, 21)
			.mapToObj((i) -> "\"lift-" + i + "\":100")
			.collect(Collectors.joining(",", "{", "}"));
		return Stream.of( //
				Arguments.of("{\"back-squatt\":100}", "oneRepMaxes.back-squatt", "no exercise with this address"),
				Arguments.of("{\"barbell-back-squat\":0}", "oneRepMaxes.barbell-back-squat",
						"a number of kilograms from 1 to 500"),
				Arguments.of("{\"barbell-back-squat\":-20}", "oneRepMaxes.barbell-back-squat",
						"a number of kilograms from 1 to 500"),
				Arguments.of("{\"barbell-back-squat\":500.5}", "oneRepMaxes.barbell-back-squat",
						"a number of kilograms from 1 to 500"),
				Arguments.of("{\"barbell-back-squat\":1e309}", "oneRepMaxes.barbell-back-squat",
						"a number of kilograms from 1 to 500"),
				Arguments.of("{\"barbell-back-squat\":\"100\"}", "oneRepMaxes.barbell-back-squat",
						"a number of kilograms from 1 to 500"),
				Arguments.of("{\"barbell-back-squat\":\"NaN\"}", "oneRepMaxes.barbell-back-squat",
						"a number of kilograms from 1 to 500"),
				Arguments.of("{\"barbell-back-squat\":true}", "oneRepMaxes.barbell-back-squat",
						"a number of kilograms from 1 to 500"),
				Arguments.of("{\"barbell-back-squat\":null}", "oneRepMaxes.barbell-back-squat",
						"a number of kilograms from 1 to 500"),
				Arguments.of("{\"barbell-back-squat\":{\"kg\":100}}", "oneRepMaxes.barbell-back-squat",
						"a number of kilograms from 1 to 500"),
				Arguments.of("{\"barbell-back-squat\":[100]}", "oneRepMaxes.barbell-back-squat",
						"a number of kilograms from 1 to 500"),
				Arguments.of("{\"push-up\":80}", "oneRepMaxes.push-up",
						"a one-rep max only applies to lifts with an external load"),
				Arguments.of("{\"doorway-chest-stretch\":20}", "oneRepMaxes.doorway-chest-stretch",
						"a one-rep max only applies to lifts with an external load"),
				Arguments.of("{\"band-chest-press\":20}", "oneRepMaxes.band-chest-press",
						"only applies to loads weighed in kilograms"),
				Arguments.of("[100]", "oneRepMaxes", "an object of exercise addresses and kilograms"),
				Arguments.of("\"barbell-back-squat=100\"", "oneRepMaxes", "an object of exercise addresses"),
				Arguments.of(many, "oneRepMaxes", "at most 20 lifts"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badOneRepMaxes")
	void shouldRefuseABadOneRepMaxNamingTheFieldTheValueAndWhatIsAllowed(String oneRepMaxes, String field,
			String allowed) {
		HttpResponse<String> response = post(STRENGTH + ",\"oneRepMaxes\":" + oneRepMaxes + "}");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(TestHttp.contentType(response)).startsWith("application/problem+json");
		JsonNode problem = TestHttp.json(response);
		assertThat(problem.path("parameter").asString()).isEqualTo(field);
		assertThat(problem.path("allowed").asString()).contains(allowed);
		assertThat(problem.path("detail").asString()).contains(field);
	}

	@Test
	void shouldRefuseANonNumberThatIsNotJsonAsABadBody() {
		HttpResponse<String> response = post(STRENGTH + ",\"oneRepMaxes\":{\"barbell-back-squat\":NaN}}");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(TestHttp.contentType(response)).startsWith("application/problem+json");
	}

	@Test
	void shouldStoreTheOneRepMaxesWithThePlanAndNameLoadsInKilograms() {
		HttpResponse<String> created = post(
				STRENGTH + ",\"oneRepMaxes\":{\"barbell-back-squat\":140,\"barbell-bench-press\":92.5}}");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String id = TestHttp.json(created).path("id").asString();
		JsonNode stored = TestHttp.json(this.http.get("/api/v1/plans/" + id));
		assertThat(stored.path("profile").path("oneRepMaxes").path("barbell-back-squat").asDouble()).isEqualTo(140);
		assertThat(stored.path("profile").path("oneRepMaxes").path("barbell-bench-press").asDouble()).isEqualTo(92.5);
		JsonNode squat = firstMain(stored, "barbell-back-squat");
		assertThat(squat.path("load").asString()).isEqualTo("110 kg (80 % of your 1RM of 140 kg)");
		assertThat(squat.path("loadKg").asDouble()).isEqualTo(110);
		assertThat(squat.path("percentOfOneRepMax").asInt()).isEqualTo(80);
	}

	@Test
	void shouldLeaveTheNewFieldsOutOfAPlanWithoutOneRepMaxes() {
		HttpResponse<String> created = post(STRENGTH + "}");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(created.body()).doesNotContain("oneRepMaxes", "loadKg", "percentOfOneRepMax");
	}

	@Test
	void shouldOfferTheBestLiftsOnTheWizardAndRefillThemWhenEditing() {
		TestHttp browser = new TestHttp(this.port, true);
		String wizard = browser.get("/plans/new").body();
		assertThat(wizard).contains("Your best lifts (optional)", "<details", "Barbell Back Squat, kg",
				"name=\"oneRepMax.barbell-back-squat\"");
		HttpResponse<String> made = browser.postForm("/plans/new", "/plans",
				"goal=strength&level=advanced&daysPerWeek=3&minutesPerSession=75&weeks=4&equipment=barbell"
						+ "&equipment=bench&oneRepMax.barbell-back-squat=140&oneRepMax.barbell-deadlift=");
		assertThat(made.statusCode()).as(made.body()).isEqualTo(302);
		String location = made.headers().firstValue("Location").orElseThrow();
		String path = URI.create(location).getPath();
		String page = browser.get(path).body();
		assertThat(page).contains("110 kg (80 % of your 1RM of 140 kg)");
		String edit = browser.get(path + "/edit").body();
		assertThat(edit).containsPattern("name=\"oneRepMax.barbell-back-squat\"[^>]*value=\"140\"");
		assertThat(edit).contains("<details class=\"best-lifts\" id=\"best-lifts\" open");
	}

	@Test
	void shouldTellAPersonOnTheWizardWhichLiftHasABadOneRepMaxInWords() {
		TestHttp browser = new TestHttp(this.port, true);
		for (String bad : new String[] { "0", "abc", "600" }) {
			HttpResponse<String> page = browser.postForm("/plans/new", "/plans",
					"goal=strength&level=advanced&daysPerWeek=3&minutesPerSession=60&equipment=barbell"
							+ "&oneRepMax.barbell-back-squat=" + URLEncoder.encode(bad, StandardCharsets.UTF_8));
			assertThat(page.statusCode()).as(bad).isEqualTo(400);
			assertThat(page.body()).as(bad)
				.contains("Your one-rep max for Barbell Back Squat: &#39;" + bad + "&#39; is not possible here. "
						+ "Allowed: a number of kilograms from 1 to 500.")
				.doesNotContain("oneRepMaxes.");
		}
	}

	private static JsonNode firstMain(JsonNode plan, String slug) {
		for (JsonNode week : plan.path("weeks")) {
			for (JsonNode session : week.path("sessions")) {
				for (JsonNode block : session.path("blocks")) {
					for (JsonNode item : block.path("items")) {
						if (item.path("exercise").path("slug").asString().equals(slug)) {
							return item;
						}
					}
				}
			}
		}
		throw new AssertionError("no " + slug + " in the plan");
	}

	private HttpResponse<String> post(String json) {
		return this.http.send(HttpRequest.newBuilder(URI.create(this.http.url("/api/v1/plans")))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

}
