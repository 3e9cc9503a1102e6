package org.fitatlas.search.internal;

import org.apache.lucene.analysis.synonym.SynonymMap;
import org.fitatlas.catalog.CatalogChanged;
import org.fitatlas.catalog.ExerciseCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the search index in step with the catalog: built when the app is ready, rebuilt
 * when the catalog changes here ({@link CatalogChanged}) or on another node (its version
 * moved).
 */
@Component
public class SearchIndexHolder {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexHolder.class);

	private final ExerciseCatalog catalog;

	private final SynonymMap synonyms = SearchAnalysis.synonyms("search/synonyms.txt");

	private volatile ExerciseIndex index;

	SearchIndexHolder(ExerciseCatalog catalog) {
		this.catalog = catalog;
	}

	@EventListener(ApplicationReadyEvent.class)
	void warmUp() {
		current();
	}

	@EventListener
	void on(CatalogChanged changed) {
		rebuild(changed.version());
	}

	public ExerciseIndex current() {
		long version = this.catalog.version();
		ExerciseIndex current = this.index;
		if (current == null || current.version() != version) {
			current = rebuild(version);
		}
		return current;
	}

	private synchronized ExerciseIndex rebuild(long version) {
		ExerciseIndex current = this.index;
		if (current != null && current.version() == version) {
			return current;
		}
		ExerciseIndex fresh = new ExerciseIndex(version, this.catalog.active(), this.catalog.taxonomy(), this.synonyms);
		this.index = fresh;
		log.info("Search index built: {} exercises in {} ms (catalog version {})", fresh.size(),
				String.format("%.1f", fresh.buildMillis()), version);
		return fresh;
	}

}
