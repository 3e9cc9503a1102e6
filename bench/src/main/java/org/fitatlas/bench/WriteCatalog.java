package org.fitatlas.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.fitatlas.catalog.Exercise;
import org.fitatlas.catalog.internal.CatalogFileReader;
import org.fitatlas.catalog.internal.CatalogSource;
import org.fitatlas.catalog.internal.ExerciseMarkdownWriter;

/**
 * Writes the benchmark corpus as a catalog folder (taxonomy.yml plus exercises/*.md, in
 * the app's own file format), so the app itself can be load-tested on the same ~10,000
 * exercises: {@code CATALOG_DIR=DIR bench/load-search.sh}. Each file is read back with the
 * app's reader to make sure the app will accept it.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.fitatlas.bench.WriteCatalog DIR [size]
 * </pre>
 */
public final class WriteCatalog {

	private WriteCatalog() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length < 1) {
			System.err.println("usage: WriteCatalog DIR [size]");
			System.exit(2);
		}
		Path dir = Path.of(args[0]);
		int size = (args.length > 1) ? Integer.parseInt(args[1]) : 10000;
		Corpus corpus = Corpus.load("", "", size);
		Path exercises = dir.resolve("exercises");
		Files.createDirectories(exercises);
		Path catalogDir = Corpus.resolve("", "fitatlas.bench.catalog", "FITATLAS_BENCH_CATALOG", Corpus.DEFAULT_CATALOG);
		Files.writeString(dir.resolve("taxonomy.yml"), new CatalogSource(catalogDir).taxonomy(), StandardCharsets.UTF_8);
		CatalogFileReader reader = new CatalogFileReader(corpus.taxonomy());
		int rejected = 0;
		for (Exercise e : corpus.exercises()) {
			String text = ExerciseMarkdownWriter.write(e);
			String name = e.slug() + ".md";
			CatalogFileReader.ReadResult read = reader.read(name, text);
			if (!read.problems().isEmpty()) {
				if (rejected++ < 5) {
					System.err.println(name + ": " + read.problems());
				}
				continue;
			}
			Files.writeString(exercises.resolve(name), text, StandardCharsets.UTF_8);
		}
		System.out.printf("wrote %d exercise files to %s (%d the app's reader would reject, left out)%n",
				corpus.exercises().size() - rejected, exercises, rejected);
	}

}
