package org.fitatlas.catalog.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fitatlas.catalog.CatalogChanged;
import org.fitatlas.catalog.Exercise;
import org.fitatlas.catalog.Taxonomy;
import org.fitatlas.shared.database.ClusterLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings the database in line with the catalog files, at start-up and on demand: new
 * files are added, changed files update their exercise, removed files retire it. Running
 * it twice changes nothing the second time. A file with problems is skipped (its last
 * good version stays) and its problems are logged.
 */
@Component
public class CatalogSynchronizer implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(CatalogSynchronizer.class);

	/** What one sync did. */
	public record SyncReport(int files, int added, int updated, int retired, List<CatalogProblem> problems,
			long version) {
	}

	private final CatalogSource source;

	private final ExerciseRepository repository;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final TaxonomyHolder taxonomy;

	private final ClusterLock locks;

	CatalogSynchronizer(CatalogProperties properties, ExerciseRepository repository, TransactionTemplate transactions,
			ApplicationEventPublisher events, TaxonomyHolder taxonomy, ClusterLock locks) {
		this.locks = locks;
		this.source = new CatalogSource(properties.dir());
		this.repository = repository;
		this.transactions = transactions;
		this.events = events;
		this.taxonomy = taxonomy;
	}

	@Override
	public void afterSingletonsInstantiated() {
		SyncReport report = sync();
		log.info("Catalog from {}: {} files, {} added, {} updated, {} retired, {} problems (version {})",
				this.source.describe(), report.files(), report.added(), report.updated(), report.retired(),
				report.problems().size(), report.version());
	}

	/** The text of the taxonomy file the catalog is read with. */
	public String taxonomyText() {
		return this.source.taxonomy();
	}

	public SyncReport sync() {
		Taxonomy taxonomy = this.taxonomy.reload(this.source.taxonomy());
		CatalogFileReader reader = new CatalogFileReader(taxonomy);
		List<CatalogSource.CatalogFile> files = this.source.exercises();
		List<CatalogProblem> problems = new ArrayList<>();
		List<CatalogValidator.Located> valid = new ArrayList<>();
		Map<String, String> hashes = new HashMap<>();
		Set<String> present = new HashSet<>();
		for (CatalogSource.CatalogFile file : files) {
			present.add(file.name().replaceFirst("\\.md$", ""));
			CatalogFileReader.ReadResult result = reader.read(file.name(), file.text());
			problems.addAll(result.problems());
			result.exercise().ifPresent((e) -> {
				valid.add(new CatalogValidator.Located(file.name(), e));
				hashes.put(e.slug(), sha256(file.text()));
			});
		}
		List<CatalogProblem> crossFile = CatalogValidator.validate(valid);
		problems.addAll(crossFile);
		Set<String> badFiles = new HashSet<>();
		crossFile.forEach((p) -> badFiles.add(p.file()));
		List<Exercise> accepted = valid.stream()
			.filter((l) -> !badFiles.contains(l.file()))
			.map(CatalogValidator.Located::exercise)
			.toList();
		problems.forEach((p) -> log.warn("Catalog problem, file skipped: {}", p));
		int[] counts = new int[3];
		Long version = this.transactions.execute((status) -> {
			// one sync at a time over all app nodes
			this.locks.holdUntilCommit("fitatlas.catalog.sync");
			Map<String, ExerciseRepository.StoredState> stored = this.repository.states();
			for (Exercise exercise : accepted) {
				ExerciseRepository.StoredState state = stored.get(exercise.slug());
				String hash = hashes.get(exercise.slug());
				if (state == null) {
					this.repository.upsert(exercise, hash);
					counts[0]++;
				}
				else if (!state.hash().equals(hash) || state.retired()) {
					this.repository.upsert(exercise, hash);
					counts[1]++;
				}
			}
			for (Map.Entry<String, ExerciseRepository.StoredState> entry : stored.entrySet()) {
				// imported exercises have no file: only a catalog file's removal retires
				// one
				if (!entry.getValue().retired() && !entry.getValue().imported() && !present.contains(entry.getKey())) {
					this.repository.retire(entry.getKey());
					counts[2]++;
				}
			}
			return (counts[0] + counts[1] + counts[2] > 0) ? this.repository.bumpVersion() : this.repository.version();
		});
		long current = (version != null) ? version : this.repository.version();
		if (counts[0] + counts[1] + counts[2] > 0) {
			this.events.publishEvent(new CatalogChanged(current, counts[0], counts[1], counts[2]));
		}
		return new SyncReport(files.size(), counts[0], counts[1], counts[2], List.copyOf(problems), current);
	}

	static String sha256(String text) {
		return org.fitatlas.shared.Hashing.sha256(text);
	}

}
