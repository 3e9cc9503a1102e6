package org.fitatlas.browser;

import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the page in the browser with Deque's axe-core against WCAG 2.2 A and AA, and
 * that it fits the window's width without horizontal scrolling.
 */
public final class Accessibility {

	static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	private Accessibility() {
	}

	/** Fails with each violation's rule, help text and first offending elements. */
	public static void assertClean(WebDriver browser) {
		Results results = new AxeBuilder().withTags(TAGS).analyze(browser);
		List<String> violations = results.getViolations().stream().map(Accessibility::describe).toList();
		assertThat(violations).as("axe (WCAG 2.2 AA) on " + browser.getCurrentUrl()).isEmpty();
	}

	/** Fails when the page is wider than the window (horizontal scrolling on a phone). */
	public static void assertFitsWidth(WebDriver browser) {
		Object widths = ((JavascriptExecutor) browser)
			.executeScript("return [document.documentElement.scrollWidth, document.documentElement.clientWidth];");
		List<?> pair = (List<?>) widths;
		long scroll = ((Number) pair.get(0)).longValue();
		long client = ((Number) pair.get(1)).longValue();
		assertThat(scroll).as("page width on " + browser.getCurrentUrl() + " (window " + client + " px)")
			.isLessThanOrEqualTo(client);
	}

	/**
	 * Fails when the page loaded anything (script, style, image, font, data) from another
	 * host.
	 */
	public static void assertNothingFromOtherHosts(WebDriver browser) {
		Object urls = ((JavascriptExecutor) browser)
			.executeScript("return performance.getEntriesByType('resource').map(function (e) { return e.name; })"
					+ ".filter(function (u) { return new URL(u).origin !== location.origin; });");
		assertThat((List<?>) urls).as("requests to other hosts from " + browser.getCurrentUrl()).isEmpty();
	}

	private static String describe(Rule rule) {
		String targets = rule.getNodes()
			.stream()
			.limit(3)
			.map((n) -> String.valueOf(n.getTarget()))
			.reduce((a, b) -> a + "; " + b)
			.orElse("");
		return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at " + targets;
	}

}
