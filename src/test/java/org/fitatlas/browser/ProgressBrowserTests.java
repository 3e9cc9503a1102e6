package org.fitatlas.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.fitatlas.FitAtlasWebTest;
import org.fitatlas.TestHttp;
import org.fitatlas.accounts.ApiClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person who logged three bench-press sessions, the last one painful, opens their
 * progress: picks the exercise, reads the chart and its table, switches the formula, adds
 * today's weight, answers the morning check that every page asks, and sees it gone; on a
 * desktop and on a phone, accessible and without sideways scrolling.
 */
@FitAtlasWebTest
class ProgressBrowserTests extends BrowserTest {

	static final Path SCREENSHOTS = Path.of("docs/screenshots");

	@Test
	void shouldChartAnExerciseSwitchTheFormulaAddAWeightAndAnswerTheMorningCheck() {
		ApiClient mia = ApiClient.registered(new TestHttp(this.port), "Mia");
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		finished(mia, today.minusDays(20), "{\"reps\":10,\"loadKg\":40}", "{\"reps\":8,\"loadKg\":40}");
		finished(mia, today.minusDays(12), "{\"reps\":6,\"loadKg\":45}", "{\"reps\":5,\"loadKg\":45}");
		finished(mia, today.minusDays(1), "{\"reps\":8,\"loadKg\":45,\"pain\":4}");

		signIn(this.browser, mia);
		this.browser.findElement(By.linkText("Progress")).click();
		this.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Your progress"));
		assertThat(this.browser.findElement(By.id("morning-check-question")).getText())
			.startsWith("How is the pain this morning after")
			.endsWith("session (Barbell Bench Press)?");

		new Select(this.browser.findElement(By.id("exercise"))).selectByValue("barbell-bench-press");
		this.browser.findElement(By.id("show-progress")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("chart-one-rep-max")));
		// Epley: 40 × (1 + 10/30) = 53.3; 45 × (1 + 6/30) = 54.0; 45 × (1 + 8/30) = 57.0
		assertThat(chartData("chart-one-rep-max")).containsExactly(53.3, 54.0, 57.0);
		assertThat(table("table-one-rep-max")).contains("53.3 kg", "54.0 kg", "57.0 kg", "45 kg × 8");
		assertThat(table("table-volume")).contains("720 kg", "495 kg", "360 kg");
		assertThat(table("table-pain")).contains("4");
		Accessibility.assertClean(this.browser);
		Accessibility.assertFitsWidth(this.browser);

		new Select(this.browser.findElement(By.id("formula"))).selectByValue("brzycki");
		this.browser.findElement(By.id("show-progress")).click();
		this.wait.until(ExpectedConditions.urlContains("formula=brzycki"));
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("chart-one-rep-max")));
		// Brzycki: 40 × 36 / 27 = 53.3; 45 × 36 / 31 = 52.3; 45 × 36 / 29 = 55.9
		assertThat(chartData("chart-one-rep-max")).containsExactly(53.3, 52.3, 55.9);
		assertThat(table("table-one-rep-max")).contains("Brzycki").contains("52.3 kg", "55.9 kg");

		this.browser.findElement(By.id("kg")).sendKeys("72,5");
		this.browser.findElement(By.id("save-weight")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("weight-saved")));
		assertThat(this.browser.getCurrentUrl()).contains("exercise=barbell-bench-press").contains("formula=brzycki");
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("chart-weight")));
		assertThat(table("table-weight")).contains("72.5 kg");

		assertThat(this.browser.findElement(By.id("morning-check")).isDisplayed()).isTrue();
		String page = this.browser.getCurrentUrl();
		answerMorningCheck(this.browser, "2", "better");
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("morning-check-saved")));
		assertThat(this.browser.getCurrentUrl()).isEqualTo(page.replace("#body-weight", ""));
		assertThat(this.browser.findElements(By.id("morning-check"))).isEmpty();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("chart-pain")));
		assertThat(table("table-pain")).contains("2");
		Accessibility.assertClean(this.browser);
		Accessibility.assertFitsWidth(this.browser);
		screenshot(this.browser, "progress.png");
		this.browser.get(url("/exercises"));
		assertThat(this.browser.findElements(By.id("morning-check"))).isEmpty();

		// Another painful session: the phone is asked about it.
		finished(mia, today.minusDays(1), "{\"reps\":6,\"loadKg\":47.5,\"pain\":3}");
		ChromeDriver phone = Browser.start(390, 844);
		try {
			// Headless Chromium keeps a window at least 500 px wide: emulate the phone's
			// 390 px viewport so the width check means 390.
			phone.executeCdpCommand("Emulation.setDeviceMetricsOverride",
					Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
			WebDriverWait phoneWait = new WebDriverWait(phone, Duration.ofSeconds(15));
			signIn(phone, mia);
			phone.get(url("/progress?exercise=barbell-bench-press"));
			assertThat(((Number) phone.executeScript("return document.documentElement.clientWidth;")).intValue())
				.isEqualTo(390);
			phoneWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("chart-one-rep-max")));
			assertThat(phone.findElement(By.id("morning-check")).isDisplayed()).isTrue();
			Accessibility.assertClean(phone);
			Accessibility.assertFitsWidth(phone);
			screenshot(phone, "morning-check-phone.png");
			answerMorningCheck(phone, "1", "same");
			phoneWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("morning-check-saved")));
			phoneWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("chart-one-rep-max")));
			Accessibility.assertClean(phone);
			Accessibility.assertFitsWidth(phone);
			screenshot(phone, "progress-phone.png");
		}
		finally {
			phone.quit();
		}
	}

	private void signIn(WebDriver driver, ApiClient person) {
		driver.get(url("/login"));
		driver.findElement(By.id("email")).sendKeys(person.email);
		driver.findElement(By.id("password")).sendKeys(person.password);
		driver.findElement(By.id("sign-in")).click();
		new WebDriverWait(driver, Duration.ofSeconds(15))
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("profile-link")));
	}

	private static void answerMorningCheck(WebDriver driver, String pain, String compared) {
		new Select(driver.findElement(By.id("morning-pain"))).selectByValue(pain);
		driver.findElement(By.cssSelector("input[name=comparedToBefore][value=" + compared + "]")).click();
		driver.findElement(By.id("answer-morning-check")).click();
	}

	/** The table behind "The numbers", opened as a person would. */
	private String table(String id) {
		var table = this.browser.findElement(By.id(id));
		var details = table.findElement(By.xpath("ancestor::details"));
		if (details.getAttribute("open") == null) {
			details.findElement(By.tagName("summary")).click();
		}
		return table.getText();
	}

	private List<Double> chartData(String canvas) {
		Object data = ((JavascriptExecutor) this.browser)
			.executeScript("var c = window.Chart && Chart.getChart(document.getElementById(arguments[0]));"
					+ "return c ? c.data.datasets[0].data : null;", canvas);
		assertThat(data).as("Chart.js drew " + canvas).isNotNull();
		return ((List<?>) data).stream().map((v) -> ((Number) v).doubleValue()).toList();
	}

	/**
	 * The whole page, not just the window, into docs/screenshots: the viewport is made as
	 * tall as the page for the shot, so the charts are drawn where they are captured.
	 */
	private static void screenshot(WebDriver driver, String name) {
		ChromeDriver chrome = (ChromeDriver) driver;
		List<?> size = (List<?>) chrome.executeScript(
				"return [document.documentElement.clientWidth, window.innerHeight, document.documentElement.scrollHeight,"
						+ " window.matchMedia('(max-width: 500px)').matches];");
		int width = ((Number) size.get(0)).intValue();
		int height = ((Number) size.get(1)).intValue();
		int page = ((Number) size.get(2)).intValue();
		boolean mobile = Boolean.TRUE.equals(size.get(3));
		try {
			chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
					Map.of("width", width, "height", page, "deviceScaleFactor", 1, "mobile", mobile));
			Thread.sleep(1000); // the charts redraw for the new size and finish their
								// animation
			Map<String, Object> shot = chrome.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
			Files.createDirectories(SCREENSHOTS);
			Files.write(SCREENSHOTS.resolve(name), Base64.getDecoder().decode((String) shot.get("data")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		finally {
			if (mobile) {
				chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
						Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
			}
			else {
				chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
			}
		}
	}

	/** Logs and finishes a session of barbell bench press on the day, at 18:00 UTC. */
	private static void finished(ApiClient person, LocalDate day, String... sets) {
		String id = person.json("POST", "/api/v1/sessions", "{\"startedAt\":\"" + day + "T18:00:00Z\"}")
			.get("id")
			.asString();
		for (String set : sets) {
			person.json("POST", "/api/v1/sessions/" + id + "/sets",
					"{\"exercise\":\"barbell-bench-press\"," + set.substring(1));
		}
		person.json("POST", "/api/v1/sessions/" + id + "/finish", "{\"endedAt\":\"" + day + "T19:00:00Z\"}");
	}

}
