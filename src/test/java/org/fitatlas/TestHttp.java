package org.fitatlas;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client for tests that talk to the running app the way any client would.
 */
public final class TestHttp {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final java.util.regex.Pattern CSRF = java.util.regex.Pattern
		.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final HttpClient client;

	private final String base;

	public TestHttp(int port) {
		this(port, false);
	}

	/**
	 * With {@code browserLike}, cookies are kept between requests, as a browser keeps its
	 * session.
	 */
	public TestHttp(int port, boolean browserLike) {
		this.base = "http://localhost:" + port;
		HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5));
		if (browserLike) {
			builder.cookieHandler(new java.net.CookieManager());
		}
		this.client = builder.build();
	}

	/** Posts a form the way a browser does: fetches the page for its CSRF token first. */
	public HttpResponse<String> postForm(String pagePath, String actionPath, String form, String... headers) {
		java.util.regex.Matcher token = CSRF.matcher(get(pagePath, "text/html").body());
		String body = form + (token.find() ? "&_csrf=" + token.group(1) : "");
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + actionPath))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request.build());
	}

	public HttpResponse<String> get(String path) {
		return get(path, "application/json");
	}

	public HttpResponse<String> get(String path, String accept) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).header("Accept", accept).GET().build());
	}

	public HttpResponse<String> send(HttpRequest request) {
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public String url(String path) {
		return this.base + path;
	}

	public static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	public static String contentType(HttpResponse<String> response) {
		return response.headers().firstValue("Content-Type").orElse("");
	}

}
