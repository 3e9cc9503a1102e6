package org.fitatlas.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.fitatlas.catalog.Exercise;
import org.fitatlas.catalog.Taxonomy;
import org.fitatlas.catalog.internal.CatalogFileReader;
import org.fitatlas.catalog.internal.CatalogSource;
import org.fitatlas.catalog.internal.TaxonomyReader;
import org.fitatlas.imports.ForeignDatasets;
import org.fitatlas.imports.ForeignExercise;

/**
 * The benchmark corpus: the repository catalog plus free-exercise-db read by the
 * importer into {@link Exercise} records, repeated with distinct slugs up to a target size.
 *
 * <p>
 * Paths: the catalog folder and the free-exercise-db {@code exercises.json} are taken
 * from the arguments when given (JMH {@code -p catalog=...}, {@code -p dataset=...}),
 * else from the system properties {@code fitatlas.bench.catalog} and
 * {@code fitatlas.bench.dataset}, else from the environment variables
 * {@code FITATLAS_BENCH_CATALOG} and {@code FITATLAS_BENCH_DATASET}, else relative to
 * {@code bench/}: {@code ../catalog} and
 * {@code ../../shared/datasets/free-exercise-db/exercises.json}.
 */
public record Corpus(Taxonomy taxonomy, List<Exercise> catalog, List<Exercise> freeExerciseDb,
		List<Exercise> exercises) {

	public static final String DEFAULT_CATALOG = "../catalog";

	public static final String DEFAULT_DATASET = "../../shared/datasets/free-exercise-db/exercises.json";

	/** Loads both sources and repeats them up to {@code size} exercises. */
	public static Corpus load(String catalogArg, String datasetArg, int size) {
		Path catalogDir = resolve(catalogArg, "fitatlas.bench.catalog", "FITATLAS_BENCH_CATALOG", DEFAULT_CATALOG);
		Path dataset = resolve(datasetArg, "fitatlas.bench.dataset", "FITATLAS_BENCH_DATASET", DEFAULT_DATASET);
		if (!Files.isDirectory(catalogDir.resolve("exercises"))) {
			throw new IllegalStateException("FitAtlas catalog folder is absent: no " + catalogDir.resolve("exercises")
					+ " (give it with -p catalog=DIR, -Dfitatlas.bench.catalog=DIR or FITATLAS_BENCH_CATALOG)");
		}
		if (!Files.isRegularFile(dataset)) {
			throw new IllegalStateException("free-exercise-db is absent: no file at " + dataset
					+ " (give it with -p dataset=FILE, -Dfitatlas.bench.dataset=FILE or FITATLAS_BENCH_DATASET)");
		}
		CatalogSource source = new CatalogSource(catalogDir);
		Taxonomy taxonomy = TaxonomyReader.read(source.taxonomy());
		CatalogFileReader reader = new CatalogFileReader(taxonomy);
		List<Exercise> catalog = source.exercises()
			.stream()
			.map((f) -> reader.read(f.name(), f.text()).exercise().orElseThrow())
			.toList();
		Set<String> slugs = new HashSet<>();
		catalog.forEach((e) -> slugs.add(e.slug()));
		List<Exercise> converted = freeExerciseDb(dataset, slugs, taxonomy);
		List<Exercise> base = new ArrayList<>(catalog);
		base.addAll(converted);
		return new Corpus(taxonomy, catalog, converted, repeat(base, size));
	}

	/**
	 * Prints what the corpus holds and checks every converted token against the taxonomy.
	 * {@code java -cp bench/target/benchmarks.jar org.fitatlas.bench.Corpus [size]}
	 */
	public static void main(String[] args) {
		int size = (args.length > 0) ? Integer.parseInt(args[0]) : 10000;
		Corpus corpus = load("", "", size);
		Taxonomy t = corpus.taxonomy();
		int bad = 0;
		Map<String, Integer> equipment = new java.util.TreeMap<>();
		for (Exercise e : corpus.freeExerciseDb()) {
			List<String> problems = new ArrayList<>();
			check(t, Taxonomy.BODY_PARTS, List.of(e.bodyPart()), problems);
			check(t, Taxonomy.MUSCLES, e.targetMuscles(), problems);
			check(t, Taxonomy.MUSCLES, e.secondaryMuscles(), problems);
			check(t, Taxonomy.EQUIPMENT, e.equipment(), problems);
			check(t, Taxonomy.LEVELS, List.of(e.level()), problems);
			check(t, Taxonomy.CATEGORIES, List.of(e.category()), problems);
			check(t, Taxonomy.FORCES, List.of(e.force()), problems);
			check(t, Taxonomy.MECHANICS, List.of(e.mechanic()), problems);
			check(t, Taxonomy.POSITIONS, List.of(e.position()), problems);
			check(t, Taxonomy.SIDES, List.of(e.sides()), problems);
			if (!problems.isEmpty()) {
				bad++;
				System.out.println(e.slug() + ": " + problems);
			}
			e.equipment().forEach((x) -> equipment.merge(x, 1, Integer::sum));
		}
		System.out.printf("%d exercises: %d catalog + %d free-exercise-db, repeated to %d; %d with unknown tokens%n",
				corpus.exercises().size(), corpus.catalog().size(), corpus.freeExerciseDb().size(), size, bad);
		System.out.println("free-exercise-db equipment tokens: " + equipment);
		System.out.println("last slug: " + corpus.exercises().get(corpus.exercises().size() - 1).slug());
	}

	private static void check(Taxonomy t, String table, List<String> tokens, List<String> problems) {
		for (String token : tokens) {
			// an empty token is a field the dataset does not give: missing, not unknown
			if (!token.isEmpty() && !t.contains(table, token)) {
				problems.add(table + ":" + token);
			}
		}
	}

	/** Where a path came from: argument, system property, environment, default. */
	static Path resolve(String arg, String property, String env, String defaultRelativeToBench) {
		if (arg != null && !arg.isBlank()) {
			return Path.of(arg).toAbsolutePath().normalize();
		}
		String value = System.getProperty(property);
		if (value == null || value.isBlank()) {
			value = System.getenv(env);
		}
		if (value != null && !value.isBlank()) {
			return Path.of(value).toAbsolutePath().normalize();
		}
		return benchDir().resolve(defaultRelativeToBench).toAbsolutePath().normalize();
	}

	/** bench/ itself, whether run from the repository root or from inside bench/. */
	static Path benchDir() {
		Path cwd = Path.of("").toAbsolutePath();
		if (Files.isRegularFile(cwd.resolve("bench/pom.xml"))) {
			return cwd.resolve("bench");
		}
		return cwd;
	}

	/**
	 * free-exercise-db through the importer's public door ({@link ForeignDatasets}): the
	 * same mapping file as a real import, gaps kept missing, nothing invented. Slugs that
	 * collide with the catalog's get a "-fedb" marker, as before.
	 */
	static List<Exercise> freeExerciseDb(Path file, Set<String> takenSlugs, Taxonomy taxonomy) {
		byte[] content;
		try {
			content = Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read free-exercise-db at " + file, ex);
		}
		List<Exercise> exercises = new ArrayList<>();
		for (ForeignExercise record : ForeignDatasets.freeExerciseDb(file.getFileName().toString(), content,
				taxonomy)) {
			Exercise e = record.exercise();
			String slug = unique(e.slug(), takenSlugs);
			exercises.add(slug.equals(e.slug()) ? e : withSlug(e, slug));
		}
		return exercises;
	}

	private static Exercise withSlug(Exercise e, String slug) {
		return new Exercise(slug, e.name(), e.aliases(), e.summary(), e.bodyPart(), e.targetMuscles(),
				e.secondaryMuscles(), e.equipment(), e.level(), e.category(), e.force(), e.mechanic(), e.pattern(), e.position(),
				e.sides(), e.defaultDose(), e.steps(), e.tips(), e.mistakes(), e.faq(), e.breathing(), e.easier(),
				e.harder(), e.alternatives(), e.contraindications(), e.traits(), e.effectiveness(), e.sources(),
				e.missing());
	}

	/** A rough movement pattern for an imported exercise, which names none. */
	private static String pattern(String category, String force) {
		return switch (category) {
			case "stretching" -> "stretch";
			case "cardio" -> "locomotion";
			case "strength", "plyometrics" -> force.equals("pull") ? "horizontal-pull" : "horizontal-push";
			default -> "mobility";
		};
	}

	/** The whole set again and again, slugs suffixed -2, -3, …, cut at {@code size}. */
	static List<Exercise> repeat(List<Exercise> base, int size) {
		List<Exercise> all = new ArrayList<>(size);
		Set<String> slugs = new HashSet<>();
		for (int copy = 1; all.size() < size; copy++) {
			for (Exercise e : base) {
				if (all.size() >= size) {
					break;
				}
				Exercise exercise = (copy == 1) ? e : copyOf(e, "-" + copy);
				if (!slugs.add(exercise.slug())) {
					throw new IllegalStateException("duplicate slug " + exercise.slug());
				}
				all.add(exercise);
			}
		}
		return all;
	}

	/** A copy with its slug and its links to other exercises suffixed, so families stay within one copy. */
	private static Exercise copyOf(Exercise e, String suffix) {
		return new Exercise(e.slug() + suffix, e.name(), e.aliases(), e.summary(), e.bodyPart(), e.targetMuscles(),
				e.secondaryMuscles(), e.equipment(), e.level(), e.category(), e.force(), e.mechanic(), e.pattern(), e.position(),
				e.sides(), e.defaultDose(), e.steps(), e.tips(), e.mistakes(), e.faq(), e.breathing(),
				suffixed(e.easier(), suffix), suffixed(e.harder(), suffix), suffixed(e.alternatives(), suffix),
				e.contraindications(), e.traits(), e.effectiveness(), e.sources(), e.missing());
	}

	private static List<String> suffixed(List<String> slugs, String suffix) {
		return slugs.stream().map((s) -> s + suffix).toList();
	}

	/** Lower-case words joined by hyphens; "-x" suffixes keep repetitions from colliding. */
	static String slugOf(String name) {
		String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		return slug.isEmpty() ? "exercise" : slug;
	}

	/**
	 * A slug no other exercise has. The "fedb" marker also keeps it from ending in a
	 * number, so the repetition suffixes -2, -3, … cannot collide.
	 */
	private static String unique(String slug, Set<String> taken) {
		String candidate = slug.matches(".*-[0-9]+$") ? slug + "-fedb" : slug;
		for (int i = 2; !taken.add(candidate); i++) {
			candidate = slug + "-fedb" + toLetters(i);
		}
		return candidate;
	}

	private static String toLetters(int i) {
		StringBuilder s = new StringBuilder();
		for (int n = i; n > 0; n /= 26) {
			s.append((char) ('a' + n % 26));
		}
		return s.toString();
	}

}
