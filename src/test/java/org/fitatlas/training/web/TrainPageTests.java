package org.fitatlas.training.web;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.fitatlas.FitAtlasWebTest;
import org.fitatlas.TestHttp;
import org.fitatlas.accounts.ApiClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The training pages as a browser without JavaScript uses them: plain forms start a
 * session, log sets (a bad value comes back as a message beside the form, never a 500),
 * quick-log from an exercise page, finish; nobody else's session opens, and nobody signed
 * out gets in.
 */
@FitAtlasWebTest
class TrainPageTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void shouldLogSetsThroughPlainFormsAndExplainABadValue() {
		ApiClient mo = ApiClient.registered(new TestHttp(this.port), "mo");
		TestHttp browser = signedIn(mo);
		HttpResponse<String> started = browser.postForm("/train", "/train/sessions", "title=Evening");
		assertThat(started.statusCode()).isEqualTo(302);
		String player = started.headers().firstValue("Location").orElseThrow();
		String session = player.replaceAll(".*/train/sessions/", "");

		HttpResponse<String> logged = browser.postForm(path(player), "/train/sessions/" + session + "/sets",
				"exercise=push-up&reps=12&pain=0&rir=2&setType=working&item=0");
		assertThat(logged.statusCode()).isEqualTo(302);
		HttpResponse<String> refused = browser.postForm(path(player), "/train/sessions/" + session + "/sets",
				"exercise=push-up&reps=-3&item=0");
		assertThat(refused.statusCode()).isEqualTo(302);
		String back = refused.headers().firstValue("Location").orElseThrow();
		HttpResponse<String> page = browser.get(path(back), "text/html");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("role=\"alert\"").contains("reps").contains("0..1000");
		// the player shows each exercise's animated figure
		assertThat(page.body()).contains("src=\"/exercises/push-up/demo.svg\"");
		assertThat(page.body()).contains("12 reps, 2 left");
		assertThat(count(session)).isEqualTo(1);

		HttpResponse<String> quick = browser.postForm("/exercises/side-plank", "/train/quick-log",
				"exercise=side-plank");
		assertThat(quick.statusCode()).isEqualTo(302);
		assertThat(quick.headers().firstValue("Location").orElseThrow()).contains(session).contains("add=side-plank");
		assertThat(browser.get(path(quick.headers().firstValue("Location").orElseThrow()), "text/html").body())
			.contains("Side Plank");

		HttpResponse<String> byName = browser.get("/train/sessions/" + session + "?add=Plank+(side)", "text/html");
		assertThat(byName.statusCode()).isEqualTo(302);
		String canonical = path(byName.headers().firstValue("Location").orElseThrow());
		assertThat(canonical).endsWith("?add=side-plank");
		assertThat(browser.get(canonical, "text/html").body()).contains("Side Plank");
		assertThat(browser.get("/train/sessions/" + session + "?add=moon+walk", "text/html").body())
			.contains("No exercise of the atlas is called");
		HttpResponse<String> finished = browser.postForm(path(player), "/train/sessions/" + session + "/finish",
				"feeling=5&note=good");
		assertThat(finished.statusCode()).isEqualTo(302);
		assertThat(browser.get(path(player), "text/html").body()).contains("Session finished");
	}

	@Test
	void shouldKeepSessionsToTheirOwnerAndAnswerJunkWithoutAServerError() {
		ApiClient ned = ApiClient.registered(new TestHttp(this.port), "ned");
		String hers = ned.json("POST", "/api/v1/sessions", "{}").get("id").asString();
		ApiClient oli = ApiClient.registered(new TestHttp(this.port), "oli");
		TestHttp browser = signedIn(oli);
		assertThat(browser.get("/train/sessions/" + hers, "text/html").statusCode()).isEqualTo(404);
		assertThat(browser.get("/train/sessions/not-a-session", "text/html").statusCode()).isEqualTo(400);
		assertThat(browser.get("/train/sessions/" + UUID.randomUUID(), "text/html").statusCode()).isEqualTo(404);
		assertThat(
				browser.postForm("/train", "/train/sessions/" + hers + "/sets", "exercise=push-up&reps=5").statusCode())
			.isEqualTo(404);
		assertThat(browser.postForm("/train", "/train/quick-log", "exercise=moonwalk").statusCode()).isEqualTo(400);
		assertThat(browser.postForm("/train", "/train/sessions", "planId=nope").statusCode()).isEqualTo(400);
		assertThat(count(hers)).isZero();

		TestHttp nobody = new TestHttp(this.port, true);
		assertThat(nobody.get("/train", "text/html").body()).contains("Sign in");
		HttpResponse<String> player = nobody.get("/train/sessions/" + hers, "text/html");
		assertThat(player.statusCode()).isIn(302, 401);
		assertThat(player.body()).doesNotContain(hers);
	}

	private TestHttp signedIn(ApiClient person) {
		TestHttp browser = new TestHttp(this.port, true);
		HttpResponse<String> signIn = browser.postForm("/login", "/login",
				"email=" + java.net.URLEncoder.encode(person.email, java.nio.charset.StandardCharsets.UTF_8)
						+ "&password="
						+ java.net.URLEncoder.encode(person.password, java.nio.charset.StandardCharsets.UTF_8));
		assertThat(signIn.statusCode()).as(signIn.body()).isEqualTo(302);
		return browser;
	}

	private long count(String session) {
		return this.jdbc.sql("select count(*) from training_set where session_id = cast(:s as uuid)")
			.param("s", session)
			.query(Long.class)
			.single();
	}

	private static String path(String location) {
		return location.replaceFirst("^https?://[^/]+", "");
	}

}
