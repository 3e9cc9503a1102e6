package org.fitatlas.progress.web;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.fitatlas.FitAtlasWebTest;
import org.fitatlas.TestHttp;
import org.fitatlas.accounts.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The progress page and the morning check over plain HTTP, as a browser without
 * JavaScript sees them: sign-in first, the numbers in tables, and every bad value
 * answered with a message that names it, never a 500.
 */
@FitAtlasWebTest
class ProgressPageTests {

	@LocalServerPort
	int port;

	ApiClient api;

	TestHttp page;

	@BeforeEach
	void signIn() {
		this.api = ApiClient.registered(new TestHttp(this.port), "ines");
		this.page = new TestHttp(this.port, true);
		HttpResponse<String> signedIn = this.page.postForm("/login", "/login",
				"email=" + encode(this.api.email) + "&password=" + encode(this.api.password));
		assertThat(signedIn.headers().firstValue("Location").orElse("")).endsWith("/profile");
	}

	@Test
	void shouldSendAnAnonymousVisitorToSignIn() {
		HttpResponse<String> response = new TestHttp(this.port).get("/progress?exercise=push-up", "text/html");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/login");
	}

	@Test
	void shouldShowTheNumbersInTablesWithoutJavaScript() {
		session("2026-11-02T18:00:00Z", "{\"reps\":10,\"loadKg\":40}", "{\"reps\":8,\"loadKg\":40}");
		session("2026-11-05T18:00:00Z", "{\"reps\":6,\"loadKg\":45}");
		HttpResponse<String> response = this.page.get("/progress?exercise=barbell-bench-press&formula=brzycki",
				"text/html");
		assertThat(response.statusCode()).isEqualTo(200);
		String html = response.body();
		// Brzycki: 40 × 36 / (37 − 10) = 53.3; 45 × 36 / (37 − 6) = 52.3
		assertThat(html).containsPattern("<option value=\"barbell-bench-press\"\\s+selected=\"selected\">")
			.containsPattern("<option value=\"brzycki\"\\s+selected=\"selected\">")
			.contains("53.3 kg")
			.contains("52.3 kg")
			.contains("45 kg × 6")
			.contains("720 kg")
			.contains("Estimated one-rep maximum per session (Brzycki)")
			.contains("<details class=\"chart-table\" open>")
			.containsPattern("/webjars/chart.js/[0-9.]+/dist/chart.umd.js");
		assertThat(this.page.get("/webjars/chart.js/dist/chart.umd.js", "*/*").statusCode()).isEqualTo(200);
	}

	@Test
	void shouldExplainAnUnknownExerciseAndFormulaOnThePage() {
		HttpResponse<String> unknown = this.page.get("/progress?exercise=moonwalk", "text/html");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).contains("No exercise of the atlas has the name &#39;moonwalk&#39;");

		HttpResponse<String> formula = this.page.get("/progress?exercise=push-up&formula=guess", "text/html");
		assertThat(formula.statusCode()).isEqualTo(400);
		assertThat(formula.body()).contains("&#39;guess&#39; is not a formula we know")
			.contains("Brzycki")
			.contains("Wathen");
	}

	@Test
	void shouldKeepTodaysWeightAndRefuseAnImpossibleOneNextToTheField() {
		HttpResponse<String> tooLight = this.page.postForm("/progress", "/progress/body-weight", "kg=12");
		assertThat(tooLight.statusCode()).isEqualTo(400);
		assertThat(tooLight.body()).contains("id=\"kg-error\"")
			.contains("&#39;12&#39; is not possible here")
			.contains("20 to 400 kg")
			.contains("aria-invalid=\"true\"")
			.contains("value=\"12\"");
		assertThat(this.page.postForm("/progress", "/progress/body-weight", "kg=heavy").body())
			.contains("&#39;heavy&#39; is not possible here");
		assertThat(this.page.postForm("/progress", "/progress/body-weight", "kg=").body())
			.contains("Body weight: nothing was entered");

		HttpResponse<String> saved = this.page.postForm("/progress", "/progress/body-weight",
				"kg=72%2C5&exercise=push-up&formula=mayhew");
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(saved.headers().firstValue("Location").orElse(""))
			.endsWith("/progress?exercise=push-up&formula=mayhew#body-weight");
		String after = this.page.get("/progress?exercise=push-up&formula=mayhew", "text/html").body();
		assertThat(after).contains("Saved: 72.5 kg today.").contains("72.5 kg");
		assertThat(this.api.json("GET", "/api/v1/body-weight", null).get("items").get(0).get("kg").decimalValue())
			.isEqualByComparingTo("72.5");
	}

	@Test
	void shouldAskTheMorningCheckOnTheNextPageAndExplainAPainOfEleven() {
		String painful = session("2026-11-28T18:00:00Z", "{\"reps\":8,\"loadKg\":40,\"pain\":4}");
		this.api.json("POST", "/api/v1/sessions/" + painful + "/finish", "{\"endedAt\":\"2026-11-28T19:00:00Z\"}");
		String atlas = this.page.get("/exercises?page=2", "text/html").body();
		assertThat(atlas).contains("How is the pain this morning after Saturday 28 November’s session")
			.contains("(Barbell Bench Press)?")
			.contains("name=\"returnTo\" value=\"/exercises?page=2\"");

		HttpResponse<String> eleven = this.page.postForm("/exercises", "/progress/pain-check",
				"sessionId=" + painful + "&morningPain=11&comparedToBefore=same&returnTo=%2Fexercises%3Fpage%3D2");
		assertThat(eleven.statusCode()).isEqualTo(302);
		assertThat(eleven.headers().firstValue("Location").orElse("")).endsWith("/exercises?page=2");
		assertThat(this.page.get("/exercises?page=2", "text/html").body())
			.contains("Pain this morning: &#39;11&#39; is not on the scale")
			.contains("from 0 (no pain) to 10");

		HttpResponse<String> elsewhere = this.page.postForm("/exercises", "/progress/pain-check",
				"sessionId=" + painful + "&morningPain=2&comparedToBefore=meh&returnTo=https%3A%2F%2Fevil.example%2F");
		assertThat(elsewhere.headers().firstValue("Location").orElse("")).endsWith("/progress");
		assertThat(this.page.get("/progress", "text/html").body()).contains("&#39;meh&#39; is not an answer");

		HttpResponse<String> answered = this.page.postForm("/exercises", "/progress/pain-check",
				"sessionId=" + painful + "&morningPain=2&comparedToBefore=better&returnTo=%2F%2Fevil.example");
		assertThat(answered.headers().firstValue("Location").orElse("")).endsWith("/progress");
		String next = this.page.get("/progress", "text/html").body();
		assertThat(next).doesNotContain("How is the pain this morning").contains("your answer is saved");
		assertThat(this.page.get("/exercises", "text/html").body()).doesNotContain("morning-check");
		assertThat(this.api.json("GET", "/api/v1/pain-checks", null).get("items").get(0).get("morningPain").asInt())
			.isEqualTo(2);
	}

	/** Logs a session of barbell bench press with the given sets; answers its id. */
	private String session(String startedAt, String... sets) {
		String id = this.api.json("POST", "/api/v1/sessions", "{\"startedAt\":\"" + startedAt + "\"}")
			.get("id")
			.asString();
		for (String set : sets) {
			this.api.json("POST", "/api/v1/sessions/" + id + "/sets",
					"{\"exercise\":\"barbell-bench-press\"," + set.substring(1));
		}
		return id;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
