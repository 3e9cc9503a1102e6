package org.fitatlas.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import org.springframework.web.util.HtmlUtils;

/**
 * The snippet of a hit: the sentence of its summary that holds most of the searched
 * words, those words wrapped in {@code <mark>}, the rest HTML-escaped. Works on the
 * summary in memory with the analyzer the summary is indexed with, so it needs neither
 * stored fields nor a highlighter's per-call set-up, which cost more than the search
 * itself on the repository catalog.
 */
final class Snippets {

	private static final int FALLBACK_LENGTH = 200;

	private final Analyzer analyzer;

	Snippets(Analyzer analyzer) {
		this.analyzer = analyzer;
	}

	/** The summary's terms (as the summary field indexes them) for these words. */
	Set<String> terms(List<String> words) {
		Set<String> terms = new HashSet<>();
		for (String word : words) {
			analyze(word, (term, start, end) -> terms.add(term));
		}
		return terms;
	}

	String snippet(String summary, Set<String> marked) {
		List<int[]> matches = new ArrayList<>();
		List<String> matchedTerms = new ArrayList<>();
		analyze(summary, (term, start, end) -> {
			if (marked.contains(term)) {
				matches.add(new int[] { start, end });
				matchedTerms.add(term);
			}
		});
		if (matches.isEmpty()) {
			String start = (summary.length() <= FALLBACK_LENGTH) ? summary
					: summary.substring(0, FALLBACK_LENGTH) + "…";
			return HtmlUtils.htmlEscape(start);
		}
		int[] sentence = bestSentence(summary, matches, matchedTerms);
		StringBuilder out = new StringBuilder();
		int at = sentence[0];
		for (int[] match : matches) {
			if (match[0] >= sentence[0] && match[1] <= sentence[1]) {
				out.append(HtmlUtils.htmlEscape(summary.substring(at, match[0])))
					.append("<mark>")
					.append(HtmlUtils.htmlEscape(summary.substring(match[0], match[1])))
					.append("</mark>");
				at = match[1];
			}
		}
		return out.append(HtmlUtils.htmlEscape(summary.substring(at, sentence[1]))).toString();
	}

	/** The sentence with the most distinct matched terms; the first of equals. */
	private static int[] bestSentence(String summary, List<int[]> matches, List<String> terms) {
		BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
		sentences.setText(summary);
		int[] best = { 0, summary.length() };
		int bestCount = -1;
		for (int start = sentences.first(),
				end = sentences.next(); end != BreakIterator.DONE; start = end, end = sentences.next()) {
			Set<String> distinct = new HashSet<>();
			for (int i = 0; i < matches.size(); i++) {
				if (matches.get(i)[0] >= start && matches.get(i)[1] <= end) {
					distinct.add(terms.get(i));
				}
			}
			if (distinct.size() > bestCount) {
				best = new int[] { start, end };
				bestCount = distinct.size();
			}
		}
		return best;
	}

	private interface TermSink {

		void accept(String term, int start, int end);

	}

	private void analyze(String text, TermSink sink) {
		try (TokenStream stream = this.analyzer.tokenStream(IndexField.SUMMARY.field(), text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				sink.accept(term.toString(), offset.startOffset(), offset.endOffset());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
