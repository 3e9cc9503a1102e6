package org.fitatlas.shared.web;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fitatlas.shared.ContentVersion;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Keeps the atlas's pages as sent to anonymous visitors, so the next visitor to ask for
 * the same page gets it without rendering the template again.
 *
 * <p>
 * A page is kept only when everything about the request says it is the same for everyone:
 * a {@code GET} of a listed path, no session, no {@code Authorization} header, nobody
 * signed in, and an answer of 200 with HTML that neither created a session nor set a
 * cookie. The key holds the content's version ({@link ContentVersion}: the catalog's,
 * read from the database), so a page is never served after the exercises it shows changed
 * on this node or on another; pages are also forgotten after {@code time-to-live}. Each
 * answer says {@code X-Page-Cache: hit} or {@code miss} so operators can see the effect.
 */
class PageCache extends OncePerRequestFilter {

	static final String HEADER = "X-Page-Cache";

	/** Headers of a kept page that are sent again; security headers are written anew. */
	private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_LANGUAGE,
			HttpHeaders.VARY, HttpHeaders.LINK);

	private final List<PathPattern> paths;

	private final ContentVersion version;

	private final Cache<Key, Page> pages;

	private final int maxPageBytes;

	PageCache(List<String> paths, ContentVersion version, Duration timeToLive, long maxBytes, int maxPageBytes) {
		PathPatternParser parser = new PathPatternParser();
		this.paths = paths.stream().map(parser::parse).toList();
		this.version = version;
		this.maxPageBytes = maxPageBytes;
		this.pages = Caffeine.newBuilder()
			.maximumWeight(maxBytes)
			.weigher((Key key, Page page) -> page.body().length + 256)
			.expireAfterWrite(timeToLive)
			.build();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) || request.getHeader(HttpHeaders.AUTHORIZATION) != null
				|| request.getRequestedSessionId() != null || request.getUserPrincipal() != null) {
			return true;
		}
		PathContainer path = PathContainer.parsePath(request.getRequestURI());
		return this.paths.stream().noneMatch((pattern) -> pattern.matches(path));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Key key = Key.of(request, this.version.current());
		Page kept = this.pages.getIfPresent(key);
		if (kept != null) {
			kept.writeTo(response);
			return;
		}
		ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
		capture.setHeader(HEADER, "miss");
		chain.doFilter(request, capture);
		if (keepable(request, capture)) {
			this.pages.put(key, Page.of(capture));
		}
		capture.copyBodyToResponse();
	}

	private boolean keepable(HttpServletRequest request, ContentCachingResponseWrapper response) {
		String type = response.getContentType();
		return response.getStatus() == 200 && type != null && type.toLowerCase(Locale.ROOT).startsWith("text/html")
				&& request.getSession(false) == null && response.getHeaders(HttpHeaders.SET_COOKIE).isEmpty()
				&& !isPrivate(response.getHeader(HttpHeaders.CACHE_CONTROL))
				&& response.getContentSize() <= this.maxPageBytes;
	}

	private static boolean isPrivate(@Nullable String cacheControl) {
		return cacheControl != null && cacheControl.toLowerCase(Locale.ROOT).contains("private");
	}

	/** Forgets every kept page. */
	void clear() {
		this.pages.invalidateAll();
	}

	long size() {
		return this.pages.estimatedSize();
	}

	/** What makes two requests get the same page. */
	record Key(long version, String uri, @Nullable String query, @Nullable String accept, @Nullable String htmx,
			@Nullable String htmxTarget) {

		static Key of(HttpServletRequest request, long version) {
			return new Key(version, request.getRequestURI(), request.getQueryString(),
					request.getHeader(HttpHeaders.ACCEPT), request.getHeader("HX-Request"),
					request.getHeader("HX-Target"));
		}

	}

	/** A kept answer: its headers worth sending again and its body. */
	record Page(List<Header> headers, byte[] body) {

		record Header(String name, String value) {
		}

		static Page of(HttpServletResponse response) {
			List<Header> headers = new ArrayList<>();
			for (String name : KEPT_HEADERS) {
				Collection<String> values = response.getHeaders(name);
				values.stream().filter(Objects::nonNull).forEach((value) -> headers.add(new Header(name, value)));
			}
			return new Page(List.copyOf(headers), ((ContentCachingResponseWrapper) response).getContentAsByteArray());
		}

		void writeTo(HttpServletResponse response) throws IOException {
			response.setStatus(200);
			for (Header header : this.headers) {
				response.addHeader(header.name(), header.value());
			}
			response.setHeader(HEADER, "hit");
			response.setContentLength(this.body.length);
			response.getOutputStream().write(this.body);
		}

	}

}
