package org.fitatlas.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.fitatlas.catalog.internal.CatalogFileReader;
import org.fitatlas.catalog.internal.CatalogSource;
import org.fitatlas.catalog.internal.CatalogValidator;
import org.fitatlas.catalog.internal.ExerciseMarkdownWriter;
import org.fitatlas.catalog.internal.TaxonomyReader;

/**
 * The catalog file format without Spring: read a catalog folder or one file, write an
 * exercise as a file. For the command line, the importers and the benchmarks.
 */
public final class CatalogFiles {

	private CatalogFiles() {
	}

	/** One file read: the exercise when it is valid, else every problem found. */
	public record FileRead(String file, Optional<Exercise> exercise, List<String> problems) {

		public FileRead {
			problems = List.copyOf(problems);
		}

	}

	/**
	 * A catalog folder read: every valid exercise and every problem, file and field
	 * named.
	 */
	public record FolderRead(Taxonomy taxonomy, int files, List<Exercise> exercises, List<String> problems) {

		public FolderRead {
			exercises = List.copyOf(exercises);
			problems = List.copyOf(problems);
		}

	}

	/**
	 * The taxonomy of a catalog folder (the copy in the jar when the folder is absent).
	 */
	public static Taxonomy taxonomy(Path catalogDir) {
		return TaxonomyReader.read(new CatalogSource(catalogDir).taxonomy());
	}

	/**
	 * Reads and validates a catalog folder ({@code taxonomy.yml} and
	 * {@code exercises/*.md}), including the checks across files (unique slugs, links).
	 */
	public static FolderRead read(Path catalogDir) {
		CatalogSource source = new CatalogSource(catalogDir);
		Taxonomy taxonomy = TaxonomyReader.read(source.taxonomy());
		CatalogFileReader reader = new CatalogFileReader(taxonomy);
		List<CatalogSource.CatalogFile> files = source.exercises();
		List<String> problems = new ArrayList<>();
		List<CatalogValidator.Located> valid = new ArrayList<>();
		for (CatalogSource.CatalogFile file : files) {
			CatalogFileReader.ReadResult result = reader.read(file.name(), file.text());
			result.problems().forEach((p) -> problems.add(p.toString()));
			result.exercise().ifPresent((e) -> valid.add(new CatalogValidator.Located(file.name(), e)));
		}
		CatalogValidator.validate(valid).forEach((p) -> problems.add(p.toString()));
		return new FolderRead(taxonomy, files.size(), valid.stream().map(CatalogValidator.Located::exercise).toList(),
				problems);
	}

	/** Reads one file in the catalog format. */
	public static FileRead parse(Taxonomy taxonomy, String file, String text) {
		CatalogFileReader.ReadResult result = new CatalogFileReader(taxonomy).read(file, text);
		return new FileRead(file, result.exercise(), result.problems().stream().map(Object::toString).toList());
	}

	/**
	 * The exercise in the catalog file format; reading it back gives the same exercise.
	 */
	public static String write(Exercise exercise) {
		return ExerciseMarkdownWriter.write(exercise);
	}

}
