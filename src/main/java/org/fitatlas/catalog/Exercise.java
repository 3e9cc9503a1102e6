package org.fitatlas.catalog;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One exercise of the atlas, validated, as its catalog file describes it. An imported
 * exercise may lack fields its source never wrote; those are named in {@code missing} and
 * hold nothing (empty text or lists, no dose) rather than an invented value.
 */
public record Exercise(String slug, String name, List<String> aliases, String summary, String bodyPart,
		List<String> targetMuscles, List<String> secondaryMuscles, List<String> equipment, String level,
		String category, String force, String mechanic, String pattern, String position, String sides,
		@Nullable Dose defaultDose, List<String> steps, List<String> tips, List<String> mistakes, List<Faq> faq,
		String breathing, List<String> easier, List<String> harder, List<String> alternatives,
		List<Contraindication> contraindications, List<String> traits, @Nullable Effectiveness effectiveness,
		List<String> sources, List<String> missing) {

	/**
	 * The fields an exercise may lack, each a front-matter or section name of the catalog
	 * format.
	 */
	public static final List<String> MISSABLE = List.of("summary", "steps", "tips", "mistakes", "breathing",
			"equipment", "force", "mechanic", "pattern", "position", "sides", "defaultDose", "contraindications",
			"traits");

	/**
	 * What the planner's safety screen, dosing and pattern slots need before it may
	 * choose an exercise.
	 */
	public static final List<String> NEEDED_FOR_PLANS = List.of("pattern", "position", "sides", "defaultDose",
			"contraindications", "traits");

	/** A complete exercise, nothing missing. */
	public Exercise(String slug, String name, List<String> aliases, String summary, String bodyPart,
			List<String> targetMuscles, List<String> secondaryMuscles, List<String> equipment, String level,
			String category, String force, String mechanic, String pattern, String position, String sides,
			Dose defaultDose, List<String> steps, List<String> tips, List<String> mistakes, List<Faq> faq,
			String breathing, List<String> easier, List<String> harder, List<String> alternatives,
			List<Contraindication> contraindications, List<String> traits, @Nullable Effectiveness effectiveness,
			List<String> sources) {
		this(slug, name, aliases, summary, bodyPart, targetMuscles, secondaryMuscles, equipment, level, category, force,
				mechanic, pattern, position, sides, defaultDose, steps, tips, mistakes, faq, breathing, easier, harder,
				alternatives, contraindications, traits, effectiveness, sources, List.of());
	}

	public Exercise {
		Objects.requireNonNull(slug, "slug");
		Objects.requireNonNull(name, "name");
		aliases = List.copyOf(aliases);
		targetMuscles = List.copyOf(targetMuscles);
		secondaryMuscles = List.copyOf(secondaryMuscles);
		equipment = List.copyOf(equipment);
		steps = List.copyOf(steps);
		tips = List.copyOf(tips);
		mistakes = List.copyOf(mistakes);
		faq = List.copyOf(faq);
		easier = List.copyOf(easier);
		harder = List.copyOf(harder);
		alternatives = List.copyOf(alternatives);
		contraindications = List.copyOf(contraindications);
		traits = List.copyOf(traits);
		sources = List.copyOf(sources);
		// documents stored before imports existed have no "missing" at all
		missing = (missing == null) ? List.of() : List.copyOf(missing);
		for (String field : missing) {
			if (!MISSABLE.contains(field)) {
				throw new IllegalArgumentException(
						"missing field '" + field + "' cannot be missing; allowed: " + String.join(", ", MISSABLE));
			}
		}
		if (defaultDose == null && !missing.contains("defaultDose")) {
			throw new IllegalArgumentException("defaultDose of " + slug + " is null but not listed as missing");
		}
	}

	/** Whether the source wrote this field (see {@link #MISSABLE}). */
	public boolean written(String field) {
		return !this.missing.contains(field);
	}

	/**
	 * Whether the planner has what it needs to screen, dose and place this exercise:
	 * pattern, position, sides, dose, contraindications and traits all written.
	 */
	public boolean plannable() {
		return NEEDED_FOR_PLANS.stream().allMatch(this::written);
	}

	/**
	 * Whether the exercise works this muscle, as a target or (unless {@code targetOnly})
	 * a helper.
	 */
	public boolean works(String muscle, boolean targetOnly) {
		return this.targetMuscles.contains(muscle) || (!targetOnly && this.secondaryMuscles.contains(muscle));
	}

	/** Whether the exercise is ruled out for a person with this condition token. */
	public boolean contraindicatedFor(String condition) {
		return this.contraindications.stream().anyMatch((c) -> c.condition().equals(condition));
	}

	public boolean bodyWeightOnly() {
		return this.equipment.stream().allMatch((e) -> e.equals("none") || e.equals("mat"));
	}

}
