package org.fitatlas.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor uploads free-exercise-db JSON, follows the import to its summary and reviews
 * what it brought, then logs a set of an imported exercise whose dose is not written yet;
 * each page is axe-clean and fits a 390 px phone. In an app of its own: the import grows
 * the catalog.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "fitatlas.database.data-dir=target/test-pg/${random.uuid}", "fitatlas.database.clean=true",
				"fitatlas.admin.email=editor@fitatlas.test", "fitatlas.admin.password=an editor pass phrase" })
class ImportBrowserTests extends BrowserTest {

	@Test
	void shouldUploadAFileSeeTheSummaryAndReviewTheImportOnAPhone() {
		this.browser.quit();
		this.browser = Browser.start(390, 844);
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(120));
		this.browser.get(url("/login"));
		this.browser.findElement(By.id("email")).sendKeys("editor@fitatlas.test");
		this.browser.findElement(By.id("password")).sendKeys("an editor pass phrase");
		this.browser.findElement(By.id("sign-in")).click();
		this.wait.until(ExpectedConditions.urlContains("/profile"));

		this.browser.get(url("/imports"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Import exercises");
		Accessibility.assertClean(this.browser);
		Accessibility.assertFitsWidth(this.browser);

		this.browser.findElement(By.id("file"))
			.sendKeys(Path.of("src/test/resources/imports/free-exercise-db-20.json").toAbsolutePath().toString());
		this.browser.findElement(By.cssSelector("form[enctype] button[type=submit]")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"),
				"Read 20, created 17, merged 3, skipped 0"));
		Accessibility.assertClean(this.browser);
		Accessibility.assertFitsWidth(this.browser);

		this.browser.findElement(By.linkText("Review what was imported")).click();
		this.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Imported exercises"));
		assertThat(this.browser.findElement(By.tagName("tbody")).getText()).contains("Hang Snatch Pull")
			.contains("(merged)");
		Accessibility.assertClean(this.browser);
		Accessibility.assertFitsWidth(this.browser);

		this.browser.findElement(By.linkText("Hang Snatch Pull")).click();
		this.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Hang Snatch Pull"));
		assertThat(this.browser.findElement(By.id("main")).getText()).contains("Not written yet");
		Accessibility.assertClean(this.browser);
		Accessibility.assertFitsWidth(this.browser);

		// Its dose is not written yet, yet it can be logged: with the keyboard alone, at
		// a
		// phone's width and at a desktop's.
		emulate(390, 844);
		WebElement log = this.browser.findElement(By.id("log-a-set"));
		((JavascriptExecutor) this.browser).executeScript("arguments[0].focus();", log);
		assertThat(this.browser.switchTo().activeElement()).isEqualTo(log);
		log.sendKeys(Keys.ENTER);
		this.wait.until(ExpectedConditions.urlContains("/train/sessions/"));
		assertThat(this.browser.findElement(By.id("main")).getText()).contains("Hang Snatch Pull")
			.contains("3 × 8–12 reps")
			.contains("own dose is not written yet");
		Accessibility.assertClean(this.browser);
		Accessibility.assertFitsWidth(this.browser);
		screenshot("player-imported-phone.png");
		emulate(1280, 900);
		this.browser.navigate().refresh();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "Hang Snatch Pull"));
		Accessibility.assertClean(this.browser);
		screenshot("player-imported.png");
	}

	private void emulate(int width, int height) {
		((ChromeDriver) this.browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
	}

	private void screenshot(String name) {
		try {
			Path target = Path.of("target", "screenshots", name);
			Files.createDirectories(target.getParent());
			Files.write(target, ((TakesScreenshot) this.browser).getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
