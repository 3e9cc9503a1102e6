package org.fitatlas.catalog.web;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.fitatlas.FitAtlasWebTest;
import org.fitatlas.TestHttp;
import org.fitatlas.catalog.Taxonomy;
import org.fitatlas.catalog.internal.CatalogFileReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exercise API, spoken to over HTTP against the real app and PostgreSQL.
 */
@FitAtlasWebTest
class ExerciseApiTests {

	@LocalServerPort
	int port;

	@Autowired
	org.fitatlas.catalog.ExerciseCatalog catalog;

	TestHttp http;

	@BeforeEach
	void setUp() {
		this.http = new TestHttp(this.port);
	}

	@Test
	void shouldListAtLeast220CompleteExercises() {
		JsonNode first = ok("/api/v1/exercises?size=1");
		assertThat(first.get("total").asInt()).isGreaterThanOrEqualTo(220);
		assertThat(first.get("items")).hasSize(1);
		Set<String> slugs = new HashSet<>();
		int total = first.get("total").asInt();
		for (int page = 0; page * 100 < total; page++) {
			ok("/api/v1/exercises?size=100&page=" + page).get("items")
				.forEach((i) -> slugs.add(i.get("slug").asString()));
		}
		assertThat(slugs).hasSize(total);
		List<String> incomplete = new ArrayList<>();
		for (String slug : slugs) {
			JsonNode e = ok("/api/v1/exercises/" + slug);
			boolean complete = e.get("steps").size() >= 3 && e.get("tips").size() >= 2 && e.get("mistakes").size() >= 2
					&& Stream
						.of("name", "summary", "bodyPart", "level", "category", "force", "mechanic", "position",
								"sides", "breathing")
						.allMatch((f) -> e.hasNonNull(f) && !e.get(f).asString().isBlank())
					&& e.get("targetMuscles").size() >= 1 && e.get("equipment").size() >= 1
					&& e.get("sources").size() >= 1 && e.get("defaultDose").get("sets").asInt() >= 1;
			if (!complete) {
				incomplete.add(slug);
			}
		}
		assertThat(incomplete).as("exercises missing a field").isEmpty();
	}

	@Test
	void shouldPageWithDefaultSizeTwentyAndNoOverlap() {
		JsonNode page0 = ok("/api/v1/exercises");
		JsonNode page1 = ok("/api/v1/exercises?page=1");
		assertThat(page0.get("size").asInt()).isEqualTo(20);
		assertThat(page0.get("page").asInt()).isZero();
		assertThat(page0.get("items")).hasSize(20);
		Set<String> first = slugs(page0);
		assertThat(slugs(page1)).hasSize(20).doesNotContainAnyElementsOf(first);
		JsonNode beyond = ok("/api/v1/exercises?page=999");
		assertThat(beyond.get("items")).isEmpty();
	}

	@Test
	void shouldFilterByEveryFacet() {
		ok("/api/v1/exercises?bodyPart=core&size=100").get("items")
			.forEach((i) -> assertThat(i.get("bodyPart").asString()).isEqualTo("core"));
		assertThat(ok("/api/v1/exercises?muscle=hamstrings&targetOnly=true&size=100").get("items"))
			.allSatisfy((i) -> assertThat(names(i.get("targetMuscles"))).contains("hamstrings"));
		assertThat(ok("/api/v1/exercises?equipment=none&size=100").get("items"))
			.allSatisfy((i) -> assertThat(names(i.get("equipment"))).isSubsetOf("none", "mat"));
		Set<String> dumbbellBench = allSlugs("/api/v1/exercises?equipment=dumbbell&equipment=bench");
		assertThat(dumbbellBench).contains("dumbbell-bench-press", "goblet-squat", "push-up")
			.doesNotContain("barbell-bench-press", "kettlebell-swing");
		assertThat(ok("/api/v1/exercises?level=advanced&size=100").get("items"))
			.allSatisfy((i) -> assertThat(i.get("level").asString()).isEqualTo("advanced"));
		assertThat(ok("/api/v1/exercises?category=stretching&size=100").get("items"))
			.allSatisfy((i) -> assertThat(i.get("category").asString()).isEqualTo("stretching"));
		assertThat(ok("/api/v1/exercises?force=static&mechanic=compound&size=100").get("total").asInt()).isPositive();
		int all = ok("/api/v1/exercises?size=1").get("total").asInt();
		int withSecondary = ok("/api/v1/exercises?muscle=obliques&size=1").get("total").asInt();
		int targetOnly = ok("/api/v1/exercises?muscle=obliques&targetOnly=true&size=1").get("total").asInt();
		assertThat(targetOnly).isPositive().isLessThan(withSecondary);
		assertThat(withSecondary).isLessThan(all);
	}

	@Test
	void shouldSortByLevelFromBeginnerToAdvanced() {
		List<String> levels = new ArrayList<>();
		ok("/api/v1/exercises?sort=level&size=100&bodyPart=core").get("items")
			.forEach((i) -> levels.add(i.get("level").asString()));
		List<String> order = List.of("beginner", "intermediate", "advanced");
		assertThat(levels).isSortedAccordingTo((a, b) -> order.indexOf(a) - order.indexOf(b));
		assertThat(new HashSet<>(levels)).hasSize(3);
	}

	@Test
	void shouldResolveLadderAlternativesAndRelatedExercises() {
		JsonNode e = ok("/api/v1/exercises/lying-leg-raise-heels-hovering");
		assertThat(e.get("name").asString()).isEqualTo("Lying Leg Raise, Heels Hovering");
		JsonNode easier = e.get("easier").get(0);
		assertThat(easier.get("slug").asString()).isEqualTo("lying-leg-raise-heels-touching");
		assertThat(easier.get("name").asString()).isEqualTo("Lying Leg Raise, Heels to Floor");
		assertThat(easier.get("level").asString()).isNotBlank();
		assertThat(e.get("harder").get(0).get("slug").asString()).isEqualTo("weighted-lying-leg-raise");
		assertThat(e.get("alternatives")).isNotEmpty()
			.allSatisfy((a) -> assertThat(a.get("name").asString()).isNotBlank());
		JsonNode related = e.get("related");
		assertThat(related).isNotEmpty().hasSizeLessThanOrEqualTo(6);
		assertThat(related.get(0).get("exercise").get("slug").asString()).isNotEqualTo(e.get("slug").asString());
		assertThat(related.get(0).get("sharedTargets")).isNotEmpty();
		assertThat(e.get("retired").asBoolean()).isFalse();
	}

	@Test
	void shouldCarryTheSeedEffectivenessFigure() {
		JsonNode hanging = ok("/api/v1/exercises/hanging-leg-raise");
		assertThat(hanging.get("effectiveness").get("value").asDouble()).isEqualTo(124.0);
		assertThat(ok("/api/v1/exercises/weighted-floor-crunch").get("effectiveness").get("value").asDouble())
			.isEqualTo(55.3);
	}

	@Test
	void shouldServeTheTaxonomyWithDisplayNamesAndSynonyms() {
		JsonNode taxonomy = ok("/api/v1/taxonomy");
		JsonNode abs = taxonomy.get("muscles").get("rectus-abdominis");
		assertThat(abs.get("name").asString()).isEqualTo("Rectus Abdominis");
		assertThat(names(abs.get("synonyms"))).contains("abs", "press");
		assertThat(names(taxonomy.get("equipment").get("exercise-ball").get("synonyms"))).contains("fitball",
				"swiss ball");
		assertThat(taxonomy.get("conditions").has("spinal-disc-herniation")).isTrue();
	}

	@Test
	void shouldServeAnExerciseAsACatalogFileThatReadsBackToTheSameExercise() {
		HttpResponse<String> markdown = this.http.get("/api/v1/exercises/bird-dog", "text/markdown");
		assertThat(markdown.statusCode()).isEqualTo(200);
		assertThat(TestHttp.contentType(markdown)).startsWith("text/markdown");
		assertThat(markdown.body()).startsWith("---\nslug: bird-dog\n").contains("## How to perform");
		Taxonomy taxonomy = this.catalog.taxonomy();
		assertThat(new CatalogFileReader(taxonomy).read("bird-dog.md", markdown.body()).exercise())
			.isEqualTo(this.catalog.find("bird-dog"));
	}

	static Stream<Arguments> badRequests() {
		return Stream.of(Arguments.of("/api/v1/exercises?size=0", 400, "size"),
				Arguments.of("/api/v1/exercises?size=101", 400, "size"),
				Arguments.of("/api/v1/exercises?size=ten", 400, "size"),
				Arguments.of("/api/v1/exercises?page=-1", 400, "page"),
				Arguments.of("/api/v1/exercises?page=1e3", 400, "page"),
				Arguments.of("/api/v1/exercises?page=99999999999", 400, "page"),
				Arguments.of("/api/v1/exercises?level=expert", 400, "level"),
				Arguments.of("/api/v1/exercises?bodyPart=wings", 400, "bodyPart"),
				Arguments.of("/api/v1/exercises?muscle=biceps-femoris", 400, "muscle"),
				Arguments.of("/api/v1/exercises?equipment=dumbbell&equipment=spaceship", 400, "equipment"),
				Arguments.of("/api/v1/exercises?category=yoga", 400, "category"),
				Arguments.of("/api/v1/exercises?force=shove", 400, "force"),
				Arguments.of("/api/v1/exercises?mechanic=hybrid", 400, "mechanic"),
				Arguments.of("/api/v1/exercises?sort=random", 400, "sort"),
				Arguments.of("/api/v1/exercises?targetOnly=maybe", 400, "targetOnly"),
				Arguments.of("/api/v1/exercises?level=beginner&level=advanced", 400, "level"),
				Arguments.of("/api/v1/exercises?lvl=beginner", 400, "lvl"),
				Arguments.of("/api/v1/exercises?level=%ff%fe", 400, null),
				Arguments.of("/api/v1/exercises?level=%00%01", 400, "level"),
				Arguments.of("/api/v1/exercises/NOT-A-SLUG", 400, "slug"),
				Arguments.of("/api/v1/exercises/" + "a".repeat(81), 400, "slug"),
				Arguments.of("/api/v1/exercises/%ff%fe", 400, null), Arguments.of("/api/v1/exercises/%00", 400, null),
				Arguments.of("/api/v1/exercises/no-such-exercise", 404, "slug"),
				Arguments.of("/api/v1/exercises/bird-dog?x=1", 400, "x"),
				Arguments.of("/api/v1/taxonomy?x=1", 400, "x"), Arguments.of("/api/v1/no-such-endpoint", 404, null));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@MethodSource("badRequests")
	void shouldAnswerBadInputWithAProblemNamingTheParameter(String path, int status, String parameter) {
		HttpResponse<String> response = this.http.get(path);
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(TestHttp.contentType(response)).startsWith("application/problem+json");
		JsonNode problem = TestHttp.json(response);
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("detail").asString()).isNotBlank();
		if (parameter != null) {
			assertThat(problem.get("parameter").asString()).isEqualTo(parameter);
			if (status == 400) {
				assertThat(problem.get("allowed").asString()).isNotBlank();
			}
		}
	}

	@Test
	void shouldNameTheAllowedValuesOfAnUnknownToken() {
		JsonNode problem = TestHttp.json(this.http.get("/api/v1/exercises?level=expert"));
		assertThat(problem.get("allowed").asString()).isEqualTo("beginner, intermediate, advanced");
		assertThat(problem.get("detail").asString()).contains("'level'").contains("expert");
	}

	@Test
	void shouldAnswerAnUnknownSlugWithAProblemEvenWhenMarkdownWasAsked() {
		HttpResponse<String> response = this.http.get("/api/v1/exercises/no-such-exercise", "text/markdown");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(TestHttp.contentType(response)).startsWith("application/problem+json");
	}

	@Test
	void shouldDocumentTheApiWithOpenApi() {
		JsonNode spec = ok("/v3/api-docs");
		assertThat(spec.get("paths").has("/api/v1/exercises")).isTrue();
		assertThat(spec.get("paths").has("/api/v1/exercises/{slug}")).isTrue();
		assertThat(spec.get("paths").has("/api/v1/taxonomy")).isTrue();
		assertThat(this.http.get("/swagger-ui/index.html", "text/html").statusCode()).isEqualTo(200);
	}

	@Test
	void shouldExposeHealthToAnyoneAndKeepMetricsForAdmins() {
		assertThat(ok("/actuator/health").get("status").asString()).isEqualTo("UP");
		// RolesTests scrapes them as the admin
		HttpResponse<String> metrics = this.http.get("/actuator/prometheus", "text/plain");
		assertThat(metrics.statusCode()).isEqualTo(401);
		assertThat(metrics.body()).doesNotContain("jvm_memory_used_bytes");
	}

	private JsonNode ok(String path) {
		HttpResponse<String> response = this.http.get(path);
		assertThat(response.statusCode()).as(path + " -> " + response.body()).isEqualTo(200);
		return TestHttp.json(response);
	}

	private Set<String> allSlugs(String path) {
		Set<String> slugs = new HashSet<>();
		int total = ok(path + "&size=1").get("total").asInt();
		for (int page = 0; page * 100 < total; page++) {
			slugs.addAll(slugs(ok(path + "&size=100&page=" + page)));
		}
		assertThat(slugs).hasSize(total);
		return slugs;
	}

	private static Set<String> slugs(JsonNode page) {
		Set<String> slugs = new HashSet<>();
		page.get("items").forEach((i) -> slugs.add(i.get("slug").asString()));
		return slugs;
	}

	private static List<String> names(JsonNode array) {
		List<String> names = new ArrayList<>();
		array.forEach((n) -> names.add(n.asString()));
		return names;
	}

}
