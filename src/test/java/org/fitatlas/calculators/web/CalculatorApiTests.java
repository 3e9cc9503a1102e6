package org.fitatlas.calculators.web;

import java.net.http.HttpResponse;
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
 * The calculators over HTTP against the running app, without signing in.
 */
@FitAtlasWebTest
class CalculatorApiTests {

	@LocalServerPort
	int port;

	TestHttp http;

	@BeforeEach
	void setUp() {
		this.http = new TestHttp(this.port);
	}

	@Test
	void shouldEstimateOneRepMaxWithEveryFormulaRoundedToATenth() {
		JsonNode result = ok("/api/v1/calculators/one-rep-max?weightKg=100&reps=5");
		// Epley 100 × (1 + 5/30) = 116.67 → 116.7; Brzycki 3600 / 32 = 112.5; Mayhew
		// 10000 / 84.0261 = 119.01 → 119.0; average 808.430 / 7 = 115.49 → 115.5
		assertThat(result.get("estimates")).hasSize(7);
		assertThat(estimate(result, "Epley")).isEqualTo(116.7);
		assertThat(estimate(result, "Brzycki")).isEqualTo(112.5);
		assertThat(estimate(result, "Lander")).isEqualTo(113.7);
		assertThat(estimate(result, "Lombardi")).isEqualTo(117.5);
		assertThat(estimate(result, "Mayhew et al.")).isEqualTo(119.0);
		assertThat(estimate(result, "O'Conner et al.")).isEqualTo(112.5);
		assertThat(estimate(result, "Wathen")).isEqualTo(116.6);
		assertThat(result.get("averageKg").asDouble()).isEqualTo(115.5);
		assertThat(result.has("warning")).isFalse();
	}

	@Test
	void shouldAnswerTheWeightItselfForOneRepetition() {
		JsonNode result = ok("/api/v1/calculators/one-rep-max?weightKg=82.5&reps=1");
		assertThat(result.get("estimates"))
			.allSatisfy((e) -> assertThat(e.get("oneRepMaxKg").asDouble()).isEqualTo(82.5));
		assertThat(result.get("averageKg").asDouble()).isEqualTo(82.5);
	}

	@Test
	void shouldWarnAboveTenRepetitions() {
		JsonNode result = ok("/api/v1/calculators/one-rep-max?weightKg=80&reps=12");
		// Epley 80 × (1 + 12/30) = 112.0
		assertThat(estimate(result, "Epley")).isEqualTo(112.0);
		assertThat(result.get("warning").asString()).contains("up to 10 repetitions").contains("Whisenant");
	}

	@Test
	void shouldListLoadsByRepetitionsWithTheFilledInRowsMarked() {
		JsonNode result = ok("/api/v1/calculators/percentages?oneRepMaxKg=142.5");
		assertThat(result.get("oneRepMaxKg").asDouble()).isEqualTo(142.5);
		JsonNode rows = result.get("rows");
		assertThat(rows).hasSize(13);
		// 5 reps: 142.5 × 0.87 = 123.975 → 124.0; 11 reps: × 0.725 = 103.3125 → 103.3;
		// 15 reps: × 0.625 = 89.0625 → 89.1
		assertThat(row(rows, 5).get("loadKg").asDouble()).isEqualTo(124.0);
		assertThat(row(rows, 5).get("interpolated").asBoolean()).isFalse();
		assertThat(row(rows, 11).get("percent").asDouble()).isEqualTo(72.5);
		assertThat(row(rows, 11).get("loadKg").asDouble()).isEqualTo(103.3);
		assertThat(row(rows, 11).get("interpolated").asBoolean()).isTrue();
		assertThat(row(rows, 15).get("percent").asDouble()).isEqualTo(62.5);
		assertThat(row(rows, 15).get("loadKg").asDouble()).isEqualTo(89.1);
		assertThat(row(rows, 15).get("interpolated").asBoolean()).isTrue();
	}

	@Test
	void shouldLoadTheBarWithTheDefaultPlates() {
		// (142.5 − 20) / 2 = 61.25 a side = 2 × 25 + 10 + 1.25
		JsonNode result = ok("/api/v1/calculators/plates?targetKg=142.5");
		assertThat(result.get("barKg").asDouble()).isEqualTo(20.0);
		assertThat(result.get("perSide").toString())
			.isEqualTo("[{\"kg\":25.0,\"count\":2},{\"kg\":10.0,\"count\":1},{\"kg\":1.25,\"count\":1}]");
		assertThat(result.get("achievedKg").asDouble()).isEqualTo(142.5);
		assertThat(result.get("remainderKg").asDouble()).isEqualTo(0.0);
	}

	@Test
	void shouldLoadOddPlateSetsExactlyAndReportTheRemainder() {
		// 20, 15, 2 kg plates, 15 kg bar: (75 − 15) / 2 = 30 a side = 15 + 15 (greedy: 20
		// + 5 × 2)
		JsonNode exact = ok("/api/v1/calculators/plates?targetKg=75&barKg=15&plates=20,15,2");
		assertThat(exact.get("perSide").toString()).isEqualTo("[{\"kg\":15.0,\"count\":2}]");
		// 20 and 15 kg plates: (78 − 20) / 2 = 29 a side; 15 + 15 and 20 + 15 pass it, so
		// 20
		// alone → 20 + 2 × 20 = 60 kg, 18 kg short
		JsonNode shortOf = ok("/api/v1/calculators/plates?targetKg=78&plates=20,15");
		assertThat(shortOf.get("perSide").toString()).isEqualTo("[{\"kg\":20.0,\"count\":1}]");
		assertThat(shortOf.get("achievedKg").asDouble()).isEqualTo(60.0);
		assertThat(shortOf.get("remainderKg").asDouble()).isEqualTo(18.0);
	}

	@Test
	void shouldCostAnExerciseFromItsCategory() {
		// barbell-bench-press: strength with external load → weight training 3.5 MET;
		// 3.5 × 80 kg × 45/60 h = 210.0 kcal
		JsonNode result = ok("/api/v1/calculators/energy?exercise=barbell-bench-press&bodyWeightKg=80&minutes=45");
		assertThat(result.get("met").asDouble()).isEqualTo(3.5);
		assertThat(result.get("metSource").asString()).contains("Compendium").contains("resistance");
		assertThat(result.get("kcal").asDouble()).isEqualTo(210.0);
		// push-up: body-weight strength → calisthenics, moderate 3.8; 3.8 × 70 × 0.5 =
		// 133.0
		assertThat(ok("/api/v1/calculators/energy?exercise=push-up&bodyWeightKg=70&minutes=30").get("kcal").asDouble())
			.isEqualTo(133.0);
	}

	@Test
	void shouldCostAGivenMet() {
		// 6.0 × 72.5 kg × 20/60 h = 145.0 kcal
		JsonNode result = ok("/api/v1/calculators/energy?met=6&bodyWeightKg=72.5&minutes=20");
		assertThat(result.get("kcal").asDouble()).isEqualTo(145.0);
		assertThat(result.get("metSource").asString()).isEqualTo("as given");
	}

	@Test
	void shouldAnswerAnUnknownExerciseWithNotFound() {
		HttpResponse<String> response = this.http
			.get("/api/v1/calculators/energy?exercise=no-such-move&bodyWeightKg=70&minutes=30");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(TestHttp.contentType(response)).startsWith("application/problem+json");
		assertThat(TestHttp.json(response).get("parameter").asString()).isEqualTo("exercise");
		assertThat(TestHttp.json(response).get("detail").asString()).contains("no-such-move");
	}

	static Stream<Arguments> badRequests() {
		String orm = "/api/v1/calculators/one-rep-max?";
		String pct = "/api/v1/calculators/percentages?";
		String plates = "/api/v1/calculators/plates?";
		String energy = "/api/v1/calculators/energy?";
		return Stream.of(Arguments.of(orm + "reps=5", "weightKg"), Arguments.of(orm + "weightKg=100", "reps"),
				Arguments.of(orm + "weightKg=&reps=5", "weightKg"),
				Arguments.of(orm + "weightKg=-100&reps=5", "weightKg"),
				Arguments.of(orm + "weightKg=0&reps=5", "weightKg"),
				Arguments.of(orm + "weightKg=heavy&reps=5", "weightKg"),
				Arguments.of(orm + "weightKg=1000.5&reps=5", "weightKg"),
				Arguments.of(orm + "weightKg=NaN&reps=5", "weightKg"),
				Arguments.of(orm + "weightKg=Infinity&reps=5", "weightKg"),
				Arguments.of(orm + "weightKg=1e400&reps=5", "weightKg"),
				Arguments.of(orm + "weightKg=0x10&reps=5", "weightKg"),
				Arguments.of(orm + "weightKg=100&reps=0", "reps"), Arguments.of(orm + "weightKg=100&reps=-3", "reps"),
				Arguments.of(orm + "weightKg=100&reps=31", "reps"), Arguments.of(orm + "weightKg=100&reps=5.5", "reps"),
				Arguments.of(orm + "weightKg=100&reps=five", "reps"),
				Arguments.of(orm + "weightKg=100&reps=99999999999999999999", "reps"),
				Arguments.of(orm + "weightKg=100&reps=5&reps=6", "reps"),
				Arguments.of(orm + "weightKg=100&reps=5&sets=3", "sets"), Arguments.of(pct, "oneRepMaxKg"),
				Arguments.of(pct + "oneRepMaxKg=0", "oneRepMaxKg"), Arguments.of(pct + "oneRepMaxKg=-1", "oneRepMaxKg"),
				Arguments.of(pct + "oneRepMaxKg=NaN", "oneRepMaxKg"),
				Arguments.of(pct + "oneRepMaxKg=-Infinity", "oneRepMaxKg"),
				Arguments.of(pct + "oneRepMaxKg=1e400", "oneRepMaxKg"),
				Arguments.of(pct + "oneRepMaxKg=5000", "oneRepMaxKg"), Arguments.of(plates, "targetKg"),
				Arguments.of(plates + "targetKg=15", "targetKg"),
				Arguments.of(plates + "targetKg=50&barKg=60", "targetKg"),
				Arguments.of(plates + "targetKg=NaN", "targetKg"), Arguments.of(plates + "targetKg=1e400", "targetKg"),
				Arguments.of(plates + "targetKg=2000", "targetKg"),
				Arguments.of(plates + "targetKg=100&barKg=-20", "barKg"),
				Arguments.of(plates + "targetKg=100&barKg=bar", "barKg"),
				Arguments.of(plates + "targetKg=100&plates=", "plates"),
				Arguments.of(plates + "targetKg=100&plates=20,,10", "plates"),
				Arguments.of(plates + "targetKg=100&plates=20,-10", "plates"),
				Arguments.of(plates + "targetKg=100&plates=20,0", "plates"),
				Arguments.of(plates + "targetKg=100&plates=20,ten", "plates"),
				Arguments.of(plates + "targetKg=100&plates=20,NaN", "plates"),
				Arguments.of(plates + "targetKg=100&plates=20,Infinity", "plates"),
				Arguments.of(plates + "targetKg=100&plates=20,1e400", "plates"),
				Arguments.of(plates + "targetKg=100&plates=20,0.01", "plates"),
				Arguments.of(plates + "targetKg=100&plates=1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21",
						"plates"),
				Arguments.of(energy + "bodyWeightKg=70&minutes=30", "exercise"),
				Arguments.of(energy + "exercise=plank&met=3&bodyWeightKg=70&minutes=30", "met"),
				Arguments.of(energy + "met=0&bodyWeightKg=70&minutes=30", "met"),
				Arguments.of(energy + "met=26&bodyWeightKg=70&minutes=30", "met"),
				Arguments.of(energy + "met=NaN&bodyWeightKg=70&minutes=30", "met"),
				Arguments.of(energy + "met=3&minutes=30", "bodyWeightKg"),
				Arguments.of(energy + "met=3&bodyWeightKg=-70&minutes=30", "bodyWeightKg"),
				Arguments.of(energy + "met=3&bodyWeightKg=1e400&minutes=30", "bodyWeightKg"),
				Arguments.of(energy + "met=3&bodyWeightKg=401&minutes=30", "bodyWeightKg"),
				Arguments.of(energy + "exercise=plank&bodyWeightKg=70", "minutes"),
				Arguments.of(energy + "exercise=plank&bodyWeightKg=70&minutes=0", "minutes"),
				Arguments.of(energy + "exercise=plank&bodyWeightKg=70&minutes=Infinity", "minutes"),
				Arguments.of(energy + "exercise=plank&bodyWeightKg=70&minutes=601", "minutes"));
	}

	@ParameterizedTest(name = "{0} → 400 naming {1}")
	@MethodSource("badRequests")
	void shouldRefuseBadInputNamingTheParameter(String path, String parameter) {
		HttpResponse<String> response = this.http.get(path);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(TestHttp.contentType(response)).startsWith("application/problem+json");
		JsonNode problem = TestHttp.json(response);
		assertThat(problem.get("parameter").asString()).isEqualTo(parameter);
		assertThat(problem.get("allowed").asString()).isNotBlank();
		assertThat(problem.get("detail").asString()).contains("'" + parameter + "'");
	}

	@Test
	void shouldSayWhatRangeIsAllowed() {
		JsonNode problem = TestHttp.json(this.http.get("/api/v1/calculators/one-rep-max?weightKg=100&reps=31"));
		assertThat(problem.get("value").asString()).isEqualTo("31");
		assertThat(problem.get("allowed").asString()).isEqualTo("a whole number from 1 to 30");
		JsonNode bar = TestHttp.json(this.http.get("/api/v1/calculators/plates?targetKg=15"));
		assertThat(bar.get("allowed").asString()).contains("at least the bar (20 kg)");
	}

	private JsonNode ok(String path) {
		HttpResponse<String> response = this.http.get(path);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return TestHttp.json(response);
	}

	private static double estimate(JsonNode result, String formula) {
		for (JsonNode e : result.get("estimates")) {
			if (e.get("formula").asString().equals(formula)) {
				return e.get("oneRepMaxKg").asDouble();
			}
		}
		throw new AssertionError("no estimate for " + formula + " in " + result);
	}

	private static JsonNode row(JsonNode rows, int reps) {
		for (JsonNode r : rows) {
			if (r.get("reps").asInt() == reps) {
				return r;
			}
		}
		throw new AssertionError("no row for " + reps + " reps in " + rows);
	}

}
