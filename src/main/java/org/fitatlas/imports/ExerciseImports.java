package org.fitatlas.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.fitatlas.catalog.CatalogFiles;
import org.fitatlas.catalog.Exercise;
import org.fitatlas.catalog.ExerciseCatalog;
import org.fitatlas.catalog.ImportedRecord;
import org.fitatlas.imports.internal.Importer;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * The imports module's public door: import free-exercise-db or a folder or zip of
 * Markdown pages into the catalog, export the catalog as Markdown, and list imported
 * exercises for review. Each import is one transaction; re-running one changes nothing.
 */
@Service
public class ExerciseImports {

	private final ExerciseCatalog catalog;

	private final Importer importer;

	ExerciseImports(ExerciseCatalog catalog, Importer importer) {
		this.catalog = catalog;
		this.importer = importer;
	}

	/** Imports free-exercise-db's {@code exercises.json}. */
	public ImportSummary freeExerciseDb(String fileName, byte[] content, ImportProgress progress) {
		List<ForeignExercise> records = ForeignDatasets.freeExerciseDb(fileName, content, this.catalog.taxonomy());
		return this.importer.run(ForeignDatasets.freeExerciseDbOrigin(this.catalog.taxonomy()), records, progress);
	}

	/** Imports the Markdown pages of a folder or a {@code .zip}. */
	public ImportSummary markdown(Path folderOrZip, ImportProgress progress) {
		List<ForeignExercise> records = ForeignDatasets.markdown(folderOrZip, this.catalog.taxonomy());
		String name = folderOrZip.toAbsolutePath().normalize().getFileName().toString();
		return this.importer.run(ForeignDatasets.markdownOrigin(name), records, progress);
	}

	/** Imports the Markdown pages of an uploaded zip. */
	public ImportSummary markdownZip(String fileName, byte[] content, ImportProgress progress) {
		List<ForeignExercise> records = ForeignDatasets.markdownZip(fileName, content, this.catalog.taxonomy());
		return this.importer.run(ForeignDatasets.markdownOrigin(fileName), records, progress);
	}

	/**
	 * Writes every active exercise as {@code exercises/<slug>.md} and the taxonomy as
	 * {@code taxonomy.yml} into a folder: a catalog folder that reads back as the same
	 * exercises.
	 */
	public ExportSummary exportCatalog(Path folder, ImportProgress progress) {
		long start = System.nanoTime();
		List<Exercise> exercises = this.catalog.active();
		try {
			Path dir = Files.createDirectories(folder.resolve("exercises"));
			Files.writeString(folder.resolve("taxonomy.yml"), this.catalog.taxonomyText(), StandardCharsets.UTF_8);
			for (int i = 0; i < exercises.size(); i++) {
				progress.advanced(i, exercises.size());
				Exercise e = exercises.get(i);
				Files.writeString(dir.resolve(e.slug() + ".md"), CatalogFiles.write(e), StandardCharsets.UTF_8);
			}
			progress.advanced(exercises.size(), exercises.size());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the export to " + folder, ex);
		}
		return new ExportSummary(folder, exercises.size(), (System.nanoTime() - start) / 1_000_000);
	}

	/** The origins imports have come from, sorted. */
	public List<String> origins() {
		return List.copyOf(new TreeSet<>(this.catalog.imported("").stream().map(ImportedRecord::origin).toList()));
	}

	/**
	 * Imported exercises for review, optionally only from one origin and only those
	 * missing one field (see {@link Exercise#MISSABLE}).
	 */
	public List<ReviewItem> review(@Nullable String origin, @Nullable String missing) {
		List<ReviewItem> items = new ArrayList<>();
		for (ImportedRecord record : this.catalog.imported((origin != null) ? origin : "")) {
			Optional<Exercise> found = this.catalog.find(record.slug());
			if (found.isEmpty()) {
				continue;
			}
			Exercise e = found.get();
			if (missing != null && !e.missing().contains(missing)) {
				continue;
			}
			items.add(new ReviewItem(e.slug(), e.name(), record.origin(), record.foreignId(), record.merged(),
					e.missing()));
		}
		return items;
	}

	/** How many imported exercises lack each field. */
	public Map<String, Long> missingCounts(@Nullable String origin) {
		Map<String, Long> counts = new java.util.LinkedHashMap<>();
		Exercise.MISSABLE.forEach((f) -> counts.put(f, 0L));
		review(origin, null).forEach((item) -> item.missing().forEach((f) -> counts.merge(f, 1L, Long::sum)));
		return counts;
	}

}
