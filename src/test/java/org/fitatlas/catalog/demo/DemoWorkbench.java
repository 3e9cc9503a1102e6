package org.fitatlas.catalog.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.fitatlas.catalog.Exercise;
import org.fitatlas.catalog.Taxonomy;
import org.fitatlas.catalog.internal.CatalogFileReader;
import org.fitatlas.catalog.internal.CatalogSource;
import org.fitatlas.catalog.internal.TaxonomyReader;

/**
 * Renders the catalog's demos into a folder with an index page, and prints every problem
 * the checks find: for authoring, run by hand ({@code main}), not part of the suite.
 */
public final class DemoWorkbench {

	/** One exercise's demo as drawn. */
	public record Drawn(Exercise exercise, String svg, List<String> problems) {
	}

	private DemoWorkbench() {
	}

	public static List<Drawn> drawAll(Path catalog, String filter) {
		CatalogSource source = new CatalogSource(catalog);
		Taxonomy taxonomy = TaxonomyReader.read(source.taxonomy());
		CatalogFileReader reader = new CatalogFileReader(taxonomy);
		DemoReader demos = DemoReader.withTemplates();
		List<Drawn> drawn = new ArrayList<>();
		for (CatalogSource.CatalogFile file : source.exercises()) {
			if (!filter.isEmpty() && !file.name().matches(filter)) {
				continue;
			}
			Exercise exercise = reader.read(file.name(), file.text()).exercise().orElse(null);
			if (exercise == null) {
				continue;
			}
			Object block = DemoReader.blockOf(file.text()).orElse(null);
			if (block == null) {
				drawn.add(new Drawn(exercise, "", List.of("no demo")));
				continue;
			}
			DemoReader.Result result = demos.read(block);
			if (result.demo().isEmpty()) {
				drawn.add(new Drawn(exercise, "", result.problems()));
				continue;
			}
			Demo demo = result.demo().get();
			drawn.add(new Drawn(exercise,
					DemoSvg.render(demo, exercise.name(), String.join(" ", exercise.steps()), exercise.targetMuscles()),
					DemoChecks.check(demo)));
		}
		return drawn;
	}

	public static void main(String[] args) throws IOException {
		Path out = Path.of(args.length > 0 ? args[0] : "/tmp/demo-dev");
		String filter = args.length > 1 ? args[1] : "";
		Files.createDirectories(out);
		StringBuilder html = new StringBuilder(
				"<!doctype html><style>img{width:260px;height:220px;border:1px solid #ccc}"
						+ "figure{display:inline-block;margin:4px;font:12px sans-serif;width:262px;vertical-align:top}</style>");
		int bad = 0;
		for (Drawn d : drawAll(Path.of("catalog"), filter)) {
			String slug = d.exercise().slug();
			if (!d.svg().isEmpty()) {
				Files.writeString(out.resolve(slug + ".svg"), d.svg());
			}
			html.append("<figure><img src=\"").append(slug).append(".svg\"><figcaption>").append(slug);
			if (!d.problems().isEmpty()) {
				bad++;
				html.append(" <b>").append(d.problems().size()).append(" problems</b>");
				System.out.println(slug + ":");
				d.problems().stream().limit(4).forEach((p) -> System.out.println("   " + p));
			}
			html.append("</figcaption></figure>");
		}
		Files.writeString(out.resolve("index.html"), html);
		System.out.println(bad + " with problems");
	}

}
