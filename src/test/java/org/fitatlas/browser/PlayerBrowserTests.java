package org.fitatlas.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.fitatlas.FitAtlasWebTest;
import org.fitatlas.TestHttp;
import org.fitatlas.accounts.ApiClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person at the gym with a phone: starts today's session from their plan, runs a hold
 * on each side and a rest countdown, logs sets, logs one more with the network cut off,
 * gets it stored exactly once when the connection returns, finishes, and sees the next
 * target move.
 */
@FitAtlasWebTest
class PlayerBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ChromeDriver browser;

	WebDriverWait wait;

	@AfterEach
	void stop() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void shouldTrainTodaysSessionOnAPhoneAndKeepASetLoggedOffline() throws Exception {
		this.browser = Browser.start(390, 844);
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(30));
		ApiClient lea = ApiClient.registered(new TestHttp(this.port), "lea");
		lea.json("POST", "/api/v1/plans",
				"{\"goal\":\"general-fitness\",\"level\":\"beginner\",\"daysPerWeek\":2,\"minutesPerSession\":30,"
						+ "\"weeks\":2,\"equipment\":[\"dumbbell\",\"mat\"]}");
		signIn(lea);

		this.browser.get(url("/train"));
		assertThat(this.browser.executeScript("return window.innerWidth;")).isEqualTo(390L);
		Accessibility.assertClean(this.browser);
		Accessibility.assertFitsWidth(this.browser);
		screenshot("today-phone.png");
		this.browser.findElement(By.id("start-today")).click();
		this.wait.until(ExpectedConditions.urlContains("/train/sessions/"));
		String session = this.browser.getCurrentUrl().replaceAll(".*/train/sessions/([0-9a-f-]{36}).*", "$1");
		Accessibility.assertClean(this.browser);
		Accessibility.assertFitsWidth(this.browser);
		Accessibility.assertNothingFromOtherHosts(this.browser);
		screenshot("player-phone.png");

		// a reps exercise of the plan's main work: three sets, one tap each, the rest
		// countdown between
		WebElement main = current(By.xpath("//section[contains(@class,'player-item')][.//p[@class='block-kind' and "
				+ "text()='Main work']][@data-timed='false']"));
		String slug = main.findElement(By.name("exercise")).getAttribute("value");
		String before = lea.json("GET", "/api/v1/progression/" + slug, null).get("rule").asString();
		for (int i = 1; i <= 3; i++) {
			if (i == 3) {
				// with the keyboard alone: Enter in the reps field logs the set
				main.findElement(By.name("reps")).sendKeys(org.openqa.selenium.Keys.ENTER);
			}
			else {
				main.findElement(By.className("log-button")).click();
			}
			int logged = i;
			this.wait.until((d) -> main.findElements(By.cssSelector(".logged li:not(.pending)")).size() == logged);
			WebElement rest = this.browser.findElement(By.id("rest"));
			this.wait.until((d) -> rest.isDisplayed());
			if (i == 1) {
				String first = this.browser.findElement(By.id("rest-display")).getText();
				this.wait.until((d) -> !d.findElement(By.id("rest-display")).getText().equals(first));
				screenshot("player-rest-phone.png");
			}
			this.browser.findElement(By.id("rest-skip")).click();
		}
		assertThat(sets(session)).isEqualTo(3);

		Object worker = this.browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
				+ "navigator.serviceWorker.ready.then(function (r) { setTimeout(function () {"
				+ "done(r.active ? r.active.state : 'none'); }, 1500); });");
		assertThat(worker).as("the service worker keeps the page for offline use").isEqualTo("activated");
		// the connection drops: the set waits on the phone, then goes once the connection
		// returns
		ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
		offline.setOffline(true);
		this.browser.setNetworkConditions(offline);
		main.findElement(By.className("log-button")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sync-status"), "No connection"));
		assertThat(main.findElements(By.cssSelector(".logged li.pending"))).hasSize(1);
		this.browser.findElement(By.id("rest-skip")).click();
		assertThat(sets(session)).isEqualTo(3);
		// still offline, the page opens again from the service worker's copy and the set
		// still waits
		this.browser.navigate().refresh();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sync-status"), "1 set waits"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isNotBlank();
		this.browser.deleteNetworkConditions();
		this.browser.executeScript("window.dispatchEvent(new Event('online'));");
		this.wait.until((d) -> d.findElement(By.id("sync-status")).getText().isEmpty());
		assertThat(sets(session)).isEqualTo(4);
		this.browser.executeScript("window.dispatchEvent(new Event('online'));");
		Thread.sleep(1500);
		assertThat(sets(session)).as("a replay stores nothing new").isEqualTo(4);

		// a hold on each side: add a side plank, hold 3 seconds left, switch, 3 seconds
		// right
		this.browser.findElement(By.id("add-slug")).sendKeys("side plank");
		this.browser.findElement(By.cssSelector(".add-exercise button")).click();
		this.wait.until(ExpectedConditions.urlContains("add=side-plank"));
		WebElement plank = current(By.xpath(
				"//section[contains(@class,'player-item')][.//input[@name='exercise' and " + "@value='side-plank']]"));
		WebElement seconds = plank.findElement(By.className("hold-seconds"));
		seconds.clear();
		seconds.sendKeys("3");
		plank.findElement(By.className("start-hold")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElement(plank.findElement(By.className("hold-display")),
				"Left side"));
		this.wait.until(ExpectedConditions.textToBePresentInElement(plank.findElement(By.className("hold-display")),
				"Right side"));
		this.wait.until((d) -> plank.findElements(By.cssSelector(".logged li:not(.pending)")).size() == 2);
		List<String> holds = this.jdbc
			.sql("select side || ' ' || hold_seconds from training_set where session_id = cast(:s as uuid) "
					+ "and exercise_slug = 'side-plank' order by position")
			.param("s", session)
			.query(String.class)
			.list();
		assertThat(holds).containsExactly("left 3", "right 3");
		this.wait.until((d) -> d.findElement(By.id("rest")).isDisplayed());
		this.browser.findElement(By.id("rest-skip")).click();

		// finish, and the next target follows what was logged
		this.browser.findElement(By.id("finish")).click();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".finished")));
		Accessibility.assertClean(this.browser);
		JsonNode after = lea.json("GET", "/api/v1/progression/" + slug, null);
		assertThat(before).isEqualTo("start");
		assertThat(after.get("rule").asString()).isNotEqualTo("start");
		assertThat(after.get("basedOn")).hasSize(1);
		this.browser.get(url("/train"));
		assertThat(this.browser.findElement(By.id("next-session")).getText()).isNotBlank();
		this.browser.get(url("/progress?exercise=" + slug));
		this.wait.until((d) -> d.findElement(By.id("chart-reps")).isDisplayed());
		assertThat(this.browser.findElement(By.tagName("main")).getText()).contains("Best reps");

		// the same pages on a desktop
		this.browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
		this.browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
		this.browser.get(url("/train/sessions/" + session));
		Accessibility.assertClean(this.browser);
		Accessibility.assertFitsWidth(this.browser);
		screenshot("player.png");
		this.browser.get(url("/train"));
		Accessibility.assertClean(this.browser);
		Accessibility.assertFitsWidth(this.browser);
		screenshot("today.png");
	}

	private WebElement current(By locator) {
		WebElement item = this.browser.findElement(locator);
		String id = item.getAttribute("id");
		this.browser.get(this.browser.getCurrentUrl().replaceAll("#.*", "") + "#" + id);
		this.wait.until((d) -> d.findElement(By.id(id)).isDisplayed());
		return this.browser.findElement(By.id(id));
	}

	private long sets(String session) {
		return this.jdbc.sql("select count(*) from training_set where session_id = cast(:s as uuid)")
			.param("s", session)
			.query(Long.class)
			.single();
	}

	private void signIn(ApiClient person) {
		this.browser.get(url("/login"));
		this.browser.findElement(By.name("email")).sendKeys(person.email);
		this.browser.findElement(By.name("password")).sendKeys(person.password);
		this.browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		this.wait.until(ExpectedConditions.urlContains("/profile"));
	}

	private void screenshot(String name) throws Exception {
		Path target = Path.of("target", "screenshots", name);
		Files.createDirectories(target.getParent());
		Files.write(target, ((TakesScreenshot) this.browser).getScreenshotAs(OutputType.BYTES));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
