package org.fitatlas.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.fitatlas.FitAtlasWebTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calculators page through its forms, a shared address, a bad value; and every page
 * with tools checked by axe and for width on a phone and a desktop.
 */
@FitAtlasWebTest
class CalculatorsBrowserTests extends BrowserTest {

	/** Screenshots land here; the ones worth keeping are copied to docs/screenshots. */
	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@Test
	void shouldUseEachCalculatorThroughItsForm() {
		this.browser.get(url("/calculators"));
		type("weightKg", "100");
		type("reps", "5");
		click("one-rep-max-submit");
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("one-rep-max-result")));
		assertThat(this.browser.getCurrentUrl()).contains("weightKg=100", "reps=5").endsWith("#one-rep-max");
		assertThat(text("one-rep-max-average")).isEqualTo("115.5 kg");
		assertThat(text("one-rep-max-table")).contains("Epley 116.7 kg", "Wathen 116.6 kg", "Average 115.5 kg");

		type("oneRepMaxKg", "120");
		click("percentages-submit");
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("percentages-table")));
		assertThat(text("percentages-table")).contains("5 87 % 104.4 kg", "15 (filled in) 62.5 % 75 kg");

		type("targetKg", "62.5");
		type("barKg", "20");
		for (WebElement plate : this.browser.findElements(By.cssSelector("input[name=plates]"))) {
			boolean wanted = List.of("20", "10", "1.25").contains(plate.getAttribute("value"));
			if (plate.isSelected() != wanted) {
				clickElement(plate);
			}
		}
		click("plates-submit");
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("plates-result")));
		assertThat(text("plates-table")).contains("20 kg 1", "1.25 kg 1");
		assertThat(text("plates-achieved")).isEqualTo("Loaded: 62.5 kg");

		new Select(this.browser.findElement(By.id("exercise"))).selectByValue("plank");
		type("bodyWeightKg", "70");
		type("minutes", "60");
		click("energy-submit");
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("energy-result")));
		assertThat(text("energy-kcal")).isEqualTo("266 kcal");
	}

	@Test
	void shouldRenderASharedAddressAndExplainABadValue() {
		this.browser.get(url("/calculators?targetKg=100&plates=25&plates=15#plates"));
		assertThat(text("plates-table")).contains("25 kg 1", "15 kg 1");
		assertThat(this.browser.findElement(By.cssSelector("input[name=plates][value='25']")).isSelected()).isTrue();
		assertThat(this.browser.findElement(By.cssSelector("input[name=plates][value='20']")).isSelected()).isFalse();

		this.browser.get(url("/calculators"));
		type("weightKg", "-20");
		type("reps", "5");
		click("one-rep-max-submit");
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("weightKg-error")));
		assertThat(text("weightKg-error"))
			.isEqualTo("Weight cannot be -20: enter a number greater than 0 and at most 1000 kg.");
		assertThat(this.browser.findElements(By.id("one-rep-max-result"))).isEmpty();
		assertThat(this.browser.findElement(By.id("weightKg")).getAttribute("value")).isEqualTo("-20");
		Accessibility.assertClean(this.browser);
	}

	@Test
	void shouldBeAccessibleAndFitAPhoneAndADesktopWithScreenshots() throws IOException {
		String everything = "/calculators?weightKg=100&reps=5&oneRepMaxKg=120&targetKg=62.5&met=3.5&bodyWeightKg=70&minutes=45";
		for (int width : new int[] { 390, 1280 }) {
			resize(width, (width == 390) ? 844 : 900);
			for (String path : List.of("/exercises/barbell-bench-press", "/exercises/cross-body-shoulder-stretch",
					"/exercises/plank", everything)) {
				this.browser.get(url(path));
				assertThat(Screens.innerWidth((ChromeDriver) this.browser)).isEqualTo(width);
				Accessibility.assertFitsWidth(this.browser);
				Accessibility.assertClean(this.browser);
			}
		}

		resize(390, 844);
		this.browser.get(url("/exercises/cross-body-shoulder-stretch"));
		this.browser.findElement(By.id("stopwatch-start")).click();
		screenshot("tools-phone.png", By.cssSelector("section.tools"));

		resize(1280, 900);
		this.browser.get(url("/exercises/barbell-bench-press"));
		type("orm-weight", "100");
		type("orm-reps", "5");
		click("orm-submit");
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("orm-average")));
		Accessibility.assertClean(this.browser);
		screenshot("tools.png", By.cssSelector("section.tools"));

		this.browser.get(url(everything));
		screenshot("calculators.png", By.tagName("main"));
		resize(390, 844);
		this.browser.get(url(everything));
		screenshot("calculators-phone.png", By.tagName("main"));
	}

	private void resize(int width, int height) {
		this.browser.quit();
		this.browser = Screens.start(width, height);
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(15));
	}

	/** The whole element, even past the bottom of the window. */
	private void screenshot(String name, By what) throws IOException {
		WebElement element = this.browser.findElement(what);
		// Capturing beyond the window drops the scroll bar and re-centres the page; drop
		// it
		// before measuring so that the clip matches.
		((JavascriptExecutor) this.browser)
			.executeScript("document.documentElement.style.overflow = 'hidden'; window.scrollTo(0, 0);");
		Map<?, ?> box = (Map<?, ?>) ((JavascriptExecutor) this.browser)
			.executeScript("var r = arguments[0].getBoundingClientRect();"
					+ "return {x: r.left + window.scrollX, y: r.top + window.scrollY, width: r.width, height: r.height};",
					element);
		Map<String, Object> clip = Map.of("x", box.get("x"), "y", box.get("y"), "width", box.get("width"), "height",
				box.get("height"), "scale", 1);
		Map<String, Object> shot = ((ChromeDriver) this.browser).executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
		Files.createDirectories(SCREENSHOTS);
		Files.write(SCREENSHOTS.resolve(name), Base64.getDecoder().decode((String) shot.get("data")));
	}

	private void click(String id) {
		clickElement(this.browser.findElement(By.id(id)));
	}

	private void clickElement(WebElement element) {
		((JavascriptExecutor) this.browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
		element.click();
	}

	private void type(String id, String value) {
		WebElement field = this.browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(value);
	}

	private String text(String id) {
		return this.browser.findElement(By.id(id)).getText();
	}

}
