package org.fitatlas.planning.web;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.fitatlas.catalog.Exercise;
import org.fitatlas.catalog.ExerciseCatalog;
import org.fitatlas.planning.OneRepMaxes;
import org.fitatlas.planning.Plan;
import org.fitatlas.shared.InvalidParameter;
import tools.jackson.databind.node.ObjectNode;

/**
 * The wizard's optional "Your best lifts" fields, {@code oneRepMax.{slug}} in kilograms:
 * which lifts it offers, how they become the API's {@code oneRepMaxes}, how a saved plan
 * fills them in again, and an error about one in words.
 */
final class OneRepMaxFields {

	/** The wizard's field for one lift's one-rep max. */
	static final String FIELD = "oneRepMax.";

	/** The API's field for one lift's one-rep max. */
	private static final String API_FIELD = "oneRepMaxes.";

	private OneRepMaxFields() {
	}

	/**
	 * The lifts offered: the main barbell lifts the catalog has, then any other already
	 * given (from "Edit answers").
	 */
	static List<Exercise> lifts(Map<String, String[]> form, ExerciseCatalog catalog) {
		Set<String> slugs = new LinkedHashSet<>(OneRepMaxes.MAIN_LIFTS);
		form.keySet()
			.stream()
			.filter((k) -> k.startsWith(FIELD))
			.forEach((k) -> slugs.add(k.substring(FIELD.length())));
		return slugs.stream()
			.map(catalog::find)
			.flatMap(Optional::stream)
			.filter((e) -> OneRepMaxes.unsuitable(e).isEmpty())
			.toList();
	}

	/**
	 * Puts a wizard field into the API body if it is a one-rep max (blank is none; a
	 * decimal comma is allowed); false for any other field.
	 */
	static boolean read(ObjectNode body, String name, String[] values) {
		if (!name.startsWith(FIELD)) {
			return false;
		}
		String slug = name.substring(FIELD.length());
		String value = (values.length > 0) ? values[0].trim() : "";
		if (value.isEmpty()) {
			return true;
		}
		ObjectNode maxes = body.has("oneRepMaxes") ? (ObjectNode) body.get("oneRepMaxes")
				: body.putObject("oneRepMaxes");
		double kg;
		try {
			kg = Double.parseDouble(value.replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			kg = Double.NaN;
		}
		if (!OneRepMaxes.plausible(kg)) {
			// named with what the person typed, not as the number it became
			throw InvalidParameter.of(API_FIELD + slug, value, PlanRequestReader.KILOGRAMS);
		}
		maxes.put(slug, kg);
		return true;
	}

	/** A saved plan's one-rep maxes as wizard fields. */
	static void answers(Plan.Profile profile, Map<String, String[]> form) {
		if (profile.oneRepMaxes() != null) {
			profile.oneRepMaxes()
				.forEach((slug, kg) -> form.put(FIELD + slug,
						new String[] { BigDecimal.valueOf(kg).stripTrailingZeros().toPlainString() }));
		}
	}

	/**
	 * The error in words for a person; a one-rep max is named by its exercise, not by the
	 * API's field.
	 */
	static String sentence(InvalidParameter ex, ExerciseCatalog catalog) {
		String sentence = ex.sentence();
		if (!ex.parameter().startsWith(API_FIELD)) {
			return sentence;
		}
		String slug = ex.parameter().substring(API_FIELD.length());
		String name = catalog.find(slug).map(Exercise::name).orElse(slug.replace('-', ' '));
		return "Your one-rep max for " + name + sentence.substring(sentence.indexOf(": "));
	}

}
