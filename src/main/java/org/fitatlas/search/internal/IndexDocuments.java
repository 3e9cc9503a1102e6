package org.fitatlas.search.internal;

import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.fitatlas.catalog.Exercise;
import org.fitatlas.catalog.Taxonomy;

/**
 * Turns an exercise into the index's document: the text fields of {@link IndexField}
 * (facets and filters work on the exercises themselves, see {@link ResultAssembly}).
 */
final class IndexDocuments {

	private final Taxonomy taxonomy;

	private final Map<String, Exercise> bySlug;

	IndexDocuments(Taxonomy taxonomy, Map<String, Exercise> bySlug) {
		this.taxonomy = taxonomy;
		this.bySlug = bySlug;
	}

	Document document(Exercise e) {
		Document doc = new Document();
		doc.add(new StringField("slug", e.slug(), Field.Store.YES));
		text(doc, IndexField.NAME, e.name());
		for (String alias : e.aliases()) {
			text(doc, IndexField.ALIASES, alias);
		}
		text(doc, IndexField.SUGGEST, e.name());
		e.aliases().forEach((a) -> text(doc, IndexField.SUGGEST, a));
		text(doc, IndexField.FAMILY, family(e));
		text(doc, IndexField.NAMES_SYN, e.name() + " . " + String.join(" . ", e.aliases()));
		text(doc, IndexField.NAMES_PLAIN, e.name() + " " + String.join(" ", e.aliases()));
		text(doc, IndexField.SUMMARY, e.summary());
		String target = words(Taxonomy.MUSCLES, e.targetMuscles());
		String secondary = words(Taxonomy.MUSCLES, e.secondaryMuscles());
		String bodyPart = words(Taxonomy.BODY_PARTS, List.of(e.bodyPart()));
		String equipment = words(Taxonomy.EQUIPMENT, e.equipment());
		String category = words(Taxonomy.CATEGORIES, List.of(e.category())) + " "
				+ words(Taxonomy.POSITIONS, List.of(e.position())) + " " + words(Taxonomy.LEVELS, List.of(e.level()));
		text(doc, IndexField.MUSCLES_TARGET, target);
		text(doc, IndexField.MUSCLES_SECONDARY, secondary);
		text(doc, IndexField.BODY_PART, bodyPart);
		text(doc, IndexField.EQUIPMENT_TEXT, equipment);
		text(doc, IndexField.CATEGORY_TEXT, category);
		String steps = String.join(" ", e.steps()) + " " + String.join(" ", e.tips());
		text(doc, IndexField.STEPS, steps);
		StringBuilder faq = new StringBuilder();
		e.faq().forEach((f) -> faq.append(f.question()).append(" ").append(f.answer()).append(" . "));
		text(doc, IndexField.FAQ, faq.toString());
		text(doc, IndexField.TEXT_PLAIN,
				String.join(" ", e.name(), String.join(" ", e.aliases()), target, bodyPart, equipment, category));
		text(doc, IndexField.VOCABULARY, String.join(" ", e.name(), String.join(" ", e.aliases()), e.summary(), steps,
				String.join(" ", e.mistakes()), target, secondary, bodyPart, equipment, category));
		return doc;
	}

	private static void text(Document doc, IndexField field, String text) {
		doc.add(new TextField(field.field(), text, Field.Store.NO));
	}

	/**
	 * The names of an exercise's ladder and alternatives: people looking for one accept
	 * the others.
	 */
	private String family(Exercise e) {
		StringBuilder names = new StringBuilder();
		for (List<String> slugs : List.of(e.easier(), e.harder(), e.alternatives())) {
			for (String slug : slugs) {
				Exercise other = this.bySlug.get(slug);
				if (other != null) {
					names.append(other.name()).append(" . ");
				}
			}
		}
		return names.toString();
	}

	/**
	 * Display names, token words and synonyms of the tokens, so people's words find them.
	 */
	private String words(String table, List<String> tokens) {
		StringBuilder text = new StringBuilder();
		for (String token : tokens) {
			Taxonomy.Term term = this.taxonomy.table(table).get(token);
			text.append(token.replace('-', ' ')).append(". ");
			if (term != null) {
				text.append(term.name()).append(". ");
				term.synonyms().forEach((s) -> text.append(s).append(". "));
			}
		}
		return text.toString();
	}

}
