package org.fitatlas.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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

	/**
	 * Each summary's terms and sentences, worked out once: analyzing the summaries of the
	 * hits was a fifth of a search's CPU under load.
	 */
	private final Map<String, Analyzed> summaries = new ConcurrentHashMap<>();

	private record Token(String term, int start, int end) {
	}

	private record Analyzed(List<Token> tokens, List<int[]> sentences) {
	}

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
		Analyzed analyzed = this.summaries.computeIfAbsent(summary, this::analyzed);
		List<int[]> matches = new ArrayList<>();
		List<String> matchedTerms = new ArrayList<>();
		for (Token token : analyzed.tokens()) {
			if (marked.contains(token.term())) {
				matches.add(new int[] { token.start(), token.end() });
				matchedTerms.add(token.term());
			}
		}
		if (matches.isEmpty()) {
			String start = (summary.length() <= FALLBACK_LENGTH) ? summary
					: summary.substring(0, FALLBACK_LENGTH) + "…";
			return HtmlUtils.htmlEscape(start);
		}
		int[] sentence = bestSentence(analyzed.sentences(), matches, matchedTerms);
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
	private static int[] bestSentence(List<int[]> sentences, List<int[]> matches, List<String> terms) {
		int[] best = sentences.get(0);
		int bestCount = -1;
		for (int[] sentence : sentences) {
			int start = sentence[0];
			int end = sentence[1];
			Set<String> distinct = new HashSet<>();
			for (int i = 0; i < matches.size(); i++) {
				if (matches.get(i)[0] >= start && matches.get(i)[1] <= end) {
					distinct.add(terms.get(i));
				}
			}
			if (distinct.size() > bestCount) {
				best = sentence;
				bestCount = distinct.size();
			}
		}
		return best;
	}

	private Analyzed analyzed(String summary) {
		List<Token> tokens = new ArrayList<>();
		analyze(summary, (term, start, end) -> tokens.add(new Token(term, start, end)));
		List<int[]> sentences = new ArrayList<>();
		BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ROOT);
		breaks.setText(summary);
		int start = breaks.first();
		for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
			sentences.add(new int[] { start, end });
			start = end;
		}
		if (sentences.isEmpty()) {
			sentences.add(new int[] { 0, summary.length() });
		}
		return new Analyzed(List.copyOf(tokens), List.copyOf(sentences));
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
