package org.fitatlas.browser;

import org.fitatlas.FitAtlasWebTest;
import org.junit.jupiter.api.Test;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person browsing the atlas: filter by equipment, open an exercise, step down its
 * ladder.
 */
@FitAtlasWebTest
class AtlasBrowserTests extends BrowserTest {

	@Test
	void shouldFilterByEquipmentOpenAnExerciseAndFollowItsEasierVariation() {
		this.browser.get(url("/exercises"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Exercise atlas");
		String before = count();

		this.browser.findElement(By.cssSelector("input[name='equipment'][value='exercise-ball']")).click();
		this.wait.until(ExpectedConditions.urlContains("equipment=exercise-ball"));
		this.wait.until((d) -> !count().equals(before));
		assertThat(Integer.parseInt(count())).isLessThan(Integer.parseInt(before)).isPositive();
		assertThat(
				this.browser.findElement(By.cssSelector("input[name='equipment'][value='exercise-ball']")).isSelected())
			.isTrue();

		this.browser.findElement(By.linkText("Fitball Hamstring Curl")).click();
		this.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Fitball Hamstring Curl"));
		assertThat(this.browser.findElement(By.className("synopsis")).getText()).contains("Exercise Ball");

		WebElement easier = this.browser.findElement(By.cssSelector("#easier a"));
		String easierName = easier.getText();
		easier.click();
		this.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), easierName));
		assertThat(this.browser.getCurrentUrl()).contains("/exercises/");
		assertThat(this.browser.findElement(By.id("how-to")).isDisplayed()).isTrue();
	}

	@Test
	void shouldKeepFocusOnTheFilterAfterTheSwapAndNameItInTheHeading() {
		this.browser.get(url("/exercises"));
		WebElement beginner = this.browser.findElement(By.cssSelector("input[name='level'][value='beginner']"));
		beginner.sendKeys(Keys.SPACE);
		this.wait.until(ExpectedConditions.urlContains("level=beginner"));
		this.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Exercise atlas: Beginner"));
		this.wait.until((d) -> "beginner".equals(active(d, "value")));
		assertThat(active(this.browser, "name")).isEqualTo("level");
		assertThat(this.browser.getTitle()).startsWith("Exercise atlas: Beginner");
		assertThat(this.browser.findElement(By.cssSelector(".active-filters a")).getText()).contains("Beginner");
		Accessibility.assertClean(this.browser);
	}

	@Test
	void shouldShowTheFirstExerciseOnAPhoneAfterAFilterChange() {
		ChromeDriver phone = Browser.start(390, 844);
		try {
			WebDriverWait phoneWait = new WebDriverWait(phone, Duration.ofSeconds(15));
			phone.get(url("/exercises"));
			SearchBrowserTests.assertFirstVisible(phone, ".cards li");
			phone.findElement(By.cssSelector("#atlas-filters summary")).click();
			WebElement legs = phoneWait
				.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='bodyPart'][value='legs']")));
			((JavascriptExecutor) phone).executeScript("window.scrollTo(0, 0)");
			legs.click();
			phoneWait.until(ExpectedConditions.urlContains("bodyPart=legs"));
			phoneWait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Exercise atlas: Legs"));
			phoneWait.until((d) -> "SUMMARY"
				.equals(((JavascriptExecutor) d).executeScript("return document.activeElement.tagName")));
			((JavascriptExecutor) phone).executeScript("window.scrollTo(0, 0)");
			SearchBrowserTests.assertFirstVisible(phone, ".cards li");
			Accessibility.assertClean(phone);
			Accessibility.assertFitsWidth(phone);
			phone.get(url("/exercises?page=99"));
			assertThat(phone.findElement(By.id("result-count")).getText()).contains("past the end");
			Accessibility.assertFitsWidth(phone);
		}
		finally {
			phone.quit();
		}
	}

	private static String active(WebDriver driver, String attribute) {
		return (String) ((JavascriptExecutor) driver)
			.executeScript("return document.activeElement.getAttribute(arguments[0])", attribute);
	}

	private String count() {
		return this.browser.findElement(By.cssSelector("#result-count strong")).getText();
	}

}
