package org.fitatlas.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.fitatlas.catalog.demo.Demo;
import org.fitatlas.catalog.demo.DemoReader;
import org.fitatlas.catalog.demo.DemoSvg;
import org.fitatlas.catalog.internal.CatalogProperties;
import org.fitatlas.catalog.internal.CatalogSource;

import org.springframework.stereotype.Service;

/**
 * The animated figure of each exercise, drawn from the {@code demo:} block of its catalog
 * file; an exercise without one (imported later) gets the body map with its target
 * muscles and a note that its demonstration is not drawn yet.
 */
@Service
public class ExerciseDemos {

	private final ExerciseCatalog catalog;

	private final CatalogSource source;

	private final DemoReader reader = DemoReader.withTemplates();

	private volatile Drawn drawn = new Drawn(-1, Map.of(), new ConcurrentHashMap<>());

	private record Drawn(long version, Map<String, Demo> demos, Map<String, String> pictures) {
	}

	ExerciseDemos(ExerciseCatalog catalog, CatalogProperties properties) {
		this.catalog = catalog;
		this.source = new CatalogSource(properties.dir());
	}

	/** Whether the exercise has a drawn demonstration (not only the body map). */
	public boolean has(String slug) {
		return current().demos().containsKey(slug);
	}

	/**
	 * The exercise's picture as SVG: its demonstration, or the body map when none is
	 * drawn.
	 * @throws ExerciseNotFound when no exercise has the slug
	 */
	public String svg(String slug) {
		Exercise exercise = this.catalog.find(slug).orElseThrow(() -> ExerciseNotFound.forSlug(slug));
		Drawn current = current();
		return current.pictures().computeIfAbsent(slug, (s) -> draw(exercise, current.demos().get(s)));
	}

	/** The version of the catalog the pictures were drawn from, for caching. */
	public long version() {
		return current().version();
	}

	private static String draw(Exercise exercise, Demo demo) {
		String steps = String.join(" ", exercise.steps());
		if (demo == null) {
			return DemoSvg.bodyMap(exercise.name(),
					"A demonstration of the " + exercise.name()
							+ " is not drawn yet; the figure shows the muscles it works. " + steps,
					exercise.targetMuscles());
		}
		String side = exercise.sides().equals("each-side") ? " Shown on one side; repeat on the other." : "";
		return DemoSvg.render(demo, exercise.name(), steps + side, exercise.targetMuscles());
	}

	private Drawn current() {
		Drawn seen = this.drawn;
		long version = this.catalog.version();
		if (seen.version() == version) {
			return seen;
		}
		synchronized (this) {
			if (this.drawn.version() != version) {
				this.drawn = new Drawn(version, read(), new ConcurrentHashMap<>());
			}
			return this.drawn;
		}
	}

	private Map<String, Demo> read() {
		Map<String, Demo> demos = new HashMap<>();
		List<CatalogSource.CatalogFile> files = this.source.exercises();
		for (CatalogSource.CatalogFile file : files) {
			String slug = file.name().replaceAll("\\.md$", "");
			Optional<Object> block = DemoReader.blockOf(file.text());
			block.flatMap((b) -> this.reader.read(b).demo()).ifPresent((demo) -> demos.put(slug, demo));
		}
		return Map.copyOf(demos);
	}

}
