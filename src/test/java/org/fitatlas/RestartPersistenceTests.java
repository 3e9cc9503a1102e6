package org.fitatlas;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;

import org.fitatlas.catalog.ExerciseCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole app started twice on one data directory, as a person restarting it would: the
 * database survives, and a catalog file edited in between shows after the restart.
 */
class RestartPersistenceTests {

	@TempDir
	Path temp;

	@Test
	void shouldKeepTheDatabaseAndPickUpAnEditedFileAfterARestart() throws IOException {
		Path data = this.temp.resolve("data");
		Path catalog = this.temp.resolve("catalog");
		FileSystemUtils.copyRecursively(Path.of("catalog"), catalog);

		OffsetDateTime firstLoaded;
		long firstVersion;
		try (ConfigurableApplicationContext app = start(data, catalog)) {
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			firstLoaded = created(jdbc, "cat-cow");
			firstVersion = app.getBean(ExerciseCatalog.class).version();
			jdbc.sql("create table restart_marker (note text)").update();
			jdbc.sql("insert into restart_marker values ('written before the restart')").update();
		}

		Path file = catalog.resolve("exercises/cat-cow.md");
		Files.writeString(file, Files.readString(file).replace("name: Cat-Cow", "name: Cat-Cow (Lazy Cat)"));

		try (ConfigurableApplicationContext app = start(data, catalog)) {
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			assertThat(jdbc.sql("select note from restart_marker").query(String.class).single())
				.isEqualTo("written before the restart");
			assertThat(created(jdbc, "cat-cow")).as("the row was kept, not loaded afresh").isEqualTo(firstLoaded);
			ExerciseCatalog exercises = app.getBean(ExerciseCatalog.class);
			assertThat(exercises.find("cat-cow")).get().extracting((e) -> e.name()).isEqualTo("Cat-Cow (Lazy Cat)");
			assertThat(exercises.version()).isEqualTo(firstVersion + 1);
		}
	}

	private static OffsetDateTime created(JdbcClient jdbc, String slug) {
		return jdbc.sql("select created_at from exercise where slug = :slug")
			.param("slug", slug)
			.query(OffsetDateTime.class)
			.single();
	}

	private static ConfigurableApplicationContext start(Path data, Path catalog) {
		return new SpringApplicationBuilder(FitAtlasApplication.class).run("--server.port=0",
				"--fitatlas.database.data-dir=" + data, "--fitatlas.catalog.dir=" + catalog);
	}

}
