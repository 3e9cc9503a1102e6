package org.fitatlas.catalog.web;

import java.net.http.HttpResponse;

import org.fitatlas.FitAtlasWebTest;
import org.fitatlas.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The atlas page says which filters are on, numbers its pages as people count them, and
 * says so when a page lies past the end.
 */
@FitAtlasWebTest
class AtlasPageTests {

	@LocalServerPort
	int port;

	TestHttp http;

	@BeforeEach
	void setUp() {
		this.http = new TestHttp(this.port);
	}

	@Test
	void shouldNameTheActiveFiltersInTheHeadingTitleAndChips() {
		String page = html("/exercises?level=beginner&bodyPart=legs");
		assertThat(page).contains("<title>Exercise atlas: Beginner · Legs · FitAtlas</title>")
			.contains("<h1 id=\"atlas-heading\">Exercise atlas: Beginner · Legs</h1>")
			.contains("aria-label=\"Remove filter Beginner\"")
			.contains("href=\"/exercises?bodyPart=legs\"");
	}

	@Test
	void shouldSayThatEquipmentIHaveIncludesBodyWeightWork() {
		String page = html("/exercises?equipment=kettlebell");
		assertThat(page).contains("body-weight exercises included").contains("Have: Kettlebell").contains("use it");
	}

	@Test
	void shouldLinkPageTwoAsPageTwo() {
		String page = html("/exercises");
		assertThat(page).contains("href=\"/exercises?page=2\"").doesNotContain("page=0");
		String second = html("/exercises?page=2");
		assertThat(second).contains("page 2 of").contains("aria-current=\"page\" aria-label=\"Page 2\"");
		assertThat(second).contains("(page 2) · FitAtlas</title>");
	}

	@Test
	void shouldSayAPageBeyondTheEndIsPastItInsteadOfCountingOverAnEmptyList() {
		String page = html("/exercises?page=99");
		assertThat(page).contains("Page <span>99</span> is past the end")
			.contains("Go to the last page")
			.doesNotContain("class=\"card\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "-1", "two", "1,2" })
	void shouldRejectAPageThatIsNotAPageNumber(String value) {
		HttpResponse<String> response = this.http.get("/exercises?page=" + value, "text/html");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("page");
	}

	private String html(String path) {
		HttpResponse<String> response = this.http.get(path, "text/html");
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

}
