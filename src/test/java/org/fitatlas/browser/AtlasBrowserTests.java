package org.fitatlas.browser;

import org.fitatlas.FitAtlasWebTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

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

	private String count() {
		return this.browser.findElement(By.cssSelector("#result-count strong")).getText();
	}

}
