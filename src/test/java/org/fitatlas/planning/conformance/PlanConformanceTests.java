package org.fitatlas.planning.conformance;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.fitatlas.FitAtlasWebTest;
import org.fitatlas.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Conformance of {@code POST /api/v1/plans} to {@code docs/planning.md}, spoken to over
 * HTTP only: every plan for a wide spread of profiles is checked rule by rule by
 * {@link PlanChecker}, which reads the catalog through the exercise API.
 */
@FitAtlasWebTest
class PlanConformanceTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final List<String> NONE = List.of();

	private static final List<String> DUMBBELL_BENCH = List.of("dumbbell", "bench");

	private static final List<String> BALL = List.of("exercise-ball");

	private static final List<String> BAND = List.of("band");

	private static final List<String> BARBELL = List.of("barbell", "bench", "pull-up-bar");

	private static final List<String> GYM = List.of("machine", "cable", "dumbbell", "barbell", "bench", "kettlebell",
			"pull-up-bar", "exercise-ball", "band");

	/** The active catalog, slug to full exercise; read once over HTTP. */
	private static Map<String, JsonNode> catalog;

	@LocalServerPort
	int port;

	TestHttp http;

	@BeforeEach
	void setUp() {
		this.http = new TestHttp(this.port);
		if (catalog == null) {
			catalog = readCatalog();
		}
	}

	// ---------------------------------------------------------------- profiles

	static Stream<Arguments> profiles() {
		List<Arguments> all = new ArrayList<>();
		// strength
		all.add(p("strength beginner 3d bodyweight", "strength", "beginner", 3, 45, 4, NONE, NONE, null, NONE, 1));
		all.add(p("strength intermediate 4d dumbbell+bench 8w", "strength", "intermediate", 4, 60, 8, DUMBBELL_BENCH,
				NONE, null, NONE, 2));
		all.add(p("strength advanced 5d gym 16w", "strength", "advanced", 5, 90, 16, GYM, NONE, null, NONE, 3));
		all.add(p("strength advanced 6d barbell 12w", "strength", "advanced", 6, 120, 12, BARBELL, NONE, null, NONE,
				4));
		all.add(p("strength beginner 7d gym", "strength", "beginner", 7, 30, 4, GYM, NONE, null, NONE, 5));
		all.add(p("strength beginner 5d 10min", "strength", "beginner", 5, 10, 4, NONE, NONE, null, NONE, 6));
		all.add(p("strength intermediate gym knee+shoulder+hypertension+osteoporosis", "strength", "intermediate", 3,
				60, 4, GYM, List.of("knee-pain", "shoulder-pain", "hypertension", "osteoporosis"), null, NONE, 7));
		all.add(p("strength advanced 2d dumbbell disc herniation focus glutes", "strength", "advanced", 2, 60, 8,
				DUMBBELL_BENCH, List.of("spinal-disc-herniation"), null, List.of("gluteus-maximus"), 8));
		// hypertrophy
		all.add(p("hypertrophy beginner 2d dumbbell 8w", "hypertrophy", "beginner", 2, 60, 8, DUMBBELL_BENCH, NONE,
				null, NONE, 9));
		all.add(p("hypertrophy intermediate 4d gym 12w focus chest", "hypertrophy", "intermediate", 4, 75, 12, GYM,
				NONE, null, List.of("pectorals"), 10));
		all.add(p("hypertrophy advanced 6d gym knee pain", "hypertrophy", "advanced", 6, 90, 8, GYM,
				List.of("knee-pain"), null, NONE, 11));
		all.add(p("hypertrophy intermediate 3d band shoulder pain", "hypertrophy", "intermediate", 3, 45, 4, BAND,
				List.of("shoulder-pain"), null, NONE, 12));
		all.add(p("hypertrophy beginner 4d dumbbell recent surgery", "hypertrophy", "beginner", 4, 50, 4,
				DUMBBELL_BENCH, List.of("recent-abdominal-surgery"), null, NONE, 13));
		all.add(p("hypertrophy advanced 5d barbell 16w", "hypertrophy", "advanced", 5, 120, 16, BARBELL, NONE, null,
				NONE, 14));
		// endurance
		all.add(p("endurance beginner 3d bodyweight", "endurance", "beginner", 3, 30, 4, NONE, NONE, null, NONE, 15));
		all.add(p("endurance intermediate 5d ball 8w", "endurance", "intermediate", 5, 40, 8, BALL, NONE, null, NONE,
				16));
		all.add(p("endurance advanced 7d gym 16w hypertension", "endurance", "advanced", 7, 60, 16, GYM,
				List.of("hypertension"), null, NONE, 17));
		all.add(p("endurance intermediate 2d band 1w", "endurance", "intermediate", 2, 20, 1, BAND, NONE, null, NONE,
				18));
		all.add(p("endurance beginner 6d osteoporosis+knee", "endurance", "beginner", 6, 25, 8, NONE,
				List.of("osteoporosis", "knee-pain"), null, NONE, 19));
		// core
		all.add(p("core beginner 3d bodyweight", "core", "beginner", 3, 30, 4, NONE, NONE, null, NONE, 20));
		all.add(p("core intermediate 4d ball 8w", "core", "intermediate", 4, 45, 8, BALL, NONE, null, NONE, 21));
		all.add(p("core advanced 5d gym 12w", "core", "advanced", 5, 60, 12, GYM, NONE, null, NONE, 22));
		all.add(p("core beginner 2d pregnancy T1", "core", "beginner", 2, 20, 4, NONE, List.of("pregnancy"), 1, NONE,
				23));
		all.add(p("core intermediate 3d disc herniation", "core", "intermediate", 3, 30, 4, NONE,
				List.of("spinal-disc-herniation"), null, NONE, 24));
		all.add(p("core advanced 6d barbell hypertension+shoulder", "core", "advanced", 6, 45, 8, BARBELL,
				List.of("hypertension", "shoulder-pain"), null, NONE, 25));
		all.add(p("core advanced 3d gym 120min 16w focus obliques", "core", "advanced", 3, 120, 16, GYM, NONE, null,
				List.of("obliques"), 26));
		all.add(p("core beginner 4d ball acute back pain", "core", "beginner", 4, 30, 4, BALL,
				List.of("acute-low-back-pain"), null, NONE, 27));
		// back-health
		all.add(p("back-health beginner 3d chronic LBP 8w", "back-health", "beginner", 3, 30, 8, NONE,
				List.of("chronic-low-back-pain"), null, NONE, 28));
		all.add(p("back-health intermediate 4d ball disc herniation 12w", "back-health", "intermediate", 4, 40, 12,
				BALL, List.of("spinal-disc-herniation"), null, NONE, 29));
		all.add(p("back-health advanced 5d gym osteoporosis 16w", "back-health", "advanced", 5, 60, 16, GYM,
				List.of("osteoporosis"), null, NONE, 30));
		all.add(p("back-health beginner 2d acute back pain", "back-health", "beginner", 2, 20, 4, NONE,
				List.of("acute-low-back-pain"), null, NONE, 31));
		all.add(p("back-health beginner 7d band pregnancy T3 1w", "back-health", "beginner", 7, 15, 1, BAND,
				List.of("pregnancy"), 3, NONE, 32));
		all.add(p("back-health intermediate 3d band chronic LBP + pregnancy T1, default weeks", "back-health",
				"intermediate", 3, 45, null, BAND, List.of("chronic-low-back-pain", "pregnancy"), 1, NONE, 33));
		// flexibility
		all.add(p("flexibility beginner 7d bodyweight", "flexibility", "beginner", 7, 20, 4, NONE, NONE, null, NONE,
				34));
		all.add(p("flexibility intermediate 3d band 8w", "flexibility", "intermediate", 3, 30, 8, BAND, NONE, null,
				NONE, 35));
		all.add(p("flexibility advanced 5d gym 12w focus hamstrings", "flexibility", "advanced", 5, 45, 12, GYM, NONE,
				null, List.of("hamstrings"), 36));
		all.add(p("flexibility beginner 1d 10min knee pain 1w", "flexibility", "beginner", 1, 10, 1, NONE,
				List.of("knee-pain"), null, NONE, 37));
		all.add(p("flexibility intermediate 6d pregnancy T3 + hypertension", "flexibility", "intermediate", 6, 25, 4,
				NONE, List.of("pregnancy", "hypertension"), 3, NONE, 38));
		// morning routine
		all.add(p("morning-routine beginner 7d 10min", "morning-routine", "beginner", 7, 10, 4, NONE, NONE, null, NONE,
				39));
		all.add(p("morning-routine intermediate 5d 15min 8w", "morning-routine", "intermediate", 5, 15, 8, NONE, NONE,
				null, NONE, 40));
		all.add(p("morning-routine advanced 6d gym asks 30min", "morning-routine", "advanced", 6, 30, 4, GYM, NONE,
				null, NONE, 41));
		all.add(p("morning-routine beginner 7d dumbbell chronic LBP + disc 60min 1w", "morning-routine", "beginner", 7,
				60, 1, DUMBBELL_BENCH, List.of("chronic-low-back-pain", "spinal-disc-herniation"), null, NONE, 42));
		// post-surgery rehab
		all.add(p("post-surgery-rehab beginner 3d recent surgery 8w", "post-surgery-rehab", "beginner", 3, 30, 8, NONE,
				List.of("recent-abdominal-surgery"), null, NONE, 43));
		all.add(p("post-surgery-rehab intermediate 2d band", "post-surgery-rehab", "intermediate", 2, 20, 4, BAND, NONE,
				null, NONE, 44));
		all.add(p("post-surgery-rehab advanced 4d gym surgery+hypertension 12w", "post-surgery-rehab", "advanced", 4,
				45, 12, GYM, List.of("recent-abdominal-surgery", "hypertension"), null, NONE, 45));
		// general fitness
		all.add(p("general-fitness beginner 1d 60min", "general-fitness", "beginner", 1, 60, 4, NONE, NONE, null, NONE,
				46));
		all.add(p("general-fitness intermediate 3d dumbbell 16w", "general-fitness", "intermediate", 3, 45, 16,
				DUMBBELL_BENCH, NONE, null, NONE, 47));
		all.add(p("general-fitness advanced 4d gym 8w", "general-fitness", "advanced", 4, 90, 8, GYM, NONE, null, NONE,
				48));
		all.add(p("general-fitness beginner 3d pregnancy T3", "general-fitness", "beginner", 3, 30, 4, NONE,
				List.of("pregnancy"), 3, NONE, 49));
		all.add(p("general-fitness intermediate 3d ball pregnancy T1", "general-fitness", "intermediate", 3, 40, 4,
				BALL, List.of("pregnancy"), 1, NONE, 50));
		all.add(p("general-fitness beginner 2d acute back pain", "general-fitness", "beginner", 2, 30, 4, NONE,
				List.of("acute-low-back-pain"), null, NONE, 51));
		all.add(p("general-fitness advanced 7d gym 120min 12w focus legs", "general-fitness", "advanced", 7, 120, 12,
				GYM, NONE, null, List.of("legs"), 52));
		all.add(p("general-fitness intermediate 4d acute back pain + chronic", "general-fitness", "intermediate", 4, 30,
				4, BAND, List.of("acute-low-back-pain", "chronic-low-back-pain"), null, NONE, 53));
		// issue 10: patterns, vertical pulls, weekly sets, load steps, time use, an acute
		// back
		all.add(p("hypertrophy intermediate 3d gym 60min (the issue's plan)", "hypertrophy", "intermediate", 3, 60, 4,
				GYM, NONE, null, NONE, 55));
		all.add(p("hypertrophy advanced 2d gym 90min 8w", "hypertrophy", "advanced", 2, 90, 8, GYM, NONE, null, NONE,
				56));
		all.add(p("strength intermediate 3d pull-up bar only", "strength", "intermediate", 3, 45, 6,
				List.of("pull-up-bar"), NONE, null, NONE, 57));
		all.add(p("general-fitness beginner 3d band only 45min", "general-fitness", "beginner", 3, 45, 4, BAND, NONE,
				null, NONE, 58));
		all.add(p("strength beginner 2d cable+bench", "strength", "beginner", 2, 60, 8, List.of("cable", "bench"), NONE,
				null, NONE, 59));
		all.add(p("hypertrophy intermediate 4d machine only 12w", "hypertrophy", "intermediate", 4, 60, 12,
				List.of("machine"), NONE, null, NONE, 60));
		all.add(p("hypertrophy beginner 3d gym 90min (walk for the rest)", "hypertrophy", "beginner", 3, 90, 4, GYM,
				NONE, null, NONE, 61));
		all.add(p("strength advanced 3d gym 60min 12w kettlebell steps", "strength", "advanced", 3, 60, 12,
				List.of("kettlebell", "dumbbell", "bench", "pull-up-bar"), NONE, null, NONE, 62));
		all.add(p("strength advanced 4d barbell acute back pain", "strength", "advanced", 4, 60, 4,
				List.of("barbell", "bench"), List.of("acute-low-back-pain"), null, NONE, 63));
		all.add(p("back-health beginner 3d acute back pain 30min", "back-health", "beginner", 3, 30, 4, NONE,
				List.of("acute-low-back-pain"), null, NONE, 64));
		all.add(p("general-fitness intermediate 5d gym 30min", "general-fitness", "intermediate", 5, 30, 8, GYM, NONE,
				null, NONE, 65));
		all.add(p("endurance advanced 4d 120min no equipment field", "endurance", "advanced", 4, 120, 4, null, NONE,
				null, NONE, 54));
		// one-rep maxes: used in strength plans of trained people, said to be unused
		// elsewhere
		all.add(withOneRepMaxes(
				p("strength advanced 4d gym 16w five 1RMs", "strength", "advanced", 4, 75, 16, GYM, NONE, null, NONE,
						66),
				Map.of("barbell-back-squat", 150.0, "barbell-bench-press", 102.5, "barbell-deadlift", 190.0,
						"overhead-press", 61.0, "barbell-row", 87.5)));
		all.add(withOneRepMaxes(
				p("strength intermediate 3d barbell 8w three 1RMs", "strength", "intermediate", 3, 60, 8, BARBELL, NONE,
						null, NONE, 67),
				Map.of("barbell-back-squat", 92.0, "barbell-bench-press", 67.5, "barbell-deadlift", 121.0)));
		all.add(withOneRepMaxes(
				p("strength advanced 3d dumbbell+kettlebell 1RMs in 0.5 and 4 kg steps", "strength", "advanced", 3, 60,
						8, List.of("dumbbell", "bench", "kettlebell"), NONE, null, NONE, 68),
				Map.of("dumbbell-bench-press", 33.0, "kettlebell-deadlift", 70.0, "goblet-squat", 41.0)));
		all.add(withOneRepMaxes(p("hypertrophy intermediate 4d gym with a 1RM (not used)", "hypertrophy",
				"intermediate", 4, 60, 8, GYM, NONE, null, NONE, 69), Map.of("barbell-back-squat", 120.0)));
		// a pull-up bar: a beginner's vertical pull is the scapular pull-up, the lowest
		// rung that trains the lats (the dead hang below it trains the grip)
		all.add(withOneRepMaxes(
				p("strength beginner 3d barbell+bench+pull-up bar with a 1RM (not used)", "strength", "beginner", 3, 45,
						4, List.of("barbell", "bench", "pull-up-bar"), NONE, null, NONE, 70),
				Map.of("barbell-bench-press", 50.0)));
		all.add(p("general-fitness beginner 2d pull-up bar and dumbbells", "general-fitness", "beginner", 2, 40, 4,
				List.of("dumbbell", "pull-up-bar"), NONE, null, NONE, 73));
		all.add(withOneRepMaxes(p("strength advanced 3d barbell acute back with a 1RM (not used)", "strength",
				"advanced", 3, 45, 4, BARBELL, List.of("acute-low-back-pain"), null, NONE, 71),
				Map.of("barbell-deadlift", 160.0)));
		all.add(withOneRepMaxes(
				p("strength intermediate 2d gym knee pain 1RMs", "strength", "intermediate", 2, 90, 12, GYM,
						List.of("knee-pain"), null, NONE, 72),
				Map.of("barbell-back-squat", 100.0, "leg-press", 180.0, "lat-pulldown", 70.0)));
		return all.stream();
	}

	@SuppressWarnings("unchecked")
	private static Arguments withOneRepMaxes(Arguments profile, Map<String, Double> oneRepMaxes) {
		Map<String, Object> request = (Map<String, Object>) profile.get()[1];
		request.put("oneRepMaxes", new java.util.TreeMap<>(oneRepMaxes));
		return profile;
	}

	private static Arguments p(String name, String goal, String level, int days, int minutes, Integer weeks,
			List<String> equipment, List<String> conditions, Integer trimester, List<String> focus, long seed) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("goal", goal);
		request.put("level", level);
		request.put("daysPerWeek", days);
		request.put("minutesPerSession", minutes);
		if (weeks != null) {
			request.put("weeks", weeks);
		}
		if (equipment != null) {
			request.put("equipment", equipment);
		}
		if (!conditions.isEmpty()) {
			request.put("conditions", conditions);
		}
		if (trimester != null) {
			request.put("pregnancyTrimester", trimester);
		}
		if (!focus.isEmpty()) {
			request.put("focus", focus);
		}
		request.put("seed", seed);
		return Arguments.of(name, request);
	}

	// ---------------------------------------------------------------- conformance

	@ParameterizedTest(name = "{0}")
	@MethodSource("profiles")
	void shouldGenerateAPlanThatFollowsEveryRuleOfTheContract(String name, Map<String, Object> request) {
		HttpResponse<String> created = post(JSON.writeValueAsString(request));
		assertThat(created.statusCode()).as("POST %s -> %s", request, created.body()).isEqualTo(201);
		String location = created.headers().firstValue("Location").orElse("");
		assertThat(location).as("Location header").isNotBlank();
		HttpResponse<String> stored = this.http
			.get(location.startsWith("http") ? URI.create(location).getRawPath() : location);
		assertThat(stored.statusCode()).as("GET %s", location).isEqualTo(200);
		JsonNode plan = TestHttp.json(stored);
		assertThat(plan.path("id").asString("")).isNotBlank();
		assertThat(plan.path("weeks")).as("stored plan equals the created one")
			.isEqualTo(TestHttp.json(created).path("weeks"));
		List<String> violations = new PlanChecker(catalog).check(request, plan);
		assertThat(violations).as("%s: %d violations%n  %s", name, violations.size(), String.join("\n  ", violations))
			.isEmpty();
	}

	@Test
	void shouldCatchAPlanThatBreaksTheContract() {
		// the checker itself must be able to fail: corrupt a conforming plan and expect
		// the rules it breaks to be named
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("goal", "core");
		request.put("level", "intermediate");
		request.put("daysPerWeek", 3);
		request.put("minutesPerSession", 30);
		request.put("weeks", 4);
		request.put("conditions", List.of("pregnancy"));
		request.put("pregnancyTrimester", 2);
		HttpResponse<String> created = post(JSON.writeValueAsString(request));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode plan = TestHttp.json(created);
		String body = plan.toString();
		String firstSlug = plan.path("weeks")
			.path(0)
			.path("sessions")
			.path(0)
			.path("blocks")
			.path(1)
			.path("items")
			.path(0)
			.path("exercise")
			.path("slug")
			.asString();
		JsonNode corrupted = JSON.readTree(body.replace("\"" + firstSlug + "\"", "\"lying-leg-raise\"")
			.replace("\"deload\":true", "\"deload\":false"));
		List<String> violations = new PlanChecker(catalog).check(request, corrupted);
		assertThat(String.join("\n", violations)).contains("lying-leg-raise", "unsafe", "deload");
	}

	@Test
	void shouldCatchAPlanThatBreaksTheCoachingRules() {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("goal", "hypertrophy");
		request.put("level", "intermediate");
		request.put("daysPerWeek", 3);
		request.put("minutesPerSession", 60);
		request.put("weeks", 8);
		request.put("equipment", GYM);
		HttpResponse<String> created = post(JSON.writeValueAsString(request));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String body = TestHttp.json(created).toString();
		assertThat(body).contains("so add 2.5 kg");
		JsonNode corrupted = JSON
			.readTree(body.replaceAll("\"chest\":\\d+", "\"chest\":99").replace("so add 2.5 kg", "so keep the weight"));
		String violations = String.join("\n", new PlanChecker(catalog).check(request, corrupted));
		assertThat(violations).contains("weeklySets.chest is 99", "does not say to add 2.5 kg");
	}

	@Test
	void shouldCatchALoadFromAOneRepMaxThatBreaksTheRules() {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("goal", "strength");
		request.put("level", "advanced");
		request.put("daysPerWeek", 3);
		request.put("minutesPerSession", 60);
		request.put("equipment", BARBELL);
		request.put("oneRepMaxes", Map.of("barbell-back-squat", 140.0));
		HttpResponse<String> created = post(JSON.writeValueAsString(request));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String body = TestHttp.json(created).toString();
		assertThat(body).contains("\"loadKg\":110.0", "110 kg (80 % of your 1RM of 140 kg)");
		assertThat(new PlanChecker(catalog).check(request, JSON.readTree(body))).isEmpty();
		JsonNode corrupted = JSON.readTree(body.replaceFirst("\"loadKg\":110.0", "\"loadKg\":111.0")
			.replaceFirst("\"percentOfOneRepMax\":82", "\"percentOfOneRepMax\":75"));
		String violations = String.join("\n", new PlanChecker(catalog).check(request, corrupted));
		assertThat(violations).contains("load 111.0 kg is not 80 % of 140.0 kg", "75 % of 1RM, outside 80–100 %");
		Map<String, Object> without = new LinkedHashMap<>(request);
		without.remove("oneRepMaxes");
		assertThat(String.join("\n", new PlanChecker(catalog).check(without, JSON.readTree(body))))
			.contains("a load from a one-rep max, but none was given for this lift");
	}

	@Test
	void shouldCatchAMuscleGroupLeftUnderItsWeeklySetsWithoutAWord() {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("goal", "hypertrophy");
		request.put("level", "beginner");
		request.put("daysPerWeek", 2);
		request.put("minutesPerSession", 45);
		request.put("equipment", GYM);
		HttpResponse<String> created = post(JSON.writeValueAsString(request));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode plan = TestHttp.json(created);
		List<String> warnings = new ArrayList<>();
		plan.path("warnings").forEach((w) -> warnings.add(w.asString()));
		assertThat(warnings).as("the plan names the group it leaves short, and why")
			.anyMatch((w) -> w.startsWith("The hamstrings get 5 hard sets a week, under the 6–12"));
		assertThat(new PlanChecker(catalog).check(request, plan)).isEmpty();
		tools.jackson.databind.node.ObjectNode silent = (tools.jackson.databind.node.ObjectNode) plan.deepCopy();
		silent.putArray("warnings");
		assertThat(String.join("\n", new PlanChecker(catalog).check(request, silent)))
			.contains("hard sets for hamstrings, under 6 for hypertrophy/beginner, and no warning names the group");
	}

	@Test
	void shouldNeverScheduleAContraindicatedExerciseForAPregnantPersonInTheThirdTrimester() {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("goal", "core");
		request.put("level", "advanced");
		request.put("daysPerWeek", 4);
		request.put("minutesPerSession", 45);
		request.put("weeks", 8);
		request.put("equipment", GYM);
		request.put("conditions", List.of("pregnancy"));
		request.put("pregnancyTrimester", 3);
		HttpResponse<String> created = post(JSON.writeValueAsString(request));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode plan = TestHttp.json(created);
		List<String> slugs = new ArrayList<>();
		plan.path("weeks")
			.forEach((w) -> w.path("sessions")
				.forEach((s) -> s.path("blocks")
					.forEach((b) -> b.path("items")
						.forEach((i) -> slugs.add(i.path("exercise").path("slug").asString())))));
		assertThat(slugs).isNotEmpty().allSatisfy((slug) -> {
			JsonNode e = catalog.get(slug);
			assertThat(e).as(slug).isNotNull();
			assertThat(e.path("position").asString()).as(slug).isNotIn("supine", "prone");
			assertThat(PlanChecker.strings(e.get("traits"))).as(slug)
				.doesNotContain("abdominal-loading", "high-impact");
		});
		List<String> excluded = new ArrayList<>();
		plan.path("excluded").forEach((x) -> excluded.add(x.path("slug").asString()));
		assertThat(excluded).contains("lying-leg-raise", "plank");
	}

	// ---------------------------------------------------------------- screening

	@ParameterizedTest
	@ValueSource(strings = { "bladder-bowel-loss", "saddle-numbness", "progressive-leg-weakness", "cancer-history",
			"unexplained-weight-loss", "fever", "recent-trauma" })
	void shouldRefuseAPlanAndNameTheRedFlag(String flag) {
		HttpResponse<String> response = post("""
				{"goal":"back-health","level":"beginner","daysPerWeek":3,"minutesPerSession":30,"redFlags":["%s"]}"""
			.formatted(flag));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		assertThat(TestHttp.contentType(response)).startsWith("application/problem+json");
		String detail = TestHttp.json(response).path("detail").asString("").toLowerCase(Locale.ROOT);
		assertThat(detail).as("detail names the flag")
			.satisfiesAnyOf((d) -> assertThat(d).contains(flag), (d) -> assertThat(d).contains(flag.replace('-', ' ')));
		assertThat(detail).as("detail sends the person to a clinician").containsAnyOf("clinician", "doctor", "gp");
	}

	@Test
	void shouldNameEveryRedFlagWhenSeveralAreReported() {
		HttpResponse<String> response = post("""
				{"goal":"strength","level":"advanced","daysPerWeek":4,"minutesPerSession":60,
				 "conditions":["chronic-low-back-pain"],"redFlags":["saddle-numbness","fever"]}""");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		assertThat(TestHttp.contentType(response)).startsWith("application/problem+json");
		String detail = TestHttp.json(response).path("detail").asString("").toLowerCase(Locale.ROOT);
		assertThat(detail).containsAnyOf("saddle-numbness", "saddle numbness").contains("fever");
	}

	// ---------------------------------------------------------------- determinism

	@Test
	void shouldGiveTheSamePlanForTheSameRequestAndSeed() {
		String body = """
				{"goal":"general-fitness","level":"intermediate","daysPerWeek":4,"minutesPerSession":45,"weeks":8,
				 "equipment":["dumbbell","bench","band"],"conditions":["knee-pain"],"focus":["core"],"seed":42}""";
		HttpResponse<String> first = post(body);
		HttpResponse<String> second = post(body);
		assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
		assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
		JsonNode a = TestHttp.json(first);
		JsonNode b = TestHttp.json(second);
		assertThat(b.path("weeks")).isEqualTo(a.path("weeks"));
		assertThat(b.path("excluded")).isEqualTo(a.path("excluded"));
		assertThat(b.path("warnings")).isEqualTo(a.path("warnings"));
	}

	// ---------------------------------------------------------------- bad input

	static Stream<Arguments> badRequests() {
		String ok = "\"level\":\"beginner\",\"daysPerWeek\":3,\"minutesPerSession\":30";
		String base = "{\"goal\":\"core\"," + ok;
		return Stream.of( //
				Arguments.of("unknown goal", "{\"goal\":\"yoga\"," + ok + "}", List.of("goal")),
				Arguments.of("missing goal", "{" + ok + "}", List.of("goal")),
				Arguments.of("level expert",
						"{\"goal\":\"core\",\"level\":\"expert\",\"daysPerWeek\":3,\"minutesPerSession\":30}",
						List.of("level")),
				Arguments.of("daysPerWeek 0",
						"{\"goal\":\"core\",\"level\":\"beginner\",\"daysPerWeek\":0,\"minutesPerSession\":30}",
						List.of("daysPerWeek")),
				Arguments.of("daysPerWeek 8",
						"{\"goal\":\"core\",\"level\":\"beginner\",\"daysPerWeek\":8,\"minutesPerSession\":30}",
						List.of("daysPerWeek")),
				Arguments.of("minutesPerSession 9",
						"{\"goal\":\"core\",\"level\":\"beginner\",\"daysPerWeek\":3,\"minutesPerSession\":9}",
						List.of("minutesPerSession")),
				Arguments.of("minutesPerSession 121",
						"{\"goal\":\"core\",\"level\":\"beginner\",\"daysPerWeek\":3,\"minutesPerSession\":121}",
						List.of("minutesPerSession")),
				Arguments.of("weeks 0", base + ",\"weeks\":0}", List.of("weeks")),
				Arguments.of("weeks 17", base + ",\"weeks\":17}", List.of("weeks")),
				Arguments.of("unknown equipment", base + ",\"equipment\":[\"dumbbell\",\"rowing-boat\"]}",
						List.of("equipment")),
				Arguments.of("unknown condition", base + ",\"conditions\":[\"broken-heart\"]}", List.of("conditions")),
				Arguments.of("pregnancy without trimester", base + ",\"conditions\":[\"pregnancy\"]}",
						List.of("pregnancyTrimester")),
				Arguments.of("trimester without pregnancy", base + ",\"pregnancyTrimester\":2}",
						List.of("pregnancyTrimester")),
				Arguments.of("trimester 4", base + ",\"conditions\":[\"pregnancy\"],\"pregnancyTrimester\":4}",
						List.of("pregnancyTrimester")),
				Arguments.of("unknown red flag", base + ",\"redFlags\":[\"headache\"]}", List.of("redFlags")),
				Arguments.of("unknown field", base + ",\"colour\":\"red\"}", List.of("colour")),
				Arguments.of("daysPerWeek as a word",
						"{\"goal\":\"core\",\"level\":\"beginner\",\"daysPerWeek\":\"three\",\"minutesPerSession\":30}",
						List.of("daysPerWeek")),
				Arguments.of("equipment as a string", base + ",\"equipment\":\"dumbbell\"}", List.of("equipment")),
				Arguments.of("weeks as a fraction", base + ",\"weeks\":2.5}", List.of("weeks")),
				Arguments.of("seed as a word", base + ",\"seed\":\"lucky\"}", List.of("seed")),
				Arguments.of("startDate not a date", base + ",\"startDate\":\"next tuesday\"}", List.of("startDate")),
				Arguments.of("oneRepMaxes for an unknown exercise", base + ",\"oneRepMaxes\":{\"back-squatt\":100}}",
						List.of("oneRepMaxes.back-squatt")),
				Arguments.of("oneRepMaxes of 0 kg", base + ",\"oneRepMaxes\":{\"barbell-back-squat\":0}}",
						List.of("oneRepMaxes.barbell-back-squat")),
				Arguments.of("oneRepMaxes as text", base + ",\"oneRepMaxes\":{\"barbell-deadlift\":\"heavy\"}}",
						List.of("oneRepMaxes.barbell-deadlift")),
				Arguments.of("oneRepMaxes for a body-weight exercise", base + ",\"oneRepMaxes\":{\"plank\":20}}",
						List.of("oneRepMaxes.plank")),
				Arguments.of("oneRepMaxes as a list", base + ",\"oneRepMaxes\":[100]}", List.of("oneRepMaxes")),
				Arguments.of("malformed JSON", "{\"goal\":\"core\",", List.of()),
				Arguments.of("empty body", "", List.of()), //
				Arguments.of("JSON array body", "[" + base + "}]", List.of()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badRequests")
	void shouldRejectBadInputWithAProblemNamingTheField(String name, String body, List<String> fields) {
		HttpResponse<String> response = post(body);
		assertThat(response.statusCode()).as("%s: %s", name, response.body()).isEqualTo(400);
		assertThat(TestHttp.contentType(response)).as(name).startsWith("application/problem+json");
		JsonNode problem = TestHttp.json(response);
		assertThat(problem.path("status").asInt()).isEqualTo(400);
		if (!fields.isEmpty()) {
			String named = problem.path("field").asString("") + " " + problem.path("parameter").asString("") + " "
					+ problem.path("detail").asString("");
			assertThat(fields).as("%s: the problem names the field (%s)", name, problem)
				.anySatisfy((f) -> assertThat(named).contains(f));
		}
	}

	// ---------------------------------------------------------------- helpers

	private HttpResponse<String> post(String body) {
		return this.http.send(HttpRequest.newBuilder(URI.create(this.http.url("/api/v1/plans")))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json, application/problem+json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	private Map<String, JsonNode> readCatalog() {
		Map<String, JsonNode> out = new LinkedHashMap<>();
		int total = ok("/api/v1/exercises?size=1").path("total").asInt();
		for (int page = 0; page * 100 < total; page++) {
			for (JsonNode summary : ok("/api/v1/exercises?size=100&page=" + page).path("items")) {
				String slug = summary.path("slug").asString();
				out.put(slug, ok("/api/v1/exercises/" + slug));
			}
		}
		assertThat(out).hasSize(total);
		return out;
	}

	private JsonNode ok(String path) {
		HttpResponse<String> response = this.http.get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return TestHttp.json(response);
	}

}
