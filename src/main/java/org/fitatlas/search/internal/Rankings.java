package org.fitatlas.search.internal;

import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;

/**
 * Rankings kept by the text searched, for one index (so for one catalog version: a new
 * version builds a new index and starts empty). Paging, choosing a facet and the next
 * person typing the same words all rank the same words again; ranking is nearly all of a
 * search's cost, the facets and the page are cheap in plain Java.
 *
 * <p>
 * Bounded by the hits held in all, not by the number of texts: a common word ranks the
 * whole catalog, a name a handful. Texts that were searched once and never again are the
 * first to go (Caffeine's W-TinyLFU). Concurrent searches of the same new words rank them
 * once.
 */
final class Rankings {

	/** About 24 bytes a hit: 200,000 hits keep under 5 MB. */
	static final long DEFAULT_HITS = 200_000;

	private final @Nullable Cache<String, Ranking> kept;

	Rankings(long keptHits) {
		if (keptHits < 0) {
			throw new IllegalArgumentException("kept hits must be 0 or more, was " + keptHits);
		}
		this.kept = (keptHits == 0) ? null
				: Caffeine.newBuilder()
					.maximumWeight(keptHits)
					.weigher((String text, Ranking ranking) -> 1 + ranking.hits())
					.build();
	}

	Ranking get(String text, Function<String, Ranking> rank) {
		return (this.kept != null) ? this.kept.get(text, rank) : rank.apply(text);
	}

	/** How many texts are kept now (for tests). */
	long size() {
		if (this.kept == null) {
			return 0;
		}
		this.kept.cleanUp();
		return this.kept.estimatedSize();
	}

}
