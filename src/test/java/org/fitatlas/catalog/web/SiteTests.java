package org.fitatlas.catalog.web;

import java.net.http.HttpResponse;
import java.util.regex.Pattern;

import org.fitatlas.FitAtlasWebTest;
import org.fitatlas.TestHttp;
import org.fitatlas.catalog.ExerciseCatalog;
import org.fitatlas.catalog.Taxonomy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What search engines and link previews read: robots.txt, the sitemap, the favicon and
 * each page's description and OpenGraph tags.
 */
@FitAtlasWebTest
class SiteTests {

	@LocalServerPort
	int port;

	@Autowired
	ExerciseCatalog catalog;

	TestHttp http;

	@BeforeEach
	void setUp() {
		this.http = new TestHttp(this.port);
	}

	@Test
	void shouldListEveryExerciseMuscleBodyPartAndEquipmentPageInTheSitemap() {
		HttpResponse<String> sitemap = this.http.get("/sitemap.xml", "application/xml");

		assertThat(sitemap.statusCode()).isEqualTo(200);
		String xml = sitemap.body();
		Taxonomy t = this.catalog.taxonomy();
		long pages = Pattern.compile("<loc>").matcher(xml).results().count();
		assertThat(pages).isGreaterThanOrEqualTo(this.catalog.active().size() + t.tokens(Taxonomy.MUSCLES).size()
				+ t.tokens(Taxonomy.BODY_PARTS).size() + t.tokens(Taxonomy.EQUIPMENT).size());
		assertThat(xml).contains("<loc>http://localhost:8080/exercises/lying-leg-raise</loc>")
			.contains("/muscles/hamstrings</loc>")
			.contains("/body-parts/core</loc>")
			.contains("/equipment/kettlebell</loc>");
		for (String path : new String[] { "/muscles/hamstrings", "/body-parts/core", "/equipment/kettlebell" }) {
			assertThat(this.http.get(path, "text/html").statusCode()).as(path).isEqualTo(200);
		}
	}

	@Test
	void shouldPointRobotsToTheSitemapAndKeepThemOutOfPersonalPages() {
		HttpResponse<String> robots = this.http.get("/robots.txt", "text/plain");

		assertThat(robots.statusCode()).isEqualTo(200);
		assertThat(robots.body()).contains("User-agent: *")
			.contains("Disallow: /api/")
			.contains("Disallow: /progress")
			.contains("Sitemap: http://localhost:8080/sitemap.xml");
	}

	@Test
	void shouldServeAFaviconAndLinkTheSvgIcon() {
		HttpResponse<String> icon = this.http.get("/favicon.ico", "image/*");

		assertThat(icon.statusCode()).isEqualTo(200);
		assertThat(icon.headers().firstValue("Content-Type")).hasValueSatisfying((v) -> assertThat(v).contains("icon"));
		assertThat(this.http.get("/", "text/html").body()).contains("type=\"image/svg+xml\"").contains("/favicon.ico");
	}

	@Test
	void shouldDescribeAnExercisePageForSearchAndSharing() {
		String html = this.http.get("/exercises/lying-leg-raise", "text/html").body();

		String description = MusclePageTests.description(html);
		assertThat(description).startsWith("The classic floor exercise for the lower abs")
			.hasSizeLessThanOrEqualTo(161);
		assertThat(html).contains("<meta property=\"og:title\" content=\"Lying Leg Raise\">")
			.contains("<meta property=\"og:url\" content=\"http://localhost:8080/exercises/lying-leg-raise\">")
			.contains("<meta property=\"og:type\" content=\"article\">")
			.contains("<meta property=\"og:description\" content=\"" + description + "\">");
	}

	@Test
	void shouldDescribeTheHomePageAsAWebsite() {
		String html = this.http.get("/", "text/html").body();

		assertThat(MusclePageTests.description(html)).contains(this.catalog.active().size() + " exercises");
		assertThat(html).contains("<meta property=\"og:type\" content=\"website\">")
			.contains("<meta property=\"og:url\" content=\"http://localhost:8080/\">");
	}

	@Test
	void shouldShowTheBodyMapWithTheExercisesMusclesOnItsPage() {
		String html = this.http.get("/exercises/lying-leg-raise", "text/html").body();

		assertThat(html).contains("role=\"img\"")
			.contains("data-muscle=\"rectus-abdominis\" data-emphasis=\"strong\"")
			.contains("data-muscle=\"obliques\" data-emphasis=\"light\"")
			.contains("data-muscle=\"hamstrings\" data-emphasis=\"none\"")
			.contains("Target muscles: Rectus Abdominis, Iliopsoas");
	}

	@Test
	void shouldLeadFromAnEquipmentCountOnTheHomePageToAsManyExercisesThatUseIt() {
		String home = this.http.get("/", "text/html").body();
		java.util.regex.Matcher kettlebell = java.util.regex.Pattern
			.compile("href=\"/equipment/kettlebell\"><span>Kettlebell</span>\\s*<span class=\"count\">(\\d+)</span>")
			.matcher(home);
		assertThat(kettlebell.find()).as("the home page links Kettlebell to its page").isTrue();
		int count = Integer.parseInt(kettlebell.group(1));

		String page = this.http.get("/equipment/kettlebell", "text/html").body();
		java.util.regex.Matcher listed = java.util.regex.Pattern.compile("<li>\\s*<a href=\"/exercises/").matcher(page);
		int items = 0;
		while (listed.find()) {
			items++;
		}
		assertThat(items).as("exercises listed on the kettlebell page").isEqualTo(count);
	}

}
