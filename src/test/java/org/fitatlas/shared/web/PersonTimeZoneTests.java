package org.fitatlas.shared.web;

import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class PersonTimeZoneTests {

	@Test
	void shouldTakeTheZoneFromTheHeaderBeforeTheCookie() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.addHeader("Time-Zone", "Asia/Tokyo");
		request.setCookies(new Cookie("tz", "Europe/Berlin"));

		assertThat(PersonTimeZone.of(request)).isEqualTo(ZoneId.of("Asia/Tokyo"));
	}

	@Test
	void shouldTakeTheZoneTheBrowserSetInItsCookie() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setCookies(new Cookie("other", "x"), new Cookie("tz", "America%2FNew_York"));

		assertThat(PersonTimeZone.of(request)).isEqualTo(ZoneId.of("America/New_York"));
	}

	@Test
	void shouldFallBackToUtcForNoZoneOrOneThatDoesNotExist() {
		MockHttpServletRequest none = new MockHttpServletRequest();
		MockHttpServletRequest unknown = new MockHttpServletRequest();
		unknown.addHeader("Time-Zone", "Mars/Olympus_Mons");
		MockHttpServletRequest huge = new MockHttpServletRequest();
		huge.setCookies(new Cookie("tz", "Europe/" + "x".repeat(200)));

		assertThat(PersonTimeZone.of(none)).isEqualTo(ZoneOffset.UTC);
		assertThat(PersonTimeZone.of(unknown)).isEqualTo(ZoneOffset.UTC);
		assertThat(PersonTimeZone.of(huge)).isEqualTo(ZoneOffset.UTC);
	}

}
