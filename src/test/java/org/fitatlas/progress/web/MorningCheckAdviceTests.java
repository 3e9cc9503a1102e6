package org.fitatlas.progress.web;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The morning check's query runs only when a browser opens a whole page: not for a form
 * post, an htmx fragment or an API call, which this advice also reaches.
 */
class MorningCheckAdviceTests {

	@Test
	void shouldAskOnlyWhenABrowserOpensAWholePage() {
		assertThat(MorningCheckAdvice.wholePage(request("GET", "/exercises", "text/html,*/*;q=0.8"))).isTrue();
		assertThat(MorningCheckAdvice.wholePage(request("POST", "/progress/body-weight", "text/html"))).isFalse();
		assertThat(MorningCheckAdvice.wholePage(request("GET", "/api/v1/sessions", "text/html"))).isFalse();
		assertThat(MorningCheckAdvice.wholePage(request("GET", "/progress", "application/json"))).isFalse();
		MockHttpServletRequest fragment = request("GET", "/search/suggestions", "text/html");
		fragment.addHeader("HX-Request", "true");
		assertThat(MorningCheckAdvice.wholePage(fragment)).isFalse();
	}

	@Test
	void shouldSendTheAnswerBackOnlyToAPathOfThisSite() {
		assertThat(MorningCheckController.localPath("/exercises?page=2&q=plank"))
			.isEqualTo("/exercises?page=2&q=plank");
		assertThat(MorningCheckController.localPath("https://evil.example/")).isEqualTo("/progress");
		assertThat(MorningCheckController.localPath("//evil.example/")).isEqualTo("/progress");
		assertThat(MorningCheckController.localPath("/\\evil.example")).isEqualTo("/progress");
		assertThat(MorningCheckController.localPath("/x\r\nLocation: https://evil.example")).isEqualTo("/progress");
		assertThat(MorningCheckController.localPath("exercises")).isEqualTo("/progress");
	}

	private static MockHttpServletRequest request(String method, String uri, String accept) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, uri);
		request.addHeader("Accept", accept);
		return request;
	}

}
