package org.fitatlas.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fitatlas.FitAtlasWebTest;
import org.fitatlas.TestHttp;
import org.fitatlas.accounts.ApiClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan page: the person's situation and safety first, a weeks × days overview whose
 * Start buttons open the player, short reasons that open with a click or a key, cards on
 * a phone, and about one A4 page a week in print; checked with axe at 390 and 1280 px.
 */
@FitAtlasWebTest
class PlanPageBrowserTests extends BrowserTest {

	static final Path SCREENSHOTS = Path.of("docs", "screenshots");

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
		assertThat(this.browser.findElements(By.cssSelector(".week-grid tbody tr"))).as("one row a week").hasSize(2);
		assertThat(this.browser.findElements(By.cssSelector(".week-grid thead th"))).extracting(WebElement::getText)
			.containsExactly("Week", "Mon", "Wed", "Fri");
		assertThat(this.browser.findElements(By.id("keep-plan"))).as("a plan of one's own has nothing to keep")
			.isEmpty();
		assertThat(this.browser.findElement(By.id("plan-kept")).getText()).contains("kept in your plans");
		Accessibility.assertClean(this.browser);
		Accessibility.assertFitsWidth(this.browser);
		ChromeDriver phone = Browser.start(390, 844);
		try {
			signIn(phone, pia);
			phone.get(url("/plans/" + plan));
			assertThat(phone.findElements(By.cssSelector(".week-grid .start-session"))).hasSize(6);
			Accessibility.assertClean(phone);
			Accessibility.assertFitsWidth(phone);
		}
		finally {
			phone.quit();
		}

		WebElement wednesday = this.browser.findElements(By.cssSelector(".week-grid .start-session")).get(1);
		assertThat(wednesday.getAttribute("aria-label")).startsWith("Start week 1, Wednesday");
		wednesday.click();
		this.wait.until(ExpectedConditions.urlContains("/train/sessions/"));
		String session = this.browser.getCurrentUrl().replaceAll(".*/train/sessions/([0-9a-f-]{36}).*", "$1");
		var stored = pia.json("GET", "/api/v1/sessions/" + session, null);
		assertThat(stored.get("planId").asString()).isEqualTo(plan);
		assertThat(stored.get("week").asInt()).isEqualTo(1);
	}

	@Test
	void shouldPutThePregnancyAndItsSafetyNotesBeforeThePlanAndReadOnAPhone() throws Exception {
		String plan = anonymousPlan("""
				{"goal":"general-fitness","level":"beginner","daysPerWeek":3,"minutesPerSession":45,"weeks":4,
				 "conditions":["pregnancy"],"pregnancyTrimester":2}""");
		this.browser.get(url("/plans/" + plan));
		assertThat(this.browser.findElement(By.id("plan-title")).getText())
			.isEqualTo("General fitness plan for pregnancy (second trimester)");
		assertThat(this.browser.getTitle()).startsWith("General fitness plan for pregnancy");
		WebElement before = this.browser.findElement(By.id("before-you-start"));
		assertThat(before.getText()).contains("Pregnancy (second trimester)")
			.contains("nothing lying on the back after the first trimester")
			.contains("midwife")
			.contains("When to stop")
			.contains("above 5, stop that exercise")
			.contains("exercises are left out");
		assertThat(top(before)).isLessThan(top(this.browser.findElement(By.id("overview"))));
		assertThat(top(this.browser.findElement(By.id("overview"))))
			.isLessThan(top(this.browser.findElement(By.id("week-1"))));
		assertThat(this.browser.getPageSource()).doesNotContainIgnoringCase("seed 0");

		// every reason is one line; the rest opens from the keyboard
		WebElement why = this.browser.findElement(By.cssSelector(".plan-week details.plan-why"));
		assertThat(why.findElement(By.tagName("summary")).getSize().getHeight()).isLessThan(30);
		assertThat(why.getAttribute("open")).isNull();
		tabTo(why.findElement(By.tagName("summary")));
		new Actions(this.browser).sendKeys(Keys.ENTER).perform();
		assertThat(why.getAttribute("open")).isNotNull();
		assertThat(why.findElement(By.tagName("p")).isDisplayed()).isTrue();
		WebElement muscles = this.browser.findElement(By.cssSelector("#week-1 ~ details.week-muscles, .week-muscles"));
		muscles.findElement(By.tagName("summary")).click();
		assertThat(muscles.findElement(By.cssSelector("svg[role=img]")).isDisplayed()).isTrue();
		shoot((ChromeDriver) this.browser, "plan-week-muscles.png", top(muscles) - 20, 1280,
				(int) Math.min(900, muscles.getSize().getHeight() + 40));
		Accessibility.assertClean(this.browser);
		Accessibility.assertFitsWidth(this.browser);
		shoot((ChromeDriver) this.browser, "plan.png", 0, 1280, 1400);

		ChromeDriver phone = Browser.start(390, 844);
		try {
			phone.get(url("/plans/" + plan));
			Accessibility.assertClean(phone);
			Accessibility.assertFitsWidth(phone);
			WebElement item = phone.findElement(By.cssSelector(".plan-week .item"));
			WebElement name = item.findElement(By.className("name"));
			WebElement dose = item.findElement(By.className("dose"));
			assertThat(dose.getLocation().getX()).as("a card: the dose under the name, not beside it")
				.isEqualTo(name.getLocation().getX());
			assertThat(dose.getLocation().getY()).isGreaterThan(name.getLocation().getY());
			assertThat(phone.findElement(By.cssSelector(".week-grid tbody tr")).getText()).contains("Monday")
				.contains("Wednesday");
			shoot(phone, "plan-phone.png", 0, 390, 1500);
			shoot(phone, "plan-phone-session.png", top(phone.findElement(By.id("week-1"))) - 8, 390, 1500);
		}
		finally {
			phone.quit();
		}
	}

	@Test
	void shouldPrintAFourWeekPlanOnAboutOneA4PageAWeek() throws Exception {
		String plan = anonymousPlan("""
				{"goal":"strength","level":"intermediate","daysPerWeek":3,"minutesPerSession":60,"weeks":4,
				 "equipment":["barbell","bench","dumbbell","pull-up-bar","cable","machine"]}""");
		ChromeDriver chrome = (ChromeDriver) this.browser;
		chrome.get(url("/plans/" + plan));
		Map<String, Object> pdf = chrome.executeCdpCommand("Page.printToPDF",
				Map.of("paperWidth", 8.27, "paperHeight", 11.69, "preferCSSPageSize", true, "printBackground", true));
		byte[] bytes = Base64.getDecoder().decode((String) pdf.get("data"));
		int pages = pages(bytes);
		System.out.println("Printed 4-week plan: " + pages + " A4 pages");
		assertThat(pages).as("4 weeks, a page each, and the safety page, the overview and the advice").isBetween(4, 7);
		Path file = Path.of("target", "screenshots", "plan-4-weeks.pdf");
		Files.createDirectories(file.getParent());
		Files.write(file, bytes);

		// a printed week as a picture: print media at A4's width in CSS pixels
		chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 794, "height", 1123, "deviceScaleFactor", 1, "mobile", false));
		List<?> week = (List<?>) chrome.executeScript("var r = document.getElementById('week-1').closest('section')"
				+ ".getBoundingClientRect(); return [Math.round(r.top + window.scrollY), Math.round(r.height)];");
		long top = ((Number) week.get(0)).longValue();
		long height = Math.min(1123, ((Number) week.get(1)).longValue() + 24);
		Map<String, Object> shot = chrome.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true, "clip",
						Map.of("x", 0, "y", Math.max(0, top - 12), "width", 794, "height", height, "scale", 1)));
		Files.createDirectories(SCREENSHOTS);
		Files.write(SCREENSHOTS.resolve("plan-print.png"), Base64.getDecoder().decode((String) shot.get("data")));
	}

	/**
	 * The page count of a PDF: its page tree's /Count (Chromium writes it uncompressed).
	 */
	static int pages(byte[] pdf) {
		Matcher count = Pattern
			.compile("/Type\\s*/Pages\\b[^>]*?/Count\\s+(\\d+)|/Count\\s+(\\d+)[^>]*?/Type\\s*/Pages\\b")
			.matcher(new String(pdf, StandardCharsets.ISO_8859_1));
		int pages = 0;
		while (count.find()) {
			pages = Math.max(pages, Integer.parseInt((count.group(1) != null) ? count.group(1) : count.group(2)));
		}
		assertThat(pages).as("a page count in the PDF").isPositive();
		return pages;
	}

	private String anonymousPlan(String json) {
		TestHttp http = new TestHttp(this.port);
		var created = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(http.url("/api/v1/plans")))
			.header("Content-Type", "application/json")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString(json))
			.build());
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return TestHttp.json(created).get("id").asString();
	}

	private void tabTo(WebElement target) {
		JavascriptExecutor js = (JavascriptExecutor) this.browser;
		for (int i = 0; i < 200; i++) {
			new Actions(this.browser).sendKeys(Keys.TAB).perform();
			if (Boolean.TRUE.equals(js.executeScript("return document.activeElement === arguments[0];", target))) {
				return;
			}
		}
		throw new AssertionError("Tab never reached " + target);
	}

	/** A stretch of the page from {@code y}, into docs/screenshots. */
	private static void shoot(ChromeDriver chrome, String name, long y, int width, int height) throws Exception {
		Map<String, Object> shot = chrome.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true, "clip",
						Map.of("x", 0, "y", y, "width", width, "height", height, "scale", 1)));
		Files.createDirectories(SCREENSHOTS);
		Files.write(SCREENSHOTS.resolve(name), Base64.getDecoder().decode((String) shot.get("data")));
	}

	private static long top(WebElement element) {
		return element.getLocation().getY();
	}

	private void signIn(WebDriver driver, ApiClient person) {
		driver.get(url("/login"));
		driver.findElement(By.name("email")).sendKeys(person.email);
		driver.findElement(By.name("password")).sendKeys(person.password);
		driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/profile"));
	}

}
