package org.fitatlas.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import org.fitatlas.FitAtlasWebTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a phone, a person opens "Your best lifts" with the keyboard, gives two one-rep maxes
 * and reads the loads in kilograms and the week's sets against their range.
 */
@FitAtlasWebTest
class OneRepMaxBrowserTests extends BrowserTest {

	static final Path SHOTS = Path.of("target", "screenshots");

	@Test
	void shouldGiveOneRepMaxesWithTheKeyboardOnAPhoneAndReadTheLoadsInKilograms() throws Exception {
		ChromeDriver phone = Browser.start(390, 844);
		try {
			WebDriverWait wait = new WebDriverWait(phone, java.time.Duration.ofSeconds(15));
			phone.get(url("/plans/new"));
			phone.findElement(By.cssSelector("input[name=goal][value=strength]")).click();
			phone.findElement(By.cssSelector("input[name=level][value=advanced]")).click();
			phone.findElement(By.cssSelector("input[name=equipment][value=barbell]")).click();
			phone.findElement(By.cssSelector("input[name=equipment][value=bench]")).click();
			WebElement squat = phone.findElement(By.id("orm-barbell-back-squat"));
			assertThat(squat.isDisplayed()).as("collapsed at first").isFalse();
			WebElement summary = phone.findElement(By.cssSelector("#best-lifts summary"));
			((JavascriptExecutor) phone).executeScript("arguments[0].focus();", summary);
			summary.sendKeys(Keys.ENTER);
			wait.until(ExpectedConditions.visibilityOf(squat));
			assertThat(phone.findElement(By.cssSelector("label[for=orm-barbell-back-squat]")).getText())
				.isEqualTo("Barbell Back Squat, kg");
			squat.sendKeys("140");
			squat.sendKeys(Keys.TAB);
			phone.switchTo().activeElement().sendKeys("92.5");
			Accessibility.assertClean(phone);
			Accessibility.assertFitsWidth(phone);
			shoot(phone, "wizard-best-lifts-phone.png", phone.findElement(By.id("best-lifts")).getLocation().getY(),
					390, 700);
			phone.findElement(By.id("make-plan")).click();
			wait.until(ExpectedConditions.urlMatches(".*/plans/[0-9a-f-]{36}$"));

			String page = phone.findElement(By.id("main")).getText();
			assertThat(page).contains("110 kg (80 % of your 1RM of 140 kg)");
			assertThat(phone.findElement(By.cssSelector(".weekly-sets")).getText()).startsWith("Hard sets this week:")
				.containsPattern("chest \\d+ \\((within|under the) 6–15");
			Accessibility.assertClean(phone);
			Accessibility.assertFitsWidth(phone);
			WebElement week = phone.findElement(By.id("week-1"));
			shoot(phone, "plan-one-rep-max-phone.png", week.getLocation().getY(), 390, 1400);
		}
		finally {
			phone.quit();
		}
	}

	private static void shoot(ChromeDriver chrome, String name, long y, int width, int height) throws Exception {
		Map<String, Object> shot = chrome.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true, "clip",
						Map.of("x", 0, "y", y, "width", width, "height", height, "scale", 1)));
		Files.createDirectories(SHOTS);
		Files.write(SHOTS.resolve(name), Base64.getDecoder().decode((String) shot.get("data")));
	}

}
