package org.fitatlas.browser;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor uploads free-exercise-db JSON, follows the import to its summary and reviews
 * what it brought; each page is axe-clean and fits a 390 px phone. In an app of its own:
 * the import grows the catalog.
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
	}

}
