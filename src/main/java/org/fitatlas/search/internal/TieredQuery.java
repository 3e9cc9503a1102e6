package org.fitatlas.search.internal;

import java.io.IOException;
import java.util.Objects;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.FilterScorable;
import org.apache.lucene.search.FilterScorer;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * A query whose matches score a constant tier on top of their own score, so they all rank
 * above documents that do not match it. The same as adding the query twice (once as a
 * boosted constant-score query), but each match is scored once instead of twice.
 */
final class TieredQuery extends Query {

	private final Query query;

	private final float tier;

	TieredQuery(Query query, float tier) {
		this.query = query;
		this.tier = tier;
	}

	@Override
	public Query rewrite(IndexSearcher searcher) throws IOException {
		Query rewritten = this.query.rewrite(searcher);
		return (rewritten != this.query) ? new TieredQuery(rewritten, this.tier) : this;
	}

	@Override
	public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
		float offset = this.tier * boost;
		Weight inner = this.query.createWeight(searcher, scoreMode, boost);
		return new FilterWeight(this, inner) {
			@Override
			public Scorer scorer(LeafReaderContext context) throws IOException {
				Scorer scorer = this.in.scorer(context);
				if (scorer == null) {
					return null;
				}
				return new FilterScorer(scorer, this) {
					@Override
					public float score() throws IOException {
						return this.in.score() + offset;
					}

					@Override
					public float getMaxScore(int upTo) throws IOException {
						return this.in.getMaxScore(upTo) + offset;
					}
				};
			}

			/**
			 * The inner query's own bulk scorer, so that a disjunction inside scores
			 * window by window instead of through a heap of its clauses, with the tier
			 * added to each score handed on.
			 */
			@Override
			public BulkScorer bulkScorer(LeafReaderContext context) throws IOException {
				BulkScorer bulk = this.in.bulkScorer(context);
				if (bulk == null) {
					return null;
				}
				return new BulkScorer() {
					@Override
					public int score(LeafCollector collector, Bits acceptDocs, int min, int max) throws IOException {
						return bulk.score(new FilterLeafCollector(collector) {
							@Override
							public void setScorer(Scorable scorer) throws IOException {
								super.setScorer(new FilterScorable(scorer) {
									@Override
									public float score() throws IOException {
										return this.in.score() + offset;
									}

									@Override
									public void setMinCompetitiveScore(float minScore) throws IOException {
										this.in.setMinCompetitiveScore(Math.max(0f, minScore - offset));
									}
								});
							}
						}, acceptDocs, min, max);
					}

					@Override
					public long cost() {
						return bulk.cost();
					}
				};
			}

			@Override
			public Explanation explain(LeafReaderContext context, int doc) throws IOException {
				Explanation explanation = this.in.explain(context, doc);
				if (!explanation.isMatch()) {
					return explanation;
				}
				return Explanation.match(explanation.getValue().floatValue() + offset, "exact tier " + offset + " +",
						explanation);
			}
		};
	}

	@Override
	public void visit(QueryVisitor visitor) {
		this.query.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
	}

	@Override
	public String toString(String field) {
		return "tier(" + this.tier + ", " + this.query.toString(field) + ")";
	}

	@Override
	public boolean equals(Object other) {
		return sameClassAs(other) && this.tier == ((TieredQuery) other).tier
				&& this.query.equals(((TieredQuery) other).query);
	}

	@Override
	public int hashCode() {
		return Objects.hash(classHash(), this.query, this.tier);
	}

}
