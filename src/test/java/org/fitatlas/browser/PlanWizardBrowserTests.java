package org.fitatlas.browser;

import org.fitatlas.FitAtlasWebTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person fills the plan wizard and reads the plan it makes.
 */
@FitAtlasWebTest
class PlanWizardBrowserTests extends BrowserTest {

	@Test
	void shouldFillTheWizardAndReadAPregnancySafeBackPlan() {
		this.browser.get(url("/"));
		this.browser.findElement(By.linkText("Make a plan")).click();
		this.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Make your training plan"));

		click("input[name=goal][value=back-health]");
		click("input[name=level][value=beginner]");
		type("daysPerWeek", "3");
		type("minutesPerSession", "25");
		type("weeks", "6");
		click("input[name=equipment][value=exercise-ball]");
		click("input[name=conditions][value=pregnancy]");
		new Select(this.browser.findElement(By.id("pregnancyTrimester"))).selectByValue("2");
		this.browser.findElement(By.id("make-plan")).click();

		this.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Your training plan"));
		assertThat(this.browser.findElement(By.id("plan-summary")).getText()).contains("6-week back health plan")
			.contains("3 sessions a week");
		assertThat(this.browser.findElements(By.cssSelector(".plan-week"))).hasSize(6);
		WebElement firstSession = this.browser.findElement(By.cssSelector(".plan-session"));
		assertThat(firstSession.getText()).contains("Warm-up").contains("Main work").contains("Cool-down");
		assertThat(this.browser.findElement(By.id("excluded")).isDisplayed()).isTrue();
		this.browser.findElement(By.cssSelector("#main details summary")).click();
		assertThat(this.browser.findElement(By.cssSelector("#main details")).getText()).contains("lying on the back");
		assertThat(this.browser.findElement(By.id("guidance")).isDisplayed()).isTrue();
		assertThat(this.browser.getPageSource()).contains("Calcium");
		assertThat(this.browser.findElement(By.partialLinkText("Add to calendar")).getAttribute("href"))
			.endsWith(".ics");
	}

	@Test
	void shouldSendSomeoneWithARedFlagToAClinicianInsteadOfAPlan() {
		this.browser.get(url("/plans/new"));
		click("input[name=goal][value=back-health]");
		click("input[name=redFlags][value=bladder-bowel-loss]");
		this.browser.findElement(By.id("make-plan")).click();
		this.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Please see a clinician before you train"));
		assertThat(this.browser.findElement(By.cssSelector("[role=alert]")).getText())
			.contains("Loss of bladder or bowel control");
	}

	private void click(String css) {
		this.browser.findElement(By.cssSelector(css)).click();
	}

	private void type(String id, String value) {
		WebElement input = this.browser.findElement(By.id(id));
		input.clear();
		input.sendKeys(value);
	}

}
