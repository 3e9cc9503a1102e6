package org.fitatlas.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.fitatlas.TestHttp;
import org.fitatlas.catalog.CatalogFiles;
import org.fitatlas.catalog.Exercise;
import org.fitatlas.catalog.ExerciseCatalog;
import org.fitatlas.planning.Goal;
import org.fitatlas.planning.Plan;
import org.fitatlas.planning.PlanGenerator;
import org.fitatlas.planning.PlanRequest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * An editor's journey with imports, in an app of its own (the imports grow its catalog):
 * the 20-record fixture is created or merged, a re-run changes nothing, gaps show as not
 * written yet and keep the exercise out of plans, the real free-exercise-db is imported
 * whole, and an export read back or imported again reproduces the catalog exactly.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "fitatlas.database.data-dir=target/test-pg/${random.uuid}", "fitatlas.database.clean=true" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImportJourneyTests {

	@Autowired
	ExerciseImports imports;

	@Autowired
	ExerciseCatalog catalog;

	@Autowired
	PlanGenerator plans;

	@LocalServerPort
	int port;

	@Test
	@Order(1)
	void shouldCreateOrMergeEveryFixtureRecord() throws IOException {
		int before = this.catalog.active().size();
		ImportSummary summary = this.imports.freeExerciseDb("exercises.json",
				Files.readAllBytes(ForeignDatasetsTests.FIXTURE), ImportProgress.NONE);
		assertThat(summary.read()).isEqualTo(20);
		assertThat(summary.skipped()).isEmpty();
		assertThat(summary.merged()).extracting(ImportSummary.Merged::foreignId, ImportSummary.Merged::slug)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Forearm_Plank", "plank"),
					org.assertj.core.groups.Tuple.tuple("Barbell_Back_Squat", "barbell-back-squat"),
					org.assertj.core.groups.Tuple.tuple("Push-Up", "push-up"));
		assertThat(summary.created()).isEqualTo(17);
		assertThat(this.catalog.active()).hasSize(before + 17);
		Exercise pushUp = this.catalog.find("push-up").orElseThrow();
		assertThat(pushUp.aliases()).contains("Push-Ups");
		assertThat(pushUp.sources()).anySatisfy((s) -> assertThat(s).contains("free-exercise-db").contains("Push-Up"));
		assertThat(pushUp.missing()).as("our text is kept whole").isEmpty();
		Exercise snatch = this.catalog.find("hang-snatch-pull").orElseThrow();
		assertThat(snatch.missing()).contains("summary", "tips", "defaultDose", "position", "contraindications");
		assertThat(this.imports.review("free-exercise-db", "tips")).hasSize(17);
	}

	@Test
	@Order(2)
	void shouldChangeNothingWhenRunAgain() throws IOException {
		long version = this.catalog.version();
		List<Exercise> before = this.catalog.active();
		ImportSummary again = this.imports.freeExerciseDb("exercises.json",
				Files.readAllBytes(ForeignDatasetsTests.FIXTURE), ImportProgress.NONE);
		assertThat(again.created()).isZero();
		assertThat(again.merged()).isEmpty();
		assertThat(again.skipped()).hasSize(20)
			.allSatisfy((s) -> assertThat(s.reason()).startsWith("already imported"));
		assertThat(this.catalog.version()).isEqualTo(version);
		assertThat(this.catalog.active()).isEqualTo(before);
	}

	@Test
	@Order(3)
	void shouldShowWhatIsMissingAsNotWrittenYet() {
		String page = new TestHttp(this.port).get("/exercises/hang-snatch-pull", "text/html").body();
		assertThat(page).contains("Hang Snatch Pull").contains("Not written yet").contains("Drive up onto the toes");
		assertThat(page).doesNotContain("Log a set");
	}

	@Test
	@Order(3)
	void shouldLetAPersonLogAnImportedExerciseWhoseDoseIsNotWrittenYet() {
		org.fitatlas.accounts.ApiClient ida = org.fitatlas.accounts.ApiClient.registered(new TestHttp(this.port),
				"ida");
		TestHttp browser = new TestHttp(this.port, true);
		assertThat(browser.postForm("/login", "/login",
				"email=" + java.net.URLEncoder.encode(ida.email, java.nio.charset.StandardCharsets.UTF_8) + "&password="
						+ java.net.URLEncoder.encode(ida.password, java.nio.charset.StandardCharsets.UTF_8))
			.statusCode()).isEqualTo(302);
		assertThat(browser.get("/exercises/hang-snatch-pull", "text/html").body()).contains("/train/quick-log");

		java.net.http.HttpResponse<String> quick = browser.postForm("/exercises/hang-snatch-pull", "/train/quick-log",
				"exercise=hang-snatch-pull");
		assertThat(quick.statusCode()).as(quick.body()).isEqualTo(302);
		String player = quick.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		java.net.http.HttpResponse<String> page = browser.get(player, "text/html");
		assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
		assertThat(page.body()).contains("3 × 8–12 reps").contains("own dose is not written yet");
		String session = player.replaceAll(".*/train/sessions/([^?]+).*", "$1");
		assertThat(browser
			.postForm(player, "/train/sessions/" + session + "/sets",
					"exercise=hang-snatch-pull&reps=8&loadKg=40&pain=0&rir=2&setType=working&item=0")
			.statusCode()).isEqualTo(302);
		java.net.http.HttpResponse<String> next = ida.get("/api/v1/progression/hang-snatch-pull");
		assertThat(next.statusCode()).as(next.body()).isEqualTo(200);
		assertThat(next.body()).contains("\"sets\":3");
	}

	@Test
	@Order(4)
	void shouldLeaveExercisesWithoutSafetyFieldsOutOfEveryPlan() {
		for (List<String> conditions : List.of(List.<String>of(), List.of("knee-pain"), List.of("pregnancy"))) {
			Plan plan = this.plans.generate(new PlanRequest(Goal.STRENGTH, "beginner", 3, 45, 4,
					List.of("barbell", "dumbbell", "kettlebell", "machine", "cable", "band"), conditions,
					conditions.contains("pregnancy") ? 1 : null, List.of(), List.of(), null, 7));
			List<String> used = plan.weeks()
				.stream()
				.flatMap((w) -> w.sessions().stream())
				.flatMap((s) -> s.blocks().stream())
				.flatMap((b) -> b.items().stream())
				.map((i) -> i.exercise().slug())
				.toList();
			assertThat(used).isNotEmpty()
				.allSatisfy((slug) -> assertThat(this.catalog.find(slug).orElseThrow().plannable()).isTrue());
		}
	}

	@Test
	@Order(5)
	void shouldWriteNothingWhenAPageOfTheZipIsBad() throws IOException {
		long version = this.catalog.version();
		String good = Files.readString(Path.of("src/test/resources/pages/knee-hug-page.md"));
		String bad = good.replace("# Double Knee Hug", "# Bad Knee Hug")
			.replace("**Category:** Stretching", "**Category:** Juggling");
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
			zip.putNextEntry(new java.util.zip.ZipEntry("a-good.md"));
			zip.write(good.getBytes());
			zip.putNextEntry(new java.util.zip.ZipEntry("b-bad.md"));
			zip.write(bad.getBytes());
		}
		assertThatThrownBy(() -> this.imports.markdownZip("club.zip", out.toByteArray(), ImportProgress.NONE))
			.isInstanceOf(BadImportFile.class)
			.hasMessageStartingWith("b-bad.md: category (Category): 'Juggling' is not a known categories value");
		assertThat(this.catalog.version()).isEqualTo(version);
		assertThat(this.catalog.find("double-knee-hug")).isEmpty();
	}

	@Test
	@Order(6)
	void shouldCreateOrMergeEveryRecordOfTheRealFile() throws IOException {
		assumeTrue(Files.isRegularFile(ForeignDatasetsTests.REAL_FILE),
				"../shared/datasets/free-exercise-db is absent on this machine: skipping the real-file import "
						+ "(the 20-record fixture covers the format)");
		int before = this.catalog.active().size();
		ImportSummary summary = this.imports.freeExerciseDb("exercises.json",
				Files.readAllBytes(ForeignDatasetsTests.REAL_FILE), ImportProgress.NONE);
		assertThat(summary.read()).isEqualTo(873);
		assertThat(summary.skipped()).as("no record lost").isEmpty();
		assertThat(summary.created() + summary.merged().size()).isEqualTo(873);
		assertThat(this.catalog.active()).hasSize(before + summary.created());
		Map<String, List<String>> bySlug = summary.merged()
			.stream()
			.collect(Collectors.groupingBy(ImportSummary.Merged::slug, java.util.TreeMap::new,
					Collectors.mapping(ImportSummary.Merged::name, Collectors.toList())));
		System.out.println("free-exercise-db: " + summary.lines() + "; merges (" + summary.merged().size() + "):");
		bySlug.forEach((slug, names) -> System.out.println("  " + slug + " <- " + names));
		ImportSummary again = this.imports.freeExerciseDb("exercises.json",
				Files.readAllBytes(ForeignDatasetsTests.REAL_FILE), ImportProgress.NONE);
		assertThat(again.created() + again.merged().size()).isZero();
	}

	@Test
	@Order(7)
	void shouldReproduceTheCatalogFromItsExport(@TempDir Path dir) {
		List<Exercise> active = this.catalog.active();
		ExportSummary export = this.imports.exportCatalog(dir, ImportProgress.NONE);
		assertThat(export.exercises()).isEqualTo(active.size());
		CatalogFiles.FolderRead read = CatalogFiles.read(dir);
		assertThat(read.problems()).isEmpty();
		assertThat(read.exercises()).containsExactlyInAnyOrderElementsOf(active);
		long version = this.catalog.version();
		ImportSummary again = this.imports.markdown(dir, ImportProgress.NONE);
		assertThat(again.read()).isEqualTo(active.size());
		assertThat(again.created()).isZero();
		assertThat(again.merged()).isEmpty();
		assertThat(again.skipped())
			.allSatisfy((s) -> assertThat(s.reason()).isEqualTo("identical to the catalog's exercise"));
		assertThat(this.catalog.version()).isEqualTo(version);
	}

}
