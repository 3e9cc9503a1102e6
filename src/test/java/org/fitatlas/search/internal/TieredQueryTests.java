package org.fitatlas.search.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A tiered query scores every match of its query with the tier added, whether Lucene
 * scores it document by document or window by window (its bulk scorer), and matches
 * nothing more.
 */
class TieredQueryTests {

	private static final List<String> TEXTS = List.of("hamstring stretch on the floor", "standing hamstring stretch",
			"glute bridge", "stretch the calves against a wall", "plank on the elbows", "side plank",
			"bird dog on all fours", "hamstring curl on a machine");

	@Test
	void shouldAddTheTierToEveryMatchInBothScoringPaths() throws IOException {
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
			try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
				for (String text : TEXTS) {
					Document doc = new Document();
					doc.add(new TextField("text", text, Field.Store.NO));
					writer.addDocument(doc);
				}
			}
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				IndexSearcher searcher = new IndexSearcher(reader);
				Query words = new BooleanQuery.Builder()
					.add(new BoostQuery(new TermQuery(new Term("text", "hamstring")), 2f), BooleanClause.Occur.SHOULD)
					.add(new TermQuery(new Term("text", "stretch")), BooleanClause.Occur.SHOULD)
					.add(new TermQuery(new Term("text", "plank")), BooleanClause.Occur.SHOULD)
					.build();
				Map<Integer, Float> plain = scores(searcher, words);
				// alone (a bulk scorer of its own) and inside a disjunction (a clause of
				// Lucene's window scorer)
				Map<Integer, Float> tiered = scores(searcher, new TieredQuery(words, 100f));
				Map<Integer, Float> nested = scores(searcher,
						new BooleanQuery.Builder().add(new TieredQuery(words, 100f), BooleanClause.Occur.SHOULD)
							.add(new TermQuery(new Term("text", "floor")), BooleanClause.Occur.SHOULD)
							.build());
				Map<Integer, Float> floor = scores(searcher, new TermQuery(new Term("text", "floor")));

				assertThat(plain).hasSize(6);
				assertThat(tiered.keySet()).isEqualTo(plain.keySet());
				plain.forEach((doc, score) -> {
					assertThat(tiered.get(doc)).isCloseTo(score + 100f, within(1e-3f));
					assertThat(nested.get(doc)).isCloseTo(score + 100f + floor.getOrDefault(doc, 0f), within(1e-3f));
				});
			}
		}
	}

	private static Map<Integer, Float> scores(IndexSearcher searcher, Query query) throws IOException {
		Map<Integer, Float> scores = new HashMap<>();
		searcher.search(query, new SimpleCollector() {
			private Scorable scorer;

			private int base;

			@Override
			protected void doSetNextReader(LeafReaderContext context) {
				this.base = context.docBase;
			}

			@Override
			public void setScorer(Scorable scorer) {
				this.scorer = scorer;
			}

			@Override
			public void collect(int doc) throws IOException {
				scores.put(this.base + doc, this.scorer.score());
			}

			@Override
			public ScoreMode scoreMode() {
				return ScoreMode.COMPLETE;
			}
		});
		return scores;
	}

}
