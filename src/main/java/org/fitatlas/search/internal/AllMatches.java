package org.fitatlas.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.fitatlas.catalog.Exercise;
import org.fitatlas.search.internal.ResultAssembly.Scored;

/**
 * Every match of a query with its score: the relevance cut and the facet counts need them
 * all, not only the top few.
 */
final class AllMatches {

	private AllMatches() {
	}

	/**
	 * Every match of the query, best first (ties by document order, as Lucene ranks
	 * them). Collected into two flat arrays and sorted once: a top-N collector the size
	 * of the index would allocate a queue entry object per document on every search.
	 */
	static List<Scored> of(IndexSearcher searcher, Query query, IntFunction<Exercise> exercise) {
		int[] docs = new int[searcher.getIndexReader().maxDoc()];
		float[] scores = new float[searcher.getIndexReader().maxDoc()];
		int[] count = { 0 };
		try {
			searcher.search(query, new SimpleCollector() {
				private int base;

				private Scorable scorer;

				@Override
				protected void doSetNextReader(LeafReaderContext context) {
					this.base = context.docBase;
				}

				@Override
				public void setScorer(Scorable scorable) {
					this.scorer = scorable;
				}

				@Override
				public void collect(int doc) throws IOException {
					docs[count[0]] = this.base + doc;
					scores[count[0]] = this.scorer.score();
					count[0]++;
				}

				@Override
				public ScoreMode scoreMode() {
					return ScoreMode.COMPLETE;
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Integer[] order = new Integer[count[0]];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		Arrays.sort(order,
				(a, b) -> (scores[a] != scores[b]) ? Float.compare(scores[b], scores[a]) : docs[a] - docs[b]);
		List<Scored> scored = new ArrayList<>(order.length);
		for (int i : order) {
			scored.add(new Scored(exercise.apply(docs[i]), scores[i]));
		}
		return scored;
	}

}
