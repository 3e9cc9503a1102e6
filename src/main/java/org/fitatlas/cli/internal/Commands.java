package org.fitatlas.cli.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.fitatlas.catalog.CatalogFiles;
import org.fitatlas.imports.BadImportFile;
import org.fitatlas.imports.ExerciseImports;
import org.fitatlas.imports.ExportSummary;
import org.fitatlas.imports.ImportSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * FitAtlas's commands. Those that need the database start the app without its web server
 * on the database the web app uses; {@code --set key=value} passes any setting (e.g.
 * {@code fitatlas.database.data-dir}).
 */
@Command(name = "fitatlas", mixinStandardHelpOptions = true, version = "FitAtlas 0.1.0",
		description = "An open exercise atlas and training planner. With no command the web app starts.",
		subcommands = { Commands.Serve.class, Commands.Import.class, Commands.Export.class, PlanCommand.class,
				Commands.ValidateCatalog.class, Commands.CreateAdmin.class, Commands.Backup.class,
				Commands.Restore.class })
public final class Commands {

	static final PrintStream OUT = System.out;

	static final PrintStream ERR = System.err;

	/** Settings handed to the app, as Spring's {@code --key=value} arguments. */
	static List<String> springArgs(List<String> settings) {
		return settings.stream().map((s) -> "--" + s).toList();
	}

	/** Runs a command against a started app, closing it afterwards. */
	static int withApp(List<String> settings, AppWork work) {
		try (ConfigurableApplicationContext app = AppContext.start(springArgs(settings))) {
			return work.run(app);
		}
		catch (BadImportFile ex) {
			ERR.println("Refused, nothing was written: " + ex.getMessage());
			return 2;
		}
		catch (IllegalArgumentException ex) {
			ERR.println("Refused: " + ex.getMessage());
			return 2;
		}
		catch (Exception ex) {
			ERR.println("Failed: " + ex);
			return 1;
		}
	}

	/** What a command does with the running app. */
	@FunctionalInterface
	interface AppWork {

		int run(ConfigurableApplicationContext app) throws Exception;

	}

	static void print(ImportSummary summary) {
		summary.lines().forEach(OUT::println);
		summary.merged()
			.forEach((m) -> OUT.println("  merged: " + m.foreignId() + " (" + m.name() + ") into " + m.slug()));
	}

	@Command(name = "serve", mixinStandardHelpOptions = true,
			description = "Start the web app (the default when no command is given). Spring arguments such as "
					+ "--server.port=18080 pass through.")
	static final class Serve implements Callable<Integer> {

		@Unmatched
		List<String> args = new ArrayList<>();

		@Override
		public Integer call() {
			SpringApplication.run(AppContext.application(), this.args.toArray(String[]::new));
			return 0;
		}

	}

	@Command(name = "import", mixinStandardHelpOptions = true, description = "Import exercises into the catalog.",
			subcommands = { Import.FreeExerciseDb.class, Import.Markdown.class })
	static final class Import {

		@Command(name = "free-exercise-db", mixinStandardHelpOptions = true,
				description = "Import free-exercise-db's exercises.json: records that are exercises we have are "
						+ "merged into them, the others created; re-running changes nothing.")
		static final class FreeExerciseDb implements Callable<Integer> {

			@Parameters(paramLabel = "FILE", description = "free-exercise-db's exercises.json")
			Path file;

			@Option(names = "--set", paramLabel = "KEY=VALUE",
					description = "An app setting, e.g. fitatlas.database.data-dir=DIR")
			List<String> settings = new ArrayList<>();

			@Override
			public Integer call() {
				return withApp(this.settings, (app) -> {
					byte[] content = read(this.file);
					ImportSummary summary = app.getBean(ExerciseImports.class)
						.freeExerciseDb(this.file.getFileName().toString(), content, new ProgressBar(ERR, "import"));
					print(summary);
					return 0;
				});
			}

		}

		@Command(name = "markdown", mixinStandardHelpOptions = true,
				description = "Import the Markdown pages of a folder or a .zip: our catalog format or pages with "
						+ "'- **Body Part:** …' metadata bullets.")
		static final class Markdown implements Callable<Integer> {

			@Parameters(paramLabel = "DIR|ZIP", description = "A folder of .md pages or a .zip of them")
			Path path;

			@Option(names = "--set", paramLabel = "KEY=VALUE", description = "An app setting")
			List<String> settings = new ArrayList<>();

			@Override
			public Integer call() {
				return withApp(this.settings, (app) -> {
					print(app.getBean(ExerciseImports.class).markdown(this.path, new ProgressBar(ERR, "import")));
					return 0;
				});
			}

		}

	}

	static byte[] read(Path file) throws java.io.IOException {
		if (!Files.isRegularFile(file)) {
			throw new IllegalArgumentException(file + " is not a file");
		}
		if (Files.size(file) > 16L * 1024 * 1024) {
			throw BadImportFile.file(file.getFileName().toString(),
					"is " + Files.size(file) / 1024 / 1024 + " MB; an import reads at most 16 MB (split the file)");
		}
		return Files.readAllBytes(file);
	}

	@Command(name = "export", mixinStandardHelpOptions = true, description = "Export data.",
			subcommands = { Export.Catalog.class })
	static final class Export {

		@Command(name = "catalog", mixinStandardHelpOptions = true,
				description = "Write every exercise as DIR/exercises/<slug>.md and the taxonomy as DIR/taxonomy.yml, "
						+ "in the catalog format: 'import markdown DIR' reads it back to the same catalog.")
		static final class Catalog implements Callable<Integer> {

			@Parameters(paramLabel = "DIR", description = "The folder to write (created when absent)")
			Path dir;

			@Option(names = "--set", paramLabel = "KEY=VALUE", description = "An app setting")
			List<String> settings = new ArrayList<>();

			@Override
			public Integer call() {
				return withApp(this.settings, (app) -> {
					ExportSummary summary = app.getBean(ExerciseImports.class)
						.exportCatalog(this.dir, new ProgressBar(ERR, "export"));
					OUT.println("Export to " + summary.folder() + ": wrote " + summary.exercises() + " exercises, "
							+ "skipped 0 (" + summary.millis() + " ms)");
					return 0;
				});
			}

		}

	}

	@Command(name = "validate-catalog", mixinStandardHelpOptions = true,
			description = "Check a catalog folder (taxonomy.yml and exercises/*.md) and name the file and field of "
					+ "every problem. Needs no database.")
	static final class ValidateCatalog implements Callable<Integer> {

		@Parameters(paramLabel = "DIR", description = "A catalog folder, e.g. catalog")
		Path dir;

		@Override
		public Integer call() {
			if (!Files.isDirectory(this.dir.resolve("exercises"))) {
				ERR.println(this.dir + " is not a catalog folder: it has no exercises/ folder");
				return 2;
			}
			CatalogFiles.FolderRead read = CatalogFiles.read(this.dir);
			read.problems().forEach((p) -> OUT.println("problem: " + p));
			OUT.println("Validated " + this.dir + ": read " + read.files() + ", valid " + read.exercises().size()
					+ ", problems " + read.problems().size());
			return read.problems().isEmpty() ? 0 : 1;
		}

	}

	@Command(name = "create-admin", mixinStandardHelpOptions = true,
			description = "Create an admin account (skipped when the email has an account). The password is read "
					+ "from the console, or from standard input with --password-stdin.")
	static final class CreateAdmin implements Callable<Integer> {

		@Parameters(paramLabel = "EMAIL")
		String email;

		@Option(names = "--password-stdin", description = "Read the password from the first line of standard input")
		boolean stdin;

		@Option(names = "--set", paramLabel = "KEY=VALUE", description = "An app setting")
		List<String> settings = new ArrayList<>();

		@Override
		public Integer call() throws Exception {
			String password;
			if (this.stdin || System.console() == null) {
				password = new java.io.BufferedReader(new java.io.InputStreamReader(System.in)).readLine();
			}
			else {
				password = new String(System.console().readPassword("Password for %s: ", this.email));
			}
			if (password == null || password.isBlank()) {
				ERR.println("Refused: no password given");
				return 2;
			}
			List<String> settings = new ArrayList<>(this.settings);
			// the accounts module's own start-up step creates the admin from these
			// settings
			settings.add("fitatlas.admin.email=" + this.email);
			settings.add("fitatlas.admin.password=" + password);
			return withApp(settings, (app) -> {
				OUT.println("Admin account " + this.email + ": created, or kept when it existed (read 1, skipped 0)");
				return 0;
			});
		}

	}

	@Command(name = "backup", mixinStandardHelpOptions = true,
			description = "Write every table of the database to FILE (a zip of CSV files, made with COPY: the "
					+ "embedded PostgreSQL has no pg_dump).")
	static final class Backup implements Callable<Integer> {

		@Parameters(paramLabel = "FILE")
		Path file;

		@Option(names = "--set", paramLabel = "KEY=VALUE", description = "An app setting")
		List<String> settings = new ArrayList<>();

		@Override
		public Integer call() {
			return withApp(this.settings, (app) -> {
				Map<String, Long> rows = new DatabaseCopy(app.getBean(javax.sql.DataSource.class)).backup(this.file,
						new ProgressBar(ERR, "backup"));
				OUT.println("Backup to " + this.file + ": " + rows.size() + " tables, "
						+ rows.values().stream().mapToLong(Long::longValue).sum() + " rows " + rows);
				return 0;
			});
		}

	}

	@Command(name = "restore", mixinStandardHelpOptions = true,
			description = "Replace every row of the database with a backup's, in one transaction. Stop the web app "
					+ "first.")
	static final class Restore implements Callable<Integer> {

		@Parameters(paramLabel = "FILE")
		Path file;

		@Option(names = "--set", paramLabel = "KEY=VALUE", description = "An app setting")
		List<String> settings = new ArrayList<>();

		@Override
		public Integer call() {
			return withApp(this.settings, (app) -> {
				Map<String, Long> rows = new DatabaseCopy(app.getBean(javax.sql.DataSource.class)).restore(this.file,
						new ProgressBar(ERR, "restore"));
				OUT.println("Restore from " + this.file + ": " + rows.size() + " tables, "
						+ rows.values().stream().mapToLong(Long::longValue).sum() + " rows " + rows);
				return 0;
			});
		}

	}

}
