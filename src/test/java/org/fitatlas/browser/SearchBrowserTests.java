package org.fitatlas.browser;

import org.fitatlas.FitAtlasWebTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person mistypes a search in the header's box and still lands on the right exercise.
 */
@FitAtlasWebTest
class SearchBrowserTests extends BrowserTest {

	@Test
	void shouldOpenTheSuggestedExerciseForAMisspelledQuery() {
		this.browser.get(url("/"));
		WebElement box = this.browser.findElement(By.id("search-q"));
		box.sendKeys("hamstrng stretc");
		WebElement first = this.wait.until(ExpectedConditions
			.visibilityOfElementLocated(By.cssSelector("#search-suggestions [role=option] .suggestion-name")));
		String suggested = first.getText();
		assertThat(suggested).containsIgnoringCase("hamstring");
		assertThat(box.getAttribute("aria-expanded")).isEqualTo("true");

		box.sendKeys(Keys.ARROW_DOWN);
		assertThat(this.browser.findElement(By.id("suggestion-0")).getAttribute("aria-selected")).isEqualTo("true");
		box.sendKeys(Keys.ENTER);

		this.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), suggested));
		assertThat(this.browser.getCurrentUrl()).contains("/exercises/");
	}

	@Test
	void shouldShowResultsWithHighlightsWhenTheSearchIsSubmitted() {
		this.browser.get(url("/exercises"));
		WebElement box = this.browser.findElement(By.id("search-q"));
		box.sendKeys("board on the side");
		box.sendKeys(Keys.ENTER);
		this.wait.until(ExpectedConditions.urlContains("/search?q="));
		WebElement firstHit = this.browser.findElement(By.cssSelector(".search-hits li h2 a"));
		assertThat(firstHit.getText()).isEqualTo("Side Plank");
		assertThat(this.browser.findElements(By.cssSelector(".search-hits mark"))).isNotEmpty();
	}

}
