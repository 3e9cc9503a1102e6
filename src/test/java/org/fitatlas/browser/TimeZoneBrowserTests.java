package org.fitatlas.browser;

import java.util.Map;

import org.fitatlas.FitAtlasWebTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;

import static org.assertj.core.api.Assertions.assertThat;

/** The browser tells FitAtlas its time zone, so days start at the person's midnight. */
@FitAtlasWebTest
class TimeZoneBrowserTests extends BrowserTest {

	@Test
	void shouldSendTheBrowsersTimeZoneWithEveryLaterRequest() {
		((ChromeDriver) this.browser).executeCdpCommand("Emulation.setTimezoneOverride",
				Map.of("timezoneId", "Pacific/Auckland"));
		this.browser.get(url("/"));
		this.wait.until((driver) -> driver.manage().getCookieNamed("tz") != null);

		Cookie zone = this.browser.manage().getCookieNamed("tz");
		assertThat(zone.getValue()).isEqualTo("Pacific%2FAuckland");
		assertThat(zone.getPath()).isEqualTo("/");
		assertThat(zone.getSameSite()).isEqualTo("Lax");
	}

}
