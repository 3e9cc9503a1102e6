package org.fitatlas.catalog.web;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fitatlas.FitAtlasWebTest;
import org.fitatlas.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tools an exercise page offers depend on the exercise: a one-rep-max form for loaded
 * work, a hold timer set from the dose for holds, and a way into the plan wizard.
 */
@FitAtlasWebTest
class ExerciseToolsPageTests {

	@LocalServerPort
	int port;

	TestHttp http;

	@BeforeEach
	void setUp() {
		this.http = new TestHttp(this.port);
	}

	@Test
	void shouldOfferAOneRepMaxFormThatWorksWithoutScriptOnlyForLoadedExercises() {
		String bench = page("/exercises/barbell-bench-press");
		assertThat(bench).containsPattern("<form method=\"get\" action=\"/calculators#one-rep-max\"")
			.contains("name=\"weightKg\"", "name=\"reps\"", "<noscript>");
		assertThat(bench).doesNotContain("id=\"hold\"");
		assertThat(page("/exercises/plank")).doesNotContain("id=\"one-rep-max-form\"");
	}

	@Test
	void shouldPrefillTheHoldTimerFromTheDoseAndRunEachSideInTurn() {
		String stretch = page("/exercises/cross-body-shoulder-stretch");
		assertThat(stretch).contains("data-sets=\"2\"", "data-hold=\"20\"", "data-rest=\"15\"",
				"data-each-side=\"true\"");
		String plank = page("/exercises/plank");
		assertThat(plank).contains("data-sets=\"2\"", "data-hold=\"60\"", "data-each-side=\"false\"");
	}

	@Test
	void shouldOfferLoggingASetOnlyToSignedInPeople() {
		assertThat(page("/exercises/plank")).doesNotContain("/train/quick-log");

		TestHttp signedIn = new TestHttp(this.port, true);
		String email = "tools-" + java.util.UUID.randomUUID() + "@fitatlas.test";
		String password = "plank-and-stopwatch-2026";
		signedIn.postForm("/register", "/register", "email=" + email + "&displayName=Tess&password=" + password);
		assertThat(signedIn.postForm("/login", "/login", "email=" + email + "&password=" + password).statusCode())
			.isEqualTo(302);
		String page = signedIn.get("/exercises/plank", "text/html").body();
		assertThat(page).containsPattern("<form method=\"post\" action=\"/train/quick-log\"")
			.contains("name=\"exercise\" value=\"plank\"", "name=\"_csrf\"", "Log a set");
	}

	@Test
	void shouldOpenThePlanWizardWithTheExercisesMusclesTicked() {
		String page = page("/exercises/ball-hamstring-curl");
		Matcher link = Pattern.compile("id=\"make-plan-with\" href=\"([^\"]+)\"").matcher(page);
		assertThat(link.find()).isTrue();
		String href = link.group(1).replace("&amp;", "&");
		assertThat(href).startsWith("/plans/new?").contains("focus=hamstrings");

		String wizard = page(href + "&focus=no-such-muscle");
		assertThat(wizard).containsPattern("name=\"focus\" value=\"hamstrings\"\\s+checked");
		assertThat(wizard).doesNotContain("no-such-muscle");
		assertThat(page("/plans/new")).doesNotContainPattern("name=\"focus\" value=\"[^\"]+\"\\s+checked");
	}

	private String page(String path) {
		HttpResponse<String> response = this.http.get(path, "text/html");
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

}
