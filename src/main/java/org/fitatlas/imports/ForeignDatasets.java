package org.fitatlas.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.fitatlas.catalog.CatalogFiles;
import org.fitatlas.catalog.Taxonomy;
import org.fitatlas.imports.internal.DatasetMapping;
import org.fitatlas.imports.internal.FreeExerciseDbReader;
import org.fitatlas.imports.internal.MarkdownCollection;
import org.fitatlas.imports.internal.PageReader;

/**
 * Reads foreign datasets into {@link ForeignExercise} records without Spring and without
 * a database: for the importer, the command line's checks and the benchmarks' corpus.
 */
public final class ForeignDatasets {

	/** The mapping file of free-exercise-db, {@code imports/free-exercise-db.yml}. */
	public static final String FREE_EXERCISE_DB = "free-exercise-db";

	private ForeignDatasets() {
	}

	/** The origin every free-exercise-db record is stored under. */
	public static String freeExerciseDbOrigin(Taxonomy taxonomy) {
		return DatasetMapping.load(FREE_EXERCISE_DB, taxonomy).origin();
	}

	/**
	 * free-exercise-db's {@code exercises.json}, each record mapped through the mapping
	 * file; slugs are unique within the file.
	 * @throws BadImportFile naming the record that cannot be read
	 */
	public static List<ForeignExercise> freeExerciseDb(String fileName, byte[] content, Taxonomy taxonomy) {
		return new FreeExerciseDbReader(DatasetMapping.load(FREE_EXERCISE_DB, taxonomy)).read(fileName, content);
	}

	/** The origin the pages of a folder or zip are stored under: its name. */
	public static String markdownOrigin(String folderOrZipName) {
		String name = folderOrZipName.replaceAll("(?i)\\.zip$", "");
		return "markdown:" + (name.isBlank() ? "pages" : name);
	}

	/** The pages of a folder or zip: our catalog format, or forgetrainer-shaped pages. */
	public static List<ForeignExercise> markdown(Path folderOrZip, Taxonomy taxonomy) {
		String name = folderOrZip.toAbsolutePath().normalize().getFileName().toString();
		return pages(name, MarkdownCollection.read(folderOrZip), taxonomy);
	}

	/** The pages of a zip held in memory (an upload). */
	public static List<ForeignExercise> markdownZip(String fileName, byte[] content, Taxonomy taxonomy) {
		return pages(fileName, MarkdownCollection.zip(fileName, content), taxonomy);
	}

	private static List<ForeignExercise> pages(String collection, List<MarkdownCollection.Page> pages,
			Taxonomy taxonomy) {
		String origin = markdownOrigin(collection);
		PageReader reader = new PageReader(taxonomy);
		List<ForeignExercise> exercises = new ArrayList<>();
		for (MarkdownCollection.Page page : pages) {
			String text = page.text().replace("\uFEFF", "");
			if (text.startsWith("---\n") || text.startsWith("---\r\n")) {
				String base = page.entry().replaceAll("^.*/", "");
				CatalogFiles.FileRead read = CatalogFiles.parse(taxonomy, base, text);
				if (read.exercise().isEmpty()) {
					throw BadImportFile.at(page.entry(), String.join("; ", read.problems()));
				}
				var e = read.exercise().get();
				List<String> names = new ArrayList<>(List.of(e.name()));
				exercises.add(new ForeignExercise(page.entry(), e, names, true));
			}
			else {
				String title = page.entry().replaceAll("^.*/", "").replaceAll("(?i)\\.md$", "").replace('-', ' ');
				exercises.add(reader.read(page.entry(), text,
						"Imported from the Markdown collection '" + origin.substring("markdown:".length()) + "', page '"
								+ title.toLowerCase(Locale.ROOT) + "'; the page names no source"));
			}
		}
		return exercises;
	}

}
