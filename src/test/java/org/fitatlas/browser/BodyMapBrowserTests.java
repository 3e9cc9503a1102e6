package org.fitatlas.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.fitatlas.FitAtlasWebTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The body map as people use it: the muscles of an exercise at a glance, a muscle clicked
 * to filter the atlas, a muscle page opened with the keyboard, and every new page clean
 * for axe and within a phone's width.
 */
@FitAtlasWebTest
class BodyMapBrowserTests extends BrowserTest {

	static final Path SCREENSHOTS = Path.of("docs", "screenshots");

	@Test
	void shouldShowTheExercisesMusclesOnItsBodyMapAtPhoneAndDesktopWidths() {
		for (int width : new int[] { 390, 1280 }) {
			ChromeDriver driver = Browser.start(width, (width < 500) ? 844 : 900);
			try {
				driver.get(url("/exercises/lying-leg-raise"));
				WebElement map = driver.findElement(By.cssSelector("#exercise-map svg[role='img']"));
				assertThat(map.isDisplayed()).isTrue();
				assertThat(map.getRect().getWidth()).as("map width at " + width).isBetween(200, 400);
				assertThat(driver.findElements(By.cssSelector("#exercise-map g.muscle.strong")))
					.extracting((g) -> g.getAttribute("data-muscle"))
					.containsExactlyInAnyOrder("rectus-abdominis", "iliopsoas");
				assertThat(driver.findElements(By.cssSelector("#exercise-map g.muscle.light"))).hasSize(5);
				assertThat(fill(driver, "#exercise-map g.strong path"))
					.isNotEqualTo(fill(driver, "#exercise-map g.light path"))
					.isNotEqualTo(fill(driver, "#exercise-map g.none path"));
				assertThat(driver.findElement(By.cssSelector("#exercise-map .bodymap-legend")).getText())
					.contains("Target muscles: Rectus Abdominis, Iliopsoas");
				assertThat(driver.findElement(By.cssSelector("#exercise-map title")).getAttribute("textContent"))
					.isEqualTo("Muscles worked by Lying Leg Raise");
				Accessibility.assertClean(driver);
				Accessibility.assertFitsWidth(driver);
				if (width > 1000) {
					scrollTo(driver, "#synopsis");
					screenshot(driver, "body-map-exercise.png");
				}
			}
			finally {
				driver.quit();
			}
		}
	}

	@Test
	void shouldFilterTheAtlasByTheMuscleClickedOnTheBodyMap() {
		this.browser.get(url("/exercises"));
		String before = count();

		String label = this.browser.findElement(By.cssSelector("#atlas-map a[data-muscle='hamstrings']"))
			.getAttribute("aria-label");
		int promised = Integer.parseInt(label.replaceAll("\\D+", ""));
		WebElement hamstrings = this.browser.findElement(By.cssSelector("#atlas-map a[data-muscle='hamstrings'] path"));
		scrollTo(this.browser, "#atlas-map");
		new Actions(this.browser).moveToElement(hamstrings).click().perform();

		this.wait.until(ExpectedConditions.urlContains("muscle=hamstrings"));
		this.wait.until((d) -> !count().equals(before));
		assertThat(label).as("the map says how many it leads to").startsWith("Hamstrings: ");
		assertThat(Integer.parseInt(count())).as("the count the map promised")
			.isEqualTo(promised)
			.isGreaterThan(50)
			.isLessThan(Integer.parseInt(before));
		assertThat(this.browser.findElement(By.cssSelector("#atlas-map a[data-muscle='hamstrings']"))
			.getAttribute("aria-current")).isEqualTo("true");
		assertThat(this.browser.findElement(By.cssSelector("input[name='muscle'][value='hamstrings']")).isSelected())
			.isTrue();
	}

	@Test
	void shouldOpenAMusclePageFromTheBodyMapWithTheKeyboardAlone() {
		this.browser.get(url("/muscles"));
		WebElement focused = null;
		for (int i = 0; i < 80 && focused == null; i++) {
			new Actions(this.browser).sendKeys(Keys.TAB).perform();
			WebElement active = this.browser.switchTo().activeElement();
			if (active.getAttribute("data-muscle") != null) {
				focused = active;
			}
		}
		assertThat(focused).as("a muscle of the map takes keyboard focus").isNotNull();
		String muscle = focused.getAttribute("data-muscle");
		assertThat(focused.getAttribute("aria-label")).matches("[A-Z][A-Za-z ]+: \\d+ exercises?");
		Object stroke = ((JavascriptExecutor) this.browser)
			.executeScript("return getComputedStyle(document.activeElement.querySelector('path')).stroke;");
		assertThat(stroke).as("visible focus on the muscle").isEqualTo("rgb(245, 158, 11)");

		new Actions(this.browser).sendKeys(Keys.ENTER).perform();

		this.wait.until(ExpectedConditions.urlContains("/muscles/" + muscle));
		assertThat(this.browser.findElement(By.cssSelector("#topic-map a[data-muscle='" + muscle + "']"))
			.getAttribute("data-emphasis")).isEqualTo("strong");
	}

	@Test
	void shouldKeepEveryNewPageAccessibleAndWithinAPhonesWidth() {
		List<String> pages = List.of("/muscles", "/muscles/hamstrings", "/body-parts/core", "/equipment/kettlebell",
				"/exercises?muscle=hamstrings", "/about", "/exercises/no-such-exercise", "/muscles/wings");
		for (int width : new int[] { 390, 1280 }) {
			ChromeDriver driver = Browser.start(width, (width < 500) ? 844 : 900);
			try {
				for (String page : pages) {
					driver.get(url(page));
					assertThat(driver.findElement(By.tagName("h1")).getText()).as(page).isNotBlank();
					Accessibility.assertClean(driver);
					Accessibility.assertFitsWidth(driver);
				}
				if (width > 1000) {
					driver.get(url("/muscles/hamstrings"));
					screenshot(driver, "muscle-page.png");
				}
			}
			finally {
				driver.quit();
			}
		}
	}

	private String count() {
		return this.browser.findElement(By.cssSelector("#result-count strong")).getText();
	}

	private static String fill(WebDriver driver, String selector) {
		return String.valueOf(((JavascriptExecutor) driver)
			.executeScript("return getComputedStyle(document.querySelector(arguments[0])).fill;", selector));
	}

	private static void scrollTo(WebDriver driver, String selector) {
		((JavascriptExecutor) driver).executeScript(
				"document.querySelector(arguments[0]).scrollIntoView({block: 'start'}); window.scrollBy(0, -16);",
				selector);
	}

	private static void screenshot(WebDriver driver, String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Files.write(SCREENSHOTS.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
