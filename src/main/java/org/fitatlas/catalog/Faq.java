package org.fitatlas.catalog;

/**
 * A question people ask about an exercise, with our answer.
 */
public record Faq(String question, String answer) {

	public Faq {
		if (question.isBlank() || answer.isBlank()) {
			throw new IllegalArgumentException("a FAQ entry needs a question and an answer");
		}
	}

}
