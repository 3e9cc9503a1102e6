package org.fitatlas.search.internal;

import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

import org.apache.lucene.analysis.synonym.SynonymMap;
import org.fitatlas.catalog.CatalogChanged;
import org.fitatlas.catalog.ExerciseCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the search index in step with the catalog: built in the background when the
 * catalog is loaded or changes here ({@link CatalogChanged}), so the app does not wait
 * for it to start, rebuilt in the background when another node changed the catalog
 * ({@link #follow()}), and rebuilt on the spot when a search finds the catalog's version
 * moved before that.
 */
@Component
public class SearchIndexHolder {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexHolder.class);

	private final ExerciseCatalog catalog;

	private final SynonymMap synonyms = SearchAnalysis.synonyms("search/synonyms.txt");

	private volatile ExerciseIndex index;

	/** One daemon thread: builds run one after another and never keep the JVM alive. */
	private final Executor background = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "search-index");
		thread.setDaemon(true);
		return thread;
	});

	/** Hits of kept rankings per index ({@link Rankings}); 0 ranks every search anew. */
	private final long keptHits;

	SearchIndexHolder(ExerciseCatalog catalog,
			@Value("${fitatlas.search.kept-ranking-hits:" + Rankings.DEFAULT_HITS + "}") long keptHits) {
		if (keptHits < 0) {
			throw new IllegalArgumentException(
					"fitatlas.search.kept-ranking-hits must be 0 (keep none) or more, was " + keptHits);
		}
		this.catalog = catalog;
		this.keptHits = keptHits;
	}

	@EventListener(ApplicationReadyEvent.class)
	void warmUp() {
		this.background.execute(this::current);
	}

	@EventListener
	void on(CatalogChanged changed) {
		this.background.execute(() -> rebuild(changed.version()));
	}

	/**
	 * Follows catalog changes made on other nodes: the version row in PostgreSQL is read
	 * every two seconds and a moved version rebuilds the index in the background, so
	 * searches here see an edit on any node within five seconds without paying for the
	 * build themselves.
	 */
	@Scheduled(initialDelayString = "${fitatlas.search.follow-every:PT2S}",
			fixedDelayString = "${fitatlas.search.follow-every:PT2S}")
	void follow() {
		ExerciseIndex current = this.index;
		if (current == null) {
			return;
		}
		long version = this.catalog.version();
		if (current.version() != version) {
			this.background.execute(() -> rebuild(version));
		}
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
		ExerciseIndex fresh = new ExerciseIndex(version, this.catalog.active(), this.catalog.taxonomy(), this.synonyms,
				this.keptHits);
		this.index = fresh;
		log.info("Search index built: {} exercises in {} ms (catalog version {})", fresh.size(),
				String.format("%.1f", fresh.buildMillis()), version);
		return fresh;
	}

}
