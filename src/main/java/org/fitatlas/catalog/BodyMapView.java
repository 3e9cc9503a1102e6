package org.fitatlas.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * What the body-map fragment draws: every muscle with its emphasis (strong, light or
 * none), optionally a link per muscle, and the words that say the same as the picture.
 *
 * @param id unique on the page; prefixes the ids inside the drawing
 * @param title the drawing's short name
 * @param description the text alternative: which muscles are strong and which light
 * @param linked whether each muscle is a link (a clickable filter) rather than a picture
 * @param strongLabel the legend's words for the strong colour
 * @param lightLabel the legend's words for the light colour, empty when nothing is light
 */
public record BodyMapView(String id, String title, String description, boolean linked, String strongLabel,
		String lightLabel, List<String> strongNames, List<String> lightNames, List<Region> regions,
		List<String> outline, String viewBox) {

	/** The emphasis a muscle gets on the map. */
	public static final String STRONG = "strong";

	public static final String LIGHT = "light";

	public static final String NONE = "none";

	/** One muscle of the drawing. */
	public record Region(String token, String name, String emphasis, @Nullable String href, String label,
			List<String> paths) {
	}

	public BodyMapView {
		regions = List.copyOf(regions);
		strongNames = List.copyOf(strongNames);
		lightNames = List.copyOf(lightNames);
	}

	/** An exercise's map: its target muscles strong, its secondary muscles light. */
	public static BodyMapView ofExercise(Exercise exercise, Taxonomy taxonomy) {
		return build("exercise-map", "Muscles worked by " + exercise.name(), taxonomy, exercise.targetMuscles(),
				exercise.secondaryMuscles(), null, "Target muscles", "Secondary muscles");
	}

	/**
	 * A clickable map: each muscle is a link, the chosen ones strong.
	 * @param href the address for a muscle token
	 * @param counts the label after a muscle's name ("12 exercises"), by token
	 */
	public static BodyMapView chooser(String id, Taxonomy taxonomy, Collection<String> chosen,
			Function<String, String> href, Function<String, String> counts) {
		BodyMapView map = build(id, "Choose a muscle", taxonomy, chosen, List.of(), href, "Chosen muscle", "");
		List<Region> regions = map.regions()
			.stream()
			.map((r) -> new Region(r.token(), r.name(), r.emphasis(), r.href(),
					r.name() + ": " + counts.apply(r.token()), r.paths()))
			.toList();
		return new BodyMapView(map.id(), map.title(), map.description(), true, map.strongLabel(), map.lightLabel(),
				map.strongNames(), map.lightNames(), regions, map.outline(), map.viewBox());
	}

	/**
	 * A map with some muscles strong and others light, each muscle a link when
	 * {@code href} is given.
	 */
	public static BodyMapView build(String id, String title, Taxonomy taxonomy, Collection<String> strong,
			Collection<String> light, @Nullable Function<String, String> href, String strongLabel, String lightLabel) {
		Set<String> strongSet = Set.copyOf(strong);
		List<Region> regions = new ArrayList<>();
		for (String token : BodyMapShapes.muscles()) {
			String emphasis = strongSet.contains(token) ? STRONG : light.contains(token) ? LIGHT : NONE;
			String name = taxonomy.displayName(Taxonomy.MUSCLES, token);
			regions.add(new Region(token, name, emphasis, (href != null) ? href.apply(token) : null, name,
					BodyMapShapes.paths(token)));
		}
		List<String> strongNames = names(taxonomy, strong);
		List<String> lightNames = names(taxonomy, light.stream().filter((m) -> !strongSet.contains(m)).toList());
		String description = "Front and back of the body. " + sentence(strongLabel, strongNames)
				+ (lightNames.isEmpty() ? "" : " " + sentence(lightLabel, lightNames));
		if (href != null && strongNames.isEmpty()) {
			description = "Front and back of the body; each muscle is a link to its exercises.";
		}
		return new BodyMapView(id, title, description, href != null, strongLabel,
				lightNames.isEmpty() ? "" : lightLabel, strongNames, lightNames, regions, BodyMapShapes.outline(),
				BodyMapShapes.VIEW_BOX);
	}

	private static List<String> names(Taxonomy taxonomy, Collection<String> tokens) {
		return tokens.stream().map((t) -> taxonomy.displayName(Taxonomy.MUSCLES, t)).toList();
	}

	private static String sentence(String label, List<String> names) {
		return label + ": " + (names.isEmpty() ? "none" : String.join(", ", names)) + ".";
	}

}
