package org.fitatlas.catalog.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.fitatlas.browser.Browser;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Writes a contact sheet per body part into {@code docs/demos/}: every exercise's start
 * and end pose side by side, drawn by headless Chromium, for a person to look over. Run
 * on demand ({@code main}), not part of the suite.
 */
public final class DemoSheets {

	private static final int COLUMNS = 5;

	private static final int CELL_WIDTH = 250;

	private static final int CELL_HEIGHT = 210;

	private DemoSheets() {
	}

	public static void main(String[] args) throws IOException {
		Path out = Path.of(args.length > 0 ? args[0] : "docs/demos");
		Files.createDirectories(out);
		Path pages = Files.createTempDirectory("demo-sheets");
		Map<String, List<DemoWorkbench.Drawn>> byPart = DemoWorkbench.drawAll(Path.of("catalog"), "")
			.stream()
			.filter((d) -> !d.svg().isEmpty())
			.collect(Collectors.groupingBy((d) -> d.exercise().bodyPart(), TreeMap::new, Collectors.toList()));
		ChromeDriver browser = Browser.start(COLUMNS * (CELL_WIDTH + 8) + 24, 800);
		try {
			for (Map.Entry<String, List<DemoWorkbench.Drawn>> part : byPart.entrySet()) {
				StringBuilder html = new StringBuilder("<!doctype html><meta charset=utf-8><style>"
						+ "body{margin:8px;font:12px sans-serif;background:#fff}h1{font-size:16px;margin:4px}"
						+ "figure{display:inline-block;margin:4px;width:" + CELL_WIDTH + "px;vertical-align:top}"
						+ "img{width:" + CELL_WIDTH + "px;height:" + (CELL_HEIGHT - 24)
						+ "px;border:1px solid #ddd}figcaption{height:20px;overflow:hidden}</style>");
				html.append("<h1>").append(part.getKey()).append(": start and end poses</h1>");
				for (DemoWorkbench.Drawn drawn : part.getValue()) {
					String slug = drawn.exercise().slug();
					// the still view (start and end side by side) is what reduced motion
					// shows
					Files.writeString(pages.resolve(slug + ".svg"),
							drawn.svg()
								.replace(".still{display:none}", ".still{display:inline}")
								.replace("<g class=\"anim\">", "<g class=\"anim\" style=\"display:none\">"));
					html.append("<figure><img src=\"")
						.append(slug)
						.append(".svg\"><figcaption>")
						.append(DemoSvg.escape(drawn.exercise().name()))
						.append("</figcaption></figure>");
				}
				Path page = pages.resolve(part.getKey() + ".html");
				Files.writeString(page, html);
				int rows = (part.getValue().size() + COLUMNS - 1) / COLUMNS;
				browser.manage()
					.window()
					.setSize(new org.openqa.selenium.Dimension(COLUMNS * (CELL_WIDTH + 8) + 40,
							rows * (CELL_HEIGHT + 10) + 200));
				browser.get(page.toUri().toString());
				Path png = browser.getScreenshotAs(OutputType.FILE).toPath();
				Files.copy(png, out.resolve(part.getKey() + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
				System.out.println(out.resolve(part.getKey() + ".png") + ": " + part.getValue().size() + " exercises");
			}
		}
		finally {
			browser.quit();
		}
	}

}
