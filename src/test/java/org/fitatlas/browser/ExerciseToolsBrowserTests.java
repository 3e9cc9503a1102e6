package org.fitatlas.browser;

import java.time.Duration;
import java.util.List;

import org.fitatlas.FitAtlasWebTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person at the gym with a phone uses the tools on an exercise page: the stopwatch, the
 * countdown (from the keyboard), the hold timer and the one-rep-max calculator.
 */
@FitAtlasWebTest
class ExerciseToolsBrowserTests extends BrowserTest {

	@Test
	void shouldTimeLapsCountDownToZeroAndEstimateAOneRepMax() throws InterruptedException {
		usePhone();
		this.browser.get(url("/exercises/barbell-bench-press"));
		assertThat(Screens.innerWidth((ChromeDriver) this.browser)).isEqualTo(390);

		click("stopwatch-start");
		Thread.sleep(700);
		click("stopwatch-lap");
		this.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#stopwatch-laps li"), 1));
		assertThat(text("stopwatch-laps")).startsWith("Lap 1: 00:00:0");
		Thread.sleep(500);
		click("stopwatch-start");
		String paused = text("stopwatch-display");
		assertThat(paused).matches("00:00:\\d\\d\\.\\d\\d");
		assertThat(centiseconds(paused)).isGreaterThanOrEqualTo(120);
		Thread.sleep(400);
		assertThat(text("stopwatch-display")).as("a paused stopwatch stands still").isEqualTo(paused);
		assertThat(text("stopwatch-start")).isEqualTo("Start");

		type("countdown-hours", "0");
		type("countdown-minutes", "0");
		type("countdown-seconds", "2");
		assertThat(text("countdown-display")).isEqualTo("0:02");
		// From the keyboard: Tab from the last field reaches Start, Enter presses it.
		this.browser.switchTo().activeElement().sendKeys(Keys.TAB);
		WebElement focused = this.browser.switchTo().activeElement();
		assertThat(focused.getAttribute("id")).isEqualTo("countdown-start");
		focused.sendKeys(Keys.ENTER);
		this.wait.until(ExpectedConditions.textToBe(By.id("countdown-start"), "Pause"));
		this.wait.until(ExpectedConditions.textToBe(By.id("countdown-display"), "0:00"));
		this.wait.until(ExpectedConditions.textToBe(By.id("fitatlas-announcer"), "Countdown done"));
		assertThat(text("countdown-start")).isEqualTo("Start");

		type("orm-weight", "100");
		type("orm-reps", "5");
		click("orm-submit");
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("orm-average")));
		assertThat(text("orm-average")).isEqualTo("Average 115.5 kg");
		assertThat(rowText("Epley")).isEqualTo("Epley 116.7 kg");
		assertThat(this.browser.findElements(By.cssSelector("#one-rep-max-result table:first-of-type tbody tr")))
			.hasSize(8);
		assertThat(text("one-rep-max-result")).contains("Loads for a number of repetitions, from 115.5 kg");
		assertThat(this.browser.getCurrentUrl()).as("shown in place").endsWith("/exercises/barbell-bench-press");

		type("orm-reps", "40");
		click("orm-submit");
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("orm-reps-error")));
		assertThat(text("orm-reps-error")).isEqualTo("Repetitions cannot be 40: enter a whole number from 1 to 30.");
		assertThat(this.browser.findElement(By.id("orm-reps")).getAttribute("aria-invalid")).isEqualTo("true");
	}

	@Test
	void shouldRunEachSideOfAHoldInTurn() {
		usePhone();
		this.browser.get(url("/exercises/cross-body-shoulder-stretch"));
		assertThat(this.browser.findElement(By.id("hold-seconds")).getAttribute("value")).isEqualTo("20");
		type("hold-sets", "1");
		type("hold-seconds", "1");
		List<String> steps = this.browser.findElements(By.cssSelector("#hold-steps li"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(steps).containsExactly("Get into position · 0:05", "Set 1 of 1: hold, left side · 0:01",
				"Switch sides · 0:05", "Set 1 of 1: hold, right side · 0:01");
		click("hold-start");
		assertThat(text("hold-step")).isEqualTo("Get into position");
		click("hold-skip");
		this.wait.until(ExpectedConditions.textToBe(By.id("hold-step"), "Switch sides"));
		this.wait.until(ExpectedConditions.textToBe(By.id("fitatlas-announcer"), "Hold done: left side"));
		click("hold-skip");
		this.wait.until(ExpectedConditions.textToBe(By.id("hold-step"), "All holds done"));
		// The announcer is emptied first and given its words 50 ms later (so repeats are
		// read).
		this.wait.until((d) -> !text("fitatlas-announcer").isEmpty());
		assertThat(text("fitatlas-announcer")).isIn("Hold done: right side", "All holds done");
	}

	private void usePhone() {
		this.browser.quit();
		this.browser = Screens.start(390, 844);
		this.wait = new org.openqa.selenium.support.ui.WebDriverWait(this.browser, Duration.ofSeconds(15));
	}

	private void click(String id) {
		WebElement element = this.browser.findElement(By.id(id));
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

	private String rowText(String formula) {
		return this.browser
			.findElement(By.xpath("//div[@id='one-rep-max-result']//tr[th[normalize-space()='" + formula + "']]"))
			.getText();
	}

	private static int centiseconds(String shown) {
		String[] parts = shown.split("[:.]");
		return Integer.parseInt(parts[2]) * 100 + Integer.parseInt(parts[3]);
	}

}
