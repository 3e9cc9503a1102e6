package org.fitatlas.imports.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.fitatlas.catalog.CatalogAdditions;
import org.fitatlas.catalog.CatalogChanged;
import org.fitatlas.catalog.Exercise;
import org.fitatlas.catalog.ExerciseCatalog;
import org.fitatlas.catalog.ImportedRecord;
import org.fitatlas.imports.BadImportFile;
import org.fitatlas.imports.ForeignExercise;
import org.fitatlas.imports.ImportProgress;
import org.fitatlas.imports.ImportSummary;

import org.springframework.stereotype.Component;

/**
 * Turns foreign records into catalog additions: a record already imported from the same
 * origin is skipped, one that is an exercise we have is merged into it (its names become
 * aliases, its source is cited, our text stays), any other is created. Everything is
 * written by one call to the catalog, in one transaction.
 */
@Component
public class Importer {

	private final ExerciseCatalog catalog;

	private final DuplicateFinder duplicates;

	Importer(ExerciseCatalog catalog, DuplicateFinder duplicates) {
		this.catalog = catalog;
		this.duplicates = duplicates;
	}

	public ImportSummary run(String origin, List<ForeignExercise> records, ImportProgress progress) {
		long start = System.nanoTime();
		Map<String, ImportedRecord> held = new HashMap<>();
		this.catalog.imported(origin).forEach((r) -> held.put(r.foreignId(), r));
		Set<String> taken = new HashSet<>();
		Map<String, Exercise> active = new HashMap<>();
		this.catalog.active().forEach((e) -> active.put(e.slug(), e));
		taken.addAll(active.keySet());
		List<CatalogAdditions.Created> created = new ArrayList<>();
		List<CatalogAdditions.Merge> merges = new ArrayList<>();
		List<ImportSummary.Merged> merged = new ArrayList<>();
		List<ImportSummary.Skipped> skipped = new ArrayList<>();
		Set<String> createdSlugs = new HashSet<>();
		int done = 0;
		for (ForeignExercise record : records) {
			progress.advanced(done++, records.size());
			ImportedRecord before = held.get(record.foreignId());
			if (before != null) {
				skipped.add(new ImportSummary.Skipped(record.foreignId(),
						"already imported" + (before.merged() ? " (merged)" : "")));
				continue;
			}
			Exercise foreign = record.exercise();
			Optional<Exercise> same = record.ourFormat() ? this.catalog.find(foreign.slug()) : Optional.empty();
			if (same.isPresent() && same.get().equals(foreign)) {
				skipped.add(new ImportSummary.Skipped(record.foreignId(), "identical to the catalog's exercise"));
				continue;
			}
			Optional<Exercise> ours = same.isPresent() ? same : this.duplicates.find(record, active);
			if (ours.isPresent()) {
				Exercise e = ours.get();
				List<String> aliases = newNames(e, record.names(), foreign.aliases());
				String source = String.join("; ", foreign.sources());
				merges.add(new CatalogAdditions.Merge(record.foreignId(), e.slug(), aliases, source));
				merged.add(new ImportSummary.Merged(record.foreignId(), foreign.name(), e.slug()));
				continue;
			}
			checkLinks(record, createdSlugs);
			String slug = foreign.slug();
			if (record.ourFormat()) {
				// a page in our own format keeps its slug: links from other pages use it
				if (!taken.add(slug) || this.catalog.find(slug).isPresent()) {
					throw BadImportFile.at(record.foreignId(), "slug '" + slug + "' is taken by another exercise");
				}
			}
			else {
				slug = Slugs.unique(slug, taken);
				while (this.catalog.find(slug).isPresent()) {
					slug = Slugs.unique(foreign.slug(), taken);
				}
			}
			createdSlugs.add(slug);
			created.add(new CatalogAdditions.Created(record.foreignId(), withSlug(foreign, slug)));
		}
		progress.advanced(records.size(), records.size());
		CatalogChanged changed = this.catalog.add(new CatalogAdditions(origin, created, merges));
		return new ImportSummary(origin, records.size(), created.size(), merged, skipped, changed.version(),
				(System.nanoTime() - start) / 1_000_000);
	}

	private void checkLinks(ForeignExercise record, Set<String> createdSlugs) {
		Exercise e = record.exercise();
		List<String> links = new ArrayList<>(e.easier());
		links.addAll(e.harder());
		links.addAll(e.alternatives());
		for (String link : links) {
			if (this.catalog.find(link).isEmpty() && !createdSlugs.contains(link)) {
				throw BadImportFile.at(record.foreignId(),
						"links to '" + link + "', which is neither in the catalog nor earlier in this import");
			}
		}
	}

	private static List<String> newNames(Exercise ours, List<String> names, List<String> aliases) {
		Set<String> known = new HashSet<>();
		known.add(ours.name().toLowerCase(java.util.Locale.ROOT));
		ours.aliases().forEach((a) -> known.add(a.toLowerCase(java.util.Locale.ROOT)));
		Set<String> fresh = new LinkedHashSet<>();
		for (String name : concat(names, aliases)) {
			if (!known.contains(name.toLowerCase(java.util.Locale.ROOT))) {
				fresh.add(name);
			}
		}
		return List.copyOf(fresh);
	}

	private static List<String> concat(List<String> a, List<String> b) {
		List<String> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	static Exercise withSlug(Exercise e, String slug) {
		if (e.slug().equals(slug)) {
			return e;
		}
		return new Exercise(slug, e.name(), e.aliases(), e.summary(), e.bodyPart(), e.targetMuscles(),
				e.secondaryMuscles(), e.equipment(), e.level(), e.category(), e.force(), e.mechanic(), e.pattern(),
				e.position(), e.sides(), e.defaultDose(), e.steps(), e.tips(), e.mistakes(), e.faq(), e.breathing(),
				e.easier(), e.harder(), e.alternatives(), e.contraindications(), e.traits(), e.effectiveness(),
				e.sources(), e.missing());
	}

}
