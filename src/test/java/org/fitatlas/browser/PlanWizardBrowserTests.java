package org.fitatlas.browser;

import java.util.UUID;

import org.fitatlas.FitAtlasWebTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person fills the plan wizard, reads the plan it makes, edits the answers, and keeps
 * the plans made before registering.
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

		this.wait
			.until(ExpectedConditions.textToBe(By.tagName("h1"), "Back health plan for pregnancy (second trimester)"));
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
		assertThat(this.browser.findElement(By.cssSelector("form.calendar-form")).getAttribute("action"))
			.endsWith(".ics")
			.doesNotContain("/api/");
		assertThat(this.browser.findElement(By.cssSelector("input[name=timeZone]")).getAttribute("value"))
			.as("the browser's own zone")
			.isNotBlank();
	}

	@Test
	void shouldReopenTheWizardFilledInAndKeepThePlansMadeBeforeRegistering() {
		this.browser.get(url("/plans/new"));
		click("input[name=goal][value=strength]");
		click("input[name=level][value=intermediate]");
		type("daysPerWeek", "2");
		type("minutesPerSession", "40");
		click("input[name=equipment][value=dumbbell]");
		click("input[name=conditions][value=knee-pain]");
		this.browser.findElement(By.id("make-plan")).click();
		this.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Strength plan for knee pain"));
		String first = this.browser.getCurrentUrl();

		this.browser.findElement(By.id("edit-answers")).click();
		this.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Change your answers"));
		assertThat(this.browser.findElement(By.cssSelector("input[name=goal][value=strength]")).isSelected()).isTrue();
		assertThat(this.browser.findElement(By.cssSelector("input[name=level][value=intermediate]")).isSelected())
			.isTrue();
		assertThat(this.browser.findElement(By.id("daysPerWeek")).getAttribute("value")).isEqualTo("2");
		assertThat(this.browser.findElement(By.id("minutesPerSession")).getAttribute("value")).isEqualTo("40");
		assertThat(this.browser.findElement(By.cssSelector("input[name=equipment][value=dumbbell]")).isSelected())
			.isTrue();
		assertThat(this.browser.findElement(By.cssSelector("input[name=conditions][value=knee-pain]")).isSelected())
			.isTrue();
		Accessibility.assertClean(this.browser);
		// change one answer and send the form with the keyboard alone
		WebElement minutes = this.browser.findElement(By.id("minutesPerSession"));
		minutes.sendKeys(Keys.chord(Keys.CONTROL, "a"), "50", Keys.ENTER);
		this.wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/edit")));
		this.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Strength plan for knee pain"));
		assertThat(this.browser.findElement(By.id("plan-summary")).getText()).contains("50 minutes");
		String second = this.browser.getCurrentUrl();
		assertThat(second).isNotEqualTo(first);

		String email = "ines-" + UUID.randomUUID() + "@fitatlas.test";
		this.browser.findElement(By.cssSelector("#keep-on-register a[href$='/register']")).click();
		this.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Create an account"));
		this.browser.findElement(By.id("email")).sendKeys(email);
		this.browser.findElement(By.id("displayName")).sendKeys("Ines");
		this.browser.findElement(By.id("password")).sendKeys("mountain river lantern");
		this.browser.findElement(By.id("register")).click();
		this.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Sign in"));
		this.browser.findElement(By.id("email")).sendKeys(email);
		this.browser.findElement(By.id("password")).sendKeys("mountain river lantern");
		this.browser.findElement(By.id("sign-in")).click();
		this.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Hello, Ines"));

		this.browser.get(url("/my/plans"));
		assertThat(this.browser.findElements(By.cssSelector("main .card a"))).extracting((a) -> a.getAttribute("href"))
			.containsExactlyInAnyOrder(first, second);
		this.browser.get(second);
		assertThat(this.browser.findElements(By.id("keep-plan"))).as("already theirs: nothing to keep").isEmpty();
		assertThat(this.browser.findElement(By.id("plan-kept")).isDisplayed()).isTrue();
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
