package org.fitatlas.accounts;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.fitatlas.TestHttp;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person using the API: registers, gets a token, and sends requests with or without it.
 */
public final class ApiClient {

	public final TestHttp http;

	public final String email;

	public final String password;

	public String token;

	private ApiClient(TestHttp http, String email) {
		this(http, email, "correct horse battery staple");
	}

	private ApiClient(TestHttp http, String email, String password) {
		this.http = http;
		this.email = email;
		this.password = password;
	}

	public static ApiClient registered(TestHttp http, String name) {
		ApiClient client = new ApiClient(http, name + "-" + UUID.randomUUID() + "@fitatlas.test");
		HttpResponse<String> created = client.send("POST", "/api/v1/accounts", "{\"email\":\"" + client.email
				+ "\",\"password\":\"" + client.password + "\",\"displayName\":\"" + name + "\"}", false);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		HttpResponse<String> token = client.send("POST", "/api/v1/tokens",
				"{\"email\":\"" + client.email + "\",\"password\":\"" + client.password + "\",\"name\":\"tests\"}",
				false);
		assertThat(token.statusCode()).as(token.body()).isEqualTo(201);
		client.token = TestHttp.json(token).get("token").asString();
		return client;
	}

	public static ApiClient signIn(TestHttp http, String email, String password) {
		ApiClient client = new ApiClient(http, email, password);
		HttpResponse<String> token = client.send("POST", "/api/v1/tokens",
				"{\"email\":\"" + email + "\",\"password\":\"" + password + "\",\"name\":\"tests\"}", false);
		assertThat(token.statusCode()).as(token.body()).isEqualTo(201);
		client.token = TestHttp.json(token).get("token").asString();
		return client;
	}

	public HttpResponse<String> send(String method, String path, String body, boolean authenticated) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.http.url(path)))
			.header("Accept", "application/json");
		if (authenticated) {
			request.header("Authorization", "Bearer " + this.token);
		}
		if (body != null) {
			request.header("Content-Type", "application/json");
			request.method(method, HttpRequest.BodyPublishers.ofString(body));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		return this.http.send(request.build());
	}

	public HttpResponse<String> get(String path) {
		return send("GET", path, null, true);
	}

	public JsonNode json(String method, String path, String body) {
		HttpResponse<String> response = send(method, path, body, true);
		assertThat(response.statusCode()).as(method + " " + path + " -> " + response.body()).isBetween(200, 299);
		return TestHttp.json(response);
	}

}
