package org.fitatlas.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Headless Debian Chromium driven by its own chromedriver: no browser download, no
 * network.
 */
public final class Browser {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private Browser() {
	}

	public static ChromeDriver start() {
		return start(1280, 900);
	}

	/** A browser with a window of this size: 390 × 844 is a common phone. */
	public static ChromeDriver start(int width, int height) {
		assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Debian chromium and chromium-driver are not installed (apt-get install chromium chromium-driver; "
						+ ".ci/run installs them): skipping the browser test");
		try {
			Path profile = Files.createTempDirectory("fitatlas-chromium");
			ChromeOptions options = new ChromeOptions();
			options.setBinary(CHROMIUM.toFile());
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
					"--window-size=" + width + "," + height, "--user-data-dir=" + profile);
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
				.usingAnyFreePort()
				.build();
			ChromeDriver driver = new ChromeDriver(service, options);
			driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
			if (width < 500) {
				// Chromium will not make a window narrower than 500 px, even headless:
				// emulate the phone's
				// screen so the page really lays out at its width.
				driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
						java.util.Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
			}
			return driver;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
