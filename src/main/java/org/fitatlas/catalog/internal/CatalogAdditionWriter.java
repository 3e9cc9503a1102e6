package org.fitatlas.catalog.internal;

import org.fitatlas.shared.database.ClusterLock;

import java.util.List;
import java.util.Map;

import org.fitatlas.catalog.CatalogAdditions;
import org.fitatlas.catalog.CatalogChanged;
import org.fitatlas.catalog.ImportedRecord;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes an import's exercises and merges in one transaction (joining the caller's when
 * there is one), skipping foreign records already held, and tells the app the catalog
 * changed.
 */
@Component
public class CatalogAdditionWriter {

	private final ExerciseRepository repository;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final ClusterLock locks;

	CatalogAdditionWriter(ExerciseRepository repository, TransactionTemplate transactions,
			ApplicationEventPublisher events, ClusterLock locks) {
		this.repository = repository;
		this.transactions = transactions;
		this.events = events;
		this.locks = locks;
	}

	/** The catalog version after the write, unchanged when nothing was new. */
	public CatalogChanged write(CatalogAdditions additions) {
		CatalogChanged changed = this.transactions.execute((status) -> {
			// the same lock as the catalog-file sync: one writer of the catalog at a
			// time, on
			// any node
			this.locks.holdUntilCommit("fitatlas.catalog.sync");
			Map<String, ExerciseRepository.StoredState> states = this.repository.states();
			java.util.Set<String> held = new java.util.HashSet<>();
			this.repository.imported(additions.origin()).forEach((r) -> held.add(r.foreignId()));
			int added = 0;
			int updated = 0;
			for (CatalogAdditions.Created created : additions.created()) {
				if (held.contains(created.foreignId())) {
					continue;
				}
				String slug = created.exercise().slug();
				if (states.containsKey(slug)) {
					throw new IllegalArgumentException("slug '" + slug + "' of imported record '" + created.foreignId()
							+ "' is already taken by another exercise");
				}
				this.repository.insertImported(created.exercise(), additions.origin(), created.foreignId());
				added++;
			}
			for (CatalogAdditions.Merge merge : additions.merges()) {
				if (held.contains(merge.foreignId())) {
					continue;
				}
				if (!states.containsKey(merge.slug())
						&& additions.created().stream().noneMatch((c) -> c.exercise().slug().equals(merge.slug()))) {
					throw new IllegalArgumentException("record '" + merge.foreignId() + "' is merged into '"
							+ merge.slug() + "', which is not in the catalog");
				}
				this.repository.insertAddition(additions.origin(), merge);
				updated++;
			}
			long version = (added + updated > 0) ? this.repository.bumpVersion() : this.repository.version();
			return new CatalogChanged(version, added, updated, 0);
		});
		if (changed.added() + changed.updated() > 0) {
			this.events.publishEvent(changed);
		}
		return changed;
	}

	public List<ImportedRecord> imported(String origin) {
		return this.repository.imported(origin);
	}

}
