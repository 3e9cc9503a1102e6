package org.fitatlas.search.internal;

import java.lang.reflect.Field;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TotalHitCountCollectorManager;
import org.fitatlas.bench.Corpus;
import org.fitatlas.bench.SearchBenchmark;

/**
 * Scratch (not a JMH benchmark): for each benchmark query, the size of the search query
 * after rewriting (leaf term/phrase queries), how many documents match, and how long the
 * query takes with the exact clause counted once for the tier (ConstantScore) and once
 * for relevance, as the app builds it, against each half alone. Changes nothing in the
 * app.
 *
 * <pre>
 * java -Xmx2g -cp bench/target/benchmarks.jar org.fitatlas.search.internal.QueryAnatomy [size] [rounds]
 * </pre>
 */
public final class QueryAnatomy {

	public static void main(String[] args) throws Exception {
		int size = (args.length > 0) ? Integer.parseInt(args[0]) : 10000;
		int rounds = (args.length > 1) ? Integer.parseInt(args[1]) : 40;
		Corpus corpus = Corpus.load("", "", size);
		ExerciseIndex index = ExerciseIndex.of(corpus.exercises(), corpus.taxonomy());
		Field f = ExerciseIndex.class.getDeclaredField("searcher");
		f.setAccessible(true);
		IndexSearcher searcher = (IndexSearcher) f.get(index);
		List<String> queries = SearchBenchmark.queries();
		double[][] t = new double[queries.size()][4];
		int[] leaves = new int[queries.size()];
		int[] hits = new int[queries.size()];
		for (int round = 0; round < rounds; round++) {
			boolean record = round >= rounds / 3;
			for (int i = 0; i < queries.size(); i++) {
				Query main = index.mainQuery(queries.get(i));
				List<BooleanClause> clauses = ((BooleanQuery) main).clauses();
				Query tier = null;
				Query relevance = null;
				Query fuzzy = null;
				for (BooleanClause c : clauses) {
					Query q = c.getQuery();
					if (q instanceof BoostQuery b && b.getQuery() instanceof ConstantScoreQuery) {
						tier = q;
					}
					else if (q instanceof BoostQuery b && b.getBoost() == 0.5f) {
						fuzzy = q;
					}
					else {
						relevance = q;
					}
				}
				Query[] variants = { main, without(main, tier), without(main, relevance),
						(fuzzy != null) ? fuzzy : new BooleanQuery.Builder().build() };
				for (int v = 0; v < variants.length; v++) {
					long s = System.nanoTime();
					searcher.search(variants[v], new TotalHitCountCollectorManager());
					double ms = (System.nanoTime() - s) / 1e6;
					if (record) {
						t[i][v] += ms;
					}
				}
				if (round == 0) {
					leaves[i] = leafCount(searcher.rewrite(main));
					hits[i] = searcher.count(main);
				}
			}
		}
		int n = rounds - rounds / 3;
		System.out.printf("index of %d; mean ms to count all matches (as the facet collector must)%n", index.size());
		System.out.printf("%-38s %7s %7s | %9s %12s %12s %9s%n", "query", "leaves", "hits", "as built",
				"no relevance", "no tier", "fuzzy only");
		for (int i = 0; i < queries.size(); i++) {
			System.out.printf("%-38s %7d %7d | %9.2f %12.2f %12.2f %9.2f%n", queries.get(i), leaves[i], hits[i],
					t[i][0] / n, t[i][1] / n, t[i][2] / n, t[i][3] / n);
		}
	}

	private static Query without(Query main, Query left) {
		BooleanQuery.Builder b = new BooleanQuery.Builder();
		for (BooleanClause c : ((BooleanQuery) main).clauses()) {
			if (c.getQuery() != left) {
				b.add(c);
			}
		}
		return b.build();
	}

	private static int leafCount(Query q) {
		AtomicInteger count = new AtomicInteger();
		q.visit(new QueryVisitor() {
			@Override
			public void consumeTerms(Query query, org.apache.lucene.index.Term... terms) {
				count.addAndGet(terms.length);
			}

			@Override
			public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
				return this;
			}
		});
		return count.get();
	}

}
