package org.fitatlas.browser;

import org.fitatlas.FitAtlasWebTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person mistypes a search in the header's box and still lands on the right exercise;
 * the suggestion list behaves like a list; facets on the results page combine.
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

	@Test
	void shouldShowSuggestionsAsAVerticalListThatClosesOnAnOutsideClickAndOnTab() {
		this.browser.get(url("/"));
		WebElement box = this.browser.findElement(By.id("search-q"));
		box.sendKeys("plank");
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("suggestion-1")));
		Rectangle first = this.browser.findElement(By.id("suggestion-0")).getRect();
		Rectangle second = this.browser.findElement(By.id("suggestion-1")).getRect();
		assertThat(second.getY()).as("second option below the first")
			.isGreaterThanOrEqualTo(first.getY() + first.getHeight());
		assertThat(second.getX()).isEqualTo(first.getX());
		assertThat(first.getHeight()).as("a 44 px touch target").isGreaterThanOrEqualTo(44);

		this.browser.findElement(By.tagName("main")).click();
		this.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("search-suggestions")));
		assertThat(box.getAttribute("aria-expanded")).isEqualTo("false");

		box.click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("suggestion-0")));
		box.sendKeys(Keys.TAB);
		this.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("search-suggestions")));
		assertThat(box.getAttribute("aria-expanded")).isEqualTo("false");
	}

	@Test
	void shouldCloseTheSuggestionsOnEscapeAndKeepTheTypedText() {
		this.browser.get(url("/"));
		WebElement box = this.browser.findElement(By.id("search-q"));
		box.sendKeys("bird d");
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("suggestion-0")));
		box.sendKeys(Keys.ESCAPE);
		this.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("search-suggestions")));
		assertThat(box.getAttribute("value")).isEqualTo("bird d");
		box.sendKeys(Keys.ENTER);
		this.wait.until(ExpectedConditions.urlContains("/search?q="));
		assertThat(this.browser.getCurrentUrl()).contains("q=bird+d");
	}

	@Test
	void shouldCombineTwoFacetsWithCountsThatMatchTheClick() {
		this.browser.get(url("/search?q=stretch"));
		int afterFirst = clickFacet("Legs");
		this.wait.until(ExpectedConditions.urlContains("bodyPart=legs"));
		assertThat(total()).isEqualTo(afterFirst);
		int afterSecond = clickFacet("Beginner");
		this.wait.until(ExpectedConditions.urlContains("level=beginner"));
		assertThat(this.browser.getCurrentUrl()).contains("bodyPart=legs");
		assertThat(total()).isEqualTo(afterSecond).isLessThanOrEqualTo(afterFirst);
		assertThat(this.browser.findElements(By.cssSelector(".active-filters a"))).hasSize(2);
		assertThat(this.browser.getTitle()).contains("Legs").contains("Beginner");
		Accessibility.assertClean(this.browser);
	}

	@Test
	void shouldLeadFromAConditionToThePlannersAdviceAndAPlanForIt() {
		this.browser.get(url("/search?q=sciatica"));
		assertThat(this.browser.findElement(By.id("condition-title")).getText()).contains("Spinal Disc Herniation");
		assertThat(this.browser.findElement(By.cssSelector(".search-hits li h2 a")).getText()).isNotBlank();
		Accessibility.assertClean(this.browser);
		this.browser.findElement(By.id("plan-for-condition")).click();
		this.wait.until(ExpectedConditions.urlContains("/plans/new"));
		assertThat(this.browser.findElement(By.cssSelector("input[name='conditions'][value='spinal-disc-herniation']"))
			.isSelected()).isTrue();
		assertThat(this.browser.findElement(By.cssSelector("input[name='goal'][value='back-health']")).isSelected())
			.isTrue();
	}

	@Test
	void shouldShowTheFirstResultOnAPhoneScreenWithoutScrolling() {
		ChromeDriver phone = Browser.start(390, 844);
		try {
			phone.get(url("/search?q=stretch&bodyPart=legs"));
			assertFirstVisible(phone, ".search-hits li");
			Accessibility.assertClean(phone);
			Accessibility.assertFitsWidth(phone);
			phone.get(url("/search?q=pregnant"));
			Accessibility.assertClean(phone);
			Accessibility.assertFitsWidth(phone);
		}
		finally {
			phone.quit();
		}
	}

	static void assertFirstVisible(WebDriver driver, String selector) {
		Object[] box = ((java.util.List<?>) ((JavascriptExecutor) driver)
			.executeScript("var r = document.querySelector(arguments[0]).getBoundingClientRect();"
					+ "return [r.top, r.top + 40, window.innerHeight, window.scrollY];", selector))
			.toArray();
		double top = ((Number) box[0]).doubleValue();
		double lineBelow = ((Number) box[1]).doubleValue();
		double height = ((Number) box[2]).doubleValue();
		assertThat(((Number) box[3]).doubleValue()).as("scrolled").isZero();
		assertThat(top).as("first result's top").isGreaterThanOrEqualTo(0);
		assertThat(lineBelow).as("first result's first line, window " + height + " px").isLessThanOrEqualTo(height);
	}

	private int clickFacet(String label) {
		WebElement link = this.browser.findElements(By.cssSelector(".facet-values a"))
			.stream()
			.filter((a) -> a.getText().startsWith(label + " ") || a.getText().startsWith(label + "\n"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no facet link " + label));
		int count = Integer.parseInt(link.findElement(By.className("count")).getText().replaceAll("\\D", ""));
		link.click();
		return count;
	}

	private int total() {
		return Integer.parseInt(this.browser.findElement(By.cssSelector("#result-count strong")).getText());
	}

}
