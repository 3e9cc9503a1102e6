package org.fitatlas.search.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The analyzers of the search index: plain words (for typo matching and suggestions),
 * stemmed English words (for the index), and stemmed words with synonyms (for queries).
 */
final class SearchAnalysis {

	/** Words that carry no meaning in a search for an exercise. */
	static final Set<String> NOISE = Set.of("a", "an", "the", "for", "at", "of", "in", "on", "with", "my", "me", "i",
			"and", "or", "how", "what", "which", "is", "are", "do", "does", "can", "some", "best", "good", "exercise",
			"exercises", "workout", "workouts", "routine", "please", "want", "need", "before", "after", "during",
			"while", "from", "all", "day", "get", "rid", "to");

	/** Longer noise words whose misspellings are noise too ("excercise"). */
	private static final List<String> LONG_NOISE = List.of("exercise", "exercises", "workout", "workouts");

	private SearchAnalysis() {
	}

	/** Lower-cased, accent-folded words, not stemmed. */
	static Analyzer plain() {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer source = new StandardTokenizer();
				TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(source));
				return new TokenStreamComponents(source, stream);
			}

			@Override
			protected TokenStream normalize(String fieldName, TokenStream in) {
				return new ASCIIFoldingFilter(new LowerCaseFilter(in));
			}
		};
	}

	/** English stemming for the index. */
	static Analyzer stemmed() {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer source = new StandardTokenizer();
				TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(source));
				stream = new PorterStemFilter(new EnglishPossessiveFilter(stream));
				return new TokenStreamComponents(source, stream);
			}

			@Override
			protected TokenStream normalize(String fieldName, TokenStream in) {
				return new ASCIIFoldingFilter(new LowerCaseFilter(in));
			}
		};
	}

	/**
	 * Names with their synonyms folded in at index time, so people's words land on the
	 * name.
	 */
	static Analyzer stemmedWithSynonyms(SynonymMap synonyms) {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer source = new StandardTokenizer();
				TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(source));
				stream = new FlattenGraphFilter(new SynonymGraphFilter(stream, synonyms, true));
				stream = new PorterStemFilter(new EnglishPossessiveFilter(stream));
				return new TokenStreamComponents(source, stream);
			}
		};
	}

	/** Query words: synonyms expanded as a token graph, then stemmed like the index. */
	static Analyzer query(SynonymMap synonyms) {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer source = new StandardTokenizer();
				TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(source));
				stream = new SynonymGraphFilter(stream, synonyms, true);
				stream = new PorterStemFilter(new EnglishPossessiveFilter(stream));
				return new TokenStreamComponents(source, stream);
			}
		};
	}

	private static boolean misspelledNoise(String word) {
		return word.length() >= 6 && LONG_NOISE.stream().anyMatch((noise) -> editDistance(word, noise) <= 2);
	}

	/** Levenshtein distance, for the handful of noise words only. */
	static int editDistance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

	/** Reads the synonyms file (Solr format) with the plain analyzer. */
	static SynonymMap synonyms(String resource) {
		try (Analyzer analyzer = plain();
				Reader reader = new InputStreamReader(
						SearchAnalysis.class.getClassLoader().getResourceAsStream(resource), StandardCharsets.UTF_8)) {
			SolrSynonymParser parser = new SolrSynonymParser(true, true, analyzer);
			parser.parse(reader);
			return parser.build();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + resource, ex);
		}
		catch (ParseException ex) {
			throw new IllegalStateException("Bad synonyms file " + resource + ": " + ex.getMessage(), ex);
		}
	}

	/** The words of a text as the analyzer sees them, noise words removed. */
	static List<String> words(Analyzer analyzer, String text) {
		List<String> words = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				String word = term.toString();
				if (!NOISE.contains(word) && !misspelledNoise(word)) {
					words.add(word);
				}
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return words;
	}

}
