package org.fitatlas.browser;

import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Browsers of a true size. Desktop Chromium will not make a window narrower than 500 px,
 * even headless, so a phone-width window is emulated through the DevTools protocol: the
 * page then really lays out at 390 CSS pixels.
 */
final class Screens {

	private Screens() {
	}

	static ChromeDriver start(int width, int height) {
		ChromeDriver driver = Browser.start(width, height);
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
		return driver;
	}

	static long innerWidth(ChromeDriver driver) {
		return ((Number) driver.executeScript("return window.innerWidth;")).longValue();
	}

}
