package org.fitatlas.search.internal;

import java.util.Arrays;
import java.util.List;

/**
 * The text fields of the search index: how each is analyzed, how much a match in it
 * counts, and whether it tells that a person's word is covered.
 */
enum IndexField {

	NAME("name", Analysis.STEMMED, 6f, Coverage.PRIMARY),

	ALIASES("aliases", Analysis.STEMMED, 4f, Coverage.PRIMARY),

	/** Name and aliases with the product's synonyms folded in at index time. */
	NAMES_SYN("names_syn", Analysis.SYNONYMS, 2f, Coverage.PRIMARY),

	MUSCLES_TARGET("muscles_target", Analysis.STEMMED, 2f, Coverage.PRIMARY),

	MUSCLES_SECONDARY("muscles_secondary", Analysis.STEMMED, 0.7f, Coverage.SECONDARY),

	BODY_PART("body_part", Analysis.STEMMED, 1.5f, Coverage.PRIMARY),

	EQUIPMENT_TEXT("equipment_text", Analysis.STEMMED, 1.5f, Coverage.PRIMARY),

	CATEGORY_TEXT("category_text", Analysis.STEMMED, 1f, Coverage.PRIMARY),

	SUMMARY("summary", Analysis.STEMMED, 1f, Coverage.NONE),

	STEPS("steps", Analysis.STEMMED, 0.3f, Coverage.NONE),

	/**
	 * Questions and answers of the FAQ: not searched for every word, only for the words
	 * that name a health condition ("Can it help with sciatica?").
	 */
	FAQ("faq", Analysis.STEMMED, 0f, Coverage.NONE),

	/** The names of an exercise's ladder and alternatives. */
	FAMILY("family", Analysis.STEMMED, 2f, Coverage.NONE),

	/** Names and aliases as typed, for completions. */
	SUGGEST("suggest", Analysis.PLAIN, 0f, Coverage.NONE),

	/** Names and aliases, not stemmed: typo corrections rank by them. */
	NAMES_PLAIN("names_plain", Analysis.PLAIN, 0f, Coverage.NONE),

	/** Names, aliases, muscles, body part, equipment and category, not stemmed. */
	TEXT_PLAIN("text_plain", Analysis.PLAIN, 0f, Coverage.NONE),

	/** Every word the exercise's text uses, only to tell a typo from a real word. */
	VOCABULARY("vocabulary", Analysis.PLAIN, 0f, Coverage.NONE);

	/** How a field's text is cut into terms. */
	enum Analysis {

		PLAIN, STEMMED, SYNONYMS

	}

	/** What a match of a person's word in the field says about the word. */
	enum Coverage {

		/** The exercise is about the word. */
		PRIMARY,
		/** The exercise involves the word a little. */
		SECONDARY, NONE

	}

	private final String field;

	private final Analysis analysis;

	private final float boost;

	private final Coverage coverage;

	IndexField(String field, Analysis analysis, float boost, Coverage coverage) {
		this.field = field;
		this.analysis = analysis;
		this.boost = boost;
		this.coverage = coverage;
	}

	String field() {
		return this.field;
	}

	Analysis analysis() {
		return this.analysis;
	}

	float boost() {
		return this.boost;
	}

	/** The fields a search looks for the words in, each with its boost. */
	static List<IndexField> searched() {
		return Arrays.stream(values()).filter((f) -> f.boost > 0).toList();
	}

	/** The fields whose match says the exercise is about a word. */
	static List<String> covering(Coverage coverage) {
		return Arrays.stream(values()).filter((f) -> f.coverage == coverage).map(IndexField::field).toList();
	}

}
