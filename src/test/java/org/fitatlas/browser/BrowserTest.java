package org.fitatlas.browser;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A fresh headless browser for each test against the running app.
 */
abstract class BrowserTest {

	@LocalServerPort
	int port;

	WebDriver browser;

	WebDriverWait wait;

	@BeforeEach
	void startBrowser() {
		this.browser = Browser.start();
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(15));
	}

	@AfterEach
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
