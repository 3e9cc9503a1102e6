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
	 * them). Collected into two flat arrays and sorted once as primitives: a top-N
	 * collector the size of the index would allocate a queue entry object per document on
	 * every search, and a sort of boxed indexes costs as much again.
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
		// Score and document in one long, sorted as primitives: the score's bits (a
		// non-negative float's bits order as the float does) above the document
		// inverted, so that ascending order read backwards is best first, ties by
		// document order.
		long[] keys = new long[count[0]];
		for (int i = 0; i < keys.length; i++) {
			keys[i] = ((long) Float.floatToIntBits(Math.max(0f, scores[i])) << 32) | (~docs[i] & 0xFFFFFFFFL);
		}
		Arrays.sort(keys);
		List<Scored> scored = new ArrayList<>(keys.length);
		for (int i = keys.length - 1; i >= 0; i--) {
			int doc = ~(int) keys[i];
			scored.add(new Scored(exercise.apply(doc), Float.intBitsToFloat((int) (keys[i] >>> 32))));
		}
		return scored;
	}

}
