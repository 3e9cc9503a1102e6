package org.fitatlas.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import org.fitatlas.TestHttp;
import org.fitatlas.catalog.internal.CatalogSynchronizer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loading the catalog is idempotent, an edited file updates its exercise, a removed file
 * retires it without breaking links to it, and a broken file keeps the last good version.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "fitatlas.database.data-dir=target/test-pg/${random.uuid}", "fitatlas.database.clean=true" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CatalogSyncTests {

	static final Path CATALOG = copyOfTheCatalog();

	@DynamicPropertySource
	static void catalogDir(DynamicPropertyRegistry registry) {
		registry.add("fitatlas.catalog.dir", CATALOG::toString);
	}

	@Autowired
	CatalogSynchronizer synchronizer;

	@Autowired
	ExerciseCatalog catalog;

	@LocalServerPort
	int port;

	@Test
	@Order(1)
	void shouldChangeNothingWhenLoadedTwice() {
		CatalogSynchronizer.SyncReport again = this.synchronizer.sync();
		assertThat(again.added() + again.updated() + again.retired()).isZero();
		assertThat(again.problems()).isEmpty();
		assertThat(this.catalog.active()).hasSizeGreaterThanOrEqualTo(220);
	}

	@Test
	@Order(2)
	void shouldUpdateAnExerciseWhenItsFileIsEdited() throws IOException {
		Path file = CATALOG.resolve("exercises/bird-dog.md");
		Files.writeString(file, Files.readString(file).replace("name: Bird Dog", "name: Bird Dog (Plane)"));
		CatalogSynchronizer.SyncReport report = this.synchronizer.sync();
		assertThat(report.updated()).isEqualTo(1);
		assertThat(report.added() + report.retired()).isZero();
		assertThat(this.catalog.find("bird-dog")).get().extracting(Exercise::name).isEqualTo("Bird Dog (Plane)");
		JsonNode json = TestHttp.json(new TestHttp(this.port).get("/api/v1/exercises/bird-dog"));
		assertThat(json.get("name").asString()).isEqualTo("Bird Dog (Plane)");
	}

	@Test
	@Order(3)
	void shouldRetireARemovedFileAndKeepItReadable() throws IOException {
		Path file = CATALOG.resolve("exercises/wall-sit-hold-test.md");
		Files.writeString(file, Files.readString(CATALOG.resolve("exercises/wall-sit.md"))
			.replace("slug: wall-sit", "slug: wall-sit-hold-test"));
		assertThat(this.synchronizer.sync().added()).isEqualTo(1);
		int before = this.catalog.active().size();
		Files.delete(file);
		CatalogSynchronizer.SyncReport report = this.synchronizer.sync();
		assertThat(report.retired()).isEqualTo(1);
		assertThat(this.catalog.active()).hasSize(before - 1);
		assertThat(this.catalog.detail("wall-sit-hold-test").retired()).isTrue();
		TestHttp http = new TestHttp(this.port);
		HttpResponse<String> retired = http.get("/api/v1/exercises/wall-sit-hold-test");
		assertThat(retired.statusCode()).isEqualTo(200);
		assertThat(TestHttp.json(retired).get("retired").asBoolean()).isTrue();
		assertThat(http.get("/exercises/wall-sit-hold-test", "text/html").body()).contains("has been retired");
		JsonNode list = TestHttp.json(http.get("/api/v1/exercises?size=1"));
		assertThat(list.get("total").asInt()).isEqualTo(before - 1);
	}

	@Test
	@Order(4)
	void shouldKeepTheLastGoodVersionWhenAFileBreaks() throws IOException {
		Path file = CATALOG.resolve("exercises/plank.md");
		String good = Files.readString(file);
		Files.writeString(file, good.replace("level: intermediate", "level: legendary"));
		CatalogSynchronizer.SyncReport report = this.synchronizer.sync();
		assertThat(report.problems()).anySatisfy((p) -> {
			assertThat(p.file()).isEqualTo("plank.md");
			assertThat(p.field()).isEqualTo("level");
		});
		assertThat(report.retired()).isZero();
		assertThat(this.catalog.find("plank")).get().extracting(Exercise::level).isEqualTo("intermediate");
		Files.writeString(file, good);
		assertThat(this.synchronizer.sync().problems()).isEmpty();
	}

	@Test
	@Order(5)
	void shouldShowTheBodyMapAndSayItIsNotDrawnForAnExerciseWithoutADemo() throws IOException {
		Path file = CATALOG.resolve("exercises/wall-sit-undrawn-test.md");
		Files.writeString(file,
				Files.readString(CATALOG.resolve("exercises/wall-sit.md"))
					.replace("slug: wall-sit", "slug: wall-sit-undrawn-test")
					.replaceAll("(?m)^demo:.*\n", ""));
		assertThat(this.synchronizer.sync().added()).isEqualTo(1);
		TestHttp http = new TestHttp(this.port);
		assertThat(http.get("/exercises/wall-sit-undrawn-test", "text/html").body())
			.contains("A demonstration is not drawn yet")
			.contains("/exercises/wall-sit-undrawn-test/demo.svg");
		HttpResponse<String> picture = http.get("/exercises/wall-sit-undrawn-test/demo.svg");
		assertThat(picture.statusCode()).isEqualTo(200);
		assertThat(picture.body()).contains("A demonstration is not drawn yet").doesNotContain("@keyframes");
		assertThat(http.get("/exercises/wall-sit", "text/html").body()).doesNotContain("not drawn yet");
		Files.delete(file);
		this.synchronizer.sync();
	}

	private static Path copyOfTheCatalog() {
		try {
			Path target = Files.createTempDirectory("fitatlas-catalog");
			Path source = Path.of("catalog");
			try (Stream<Path> paths = Files.walk(source)) {
				for (Path path : (Iterable<Path>) paths::iterator) {
					Path copy = target.resolve(source.relativize(path).toString());
					if (Files.isDirectory(path)) {
						Files.createDirectories(copy);
					}
					else {
						Files.copy(path, copy, StandardCopyOption.REPLACE_EXISTING);
					}
				}
			}
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
