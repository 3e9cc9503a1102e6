package org.fitatlas.browser;

import java.nio.file.Files;
import java.nio.file.Path;

import org.fitatlas.FitAtlasWebTest;
import org.fitatlas.TestHttp;
import org.fitatlas.accounts.ApiClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan page's week grid: one line per session with a Start button that opens the
 * player for that session; checked with axe at a phone's width and a desktop's.
 */
@FitAtlasWebTest
class PlanPageBrowserTests extends BrowserTest {

	@Test
	void shouldStartAPlanSessionFromTheWeekGrid() throws Exception {
		ApiClient pia = ApiClient.registered(new TestHttp(this.port), "pia");
		String plan = pia
			.json("POST", "/api/v1/plans",
					"{\"goal\":\"core\",\"level\":\"beginner\",\"daysPerWeek\":3,\"minutesPerSession\":20,\"weeks\":2}")
			.get("id")
			.asString();
		signIn(this.browser, pia);

		this.browser.get(url("/plans/" + plan));
		assertThat(this.browser.findElements(By.cssSelector(".week-grid tbody tr"))).hasSize(6);
		Accessibility.assertClean(this.browser);
		Accessibility.assertFitsWidth(this.browser);
		ChromeDriver phone = Browser.start(390, 844);
		try {
			signIn(phone, pia);
			phone.get(url("/plans/" + plan));
			assertThat(phone.findElements(By.cssSelector(".week-grid .start-session"))).hasSize(6);
			Accessibility.assertClean(phone);
			Accessibility.assertFitsWidth(phone);
			Path shot = Path.of("target", "screenshots", "plan-grid-phone.png");
			Files.createDirectories(shot.getParent());
			Files.write(shot, ((TakesScreenshot) phone).getScreenshotAs(OutputType.BYTES));
		}
		finally {
			phone.quit();
		}

		this.browser.findElements(By.cssSelector(".week-grid .start-session")).get(1).click();
		this.wait.until(ExpectedConditions.urlContains("/train/sessions/"));
		String session = this.browser.getCurrentUrl().replaceAll(".*/train/sessions/([0-9a-f-]{36}).*", "$1");
		var stored = pia.json("GET", "/api/v1/sessions/" + session, null);
		assertThat(stored.get("planId").asString()).isEqualTo(plan);
		assertThat(stored.get("week").asInt()).isEqualTo(1);
	}

	private void signIn(org.openqa.selenium.WebDriver driver, ApiClient person) {
		driver.get(url("/login"));
		driver.findElement(By.name("email")).sendKeys(person.email);
		driver.findElement(By.name("password")).sendKeys(person.password);
		driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(15))
			.until(ExpectedConditions.urlContains("/profile"));
	}

}
