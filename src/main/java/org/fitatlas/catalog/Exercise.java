package org.fitatlas.catalog;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One exercise of the atlas, complete and validated, as its catalog file describes it.
 */
public record Exercise(String slug, String name, List<String> aliases, String summary, String bodyPart,
		List<String> targetMuscles, List<String> secondaryMuscles, List<String> equipment, String level,
		String category, String force, String mechanic, String pattern, String position, String sides, Dose defaultDose,
		List<String> steps, List<String> tips, List<String> mistakes, List<Faq> faq, String breathing,
		List<String> easier, List<String> harder, List<String> alternatives, List<Contraindication> contraindications,
		List<String> traits, @Nullable Effectiveness effectiveness, List<String> sources) {

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
