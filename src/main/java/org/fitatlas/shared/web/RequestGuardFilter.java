package org.fitatlas.shared.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.fitatlas.shared.InvalidParameter;
import org.jspecify.annotations.Nullable;

import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks every request before anything reads it: a body over the limit is refused by its
 * {@code Content-Length} before a byte is read, and a body without one is counted while
 * it streams and refused when it passes the limit, so no over-size body is ever buffered
 * (413). Control characters (NUL, CR, LF and the like) in a query parameter are refused
 * with 400 naming the parameter.
 */
class RequestGuardFilter extends OncePerRequestFilter {

	/** The request attribute that carries a refused parameter to the error page. */
	static final String INVALID_PARAMETER = RequestGuardFilter.class.getName() + ".invalid";

	private final long maxBody;

	private final Map<String, DataSize> largerByPath;

	RequestGuardFilter(DataSize maxBody, Map<String, DataSize> largerByPath) {
		this.maxBody = maxBody.toBytes();
		this.largerByPath = Map.copyOf(largerByPath);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		InvalidParameter control = controlCharacter(request.getQueryString());
		if (control != null) {
			request.setAttribute(INVALID_PARAMETER, control);
			response.sendError(400, control.getMessage());
			return;
		}
		long limit = limitFor(request.getRequestURI());
		long length = request.getContentLengthLong();
		if (length > limit) {
			tooLarge(response, limit);
			return;
		}
		if (length >= 0 || request.getHeader("Transfer-Encoding") == null) {
			chain.doFilter(request, response);
			return;
		}
		chain.doFilter(new CountingRequest(request, response, limit), response);
	}

	private long limitFor(String path) {
		long limit = this.maxBody;
		for (Map.Entry<String, DataSize> larger : this.largerByPath.entrySet()) {
			if (path.startsWith(larger.getKey())) {
				limit = Math.max(limit, larger.getValue().toBytes());
			}
		}
		return limit;
	}

	/**
	 * Writes the 413 answer, sends it and closes it: Tomcat would otherwise wait to drain
	 * a body that may never come before answering, and later writes are ignored.
	 */
	static void tooLarge(HttpServletResponse response, long limit) throws IOException {
		if (response.isCommitted()) {
			return;
		}
		response.reset();
		byte[] body = ("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,"
				+ "\"detail\":\"The request body is larger than the limit of " + limit + " bytes.\",\"limit\":" + limit
				+ "}")
			.getBytes(StandardCharsets.UTF_8);
		response.setStatus(413);
		SecurityHeaders.applyTo(response);
		response.setHeader("Connection", "close");
		response.setContentType("application/problem+json");
		response.setContentLength(body.length);
		ServletOutputStream out = response.getOutputStream();
		out.write(body);
		out.flush();
		out.close();
	}

	static @Nullable InvalidParameter controlCharacter(@Nullable String query) {
		if (query == null) {
			return null;
		}
		for (String pair : query.split("&")) {
			int eq = pair.indexOf('=');
			String name = decode((eq < 0) ? pair : pair.substring(0, eq));
			String value = (eq < 0) ? "" : decode(pair.substring(eq + 1));
			if (name == null || value == null) {
				// malformed percent-encoding: Tomcat answers that one itself
				continue;
			}
			if (hasControl(name) || hasControl(value)) {
				return InvalidParameter.of(Problems.shown(name), Problems.shown(value),
						"text without control characters (NUL, CR, LF, tab and the like)");
			}
		}
		return null;
	}

	private static @Nullable String decode(String text) {
		try {
			return URLDecoder.decode(text, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static boolean hasControl(String text) {
		return text.codePoints().anyMatch(Character::isISOControl);
	}

	/** Hands out at most {@code limit} bytes of the body, then fails the read. */
	private static final class CountingRequest extends HttpServletRequestWrapper {

		private final HttpServletResponse response;

		private final long limit;

		private @Nullable ServletInputStream stream;

		CountingRequest(HttpServletRequest request, HttpServletResponse response, long limit) {
			super(request);
			this.response = response;
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.stream == null) {
				this.stream = new Counting(super.getInputStream());
			}
			return this.stream;
		}

		@Override
		public BufferedReader getReader() throws IOException {
			String encoding = getCharacterEncoding();
			Charset charset = (encoding != null) ? Charset.forName(encoding) : StandardCharsets.UTF_8;
			return new BufferedReader(new InputStreamReader(getInputStream(), charset));
		}

		private final class Counting extends ServletInputStream {

			private final ServletInputStream in;

			private long count;

			Counting(ServletInputStream in) {
				this.in = in;
			}

			@Override
			public int read() throws IOException {
				int b = this.in.read();
				if (b >= 0) {
					count(1);
				}
				return b;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				int n = this.in.read(buffer, offset, length);
				if (n > 0) {
					count(n);
				}
				return n;
			}

			private void count(int n) throws IOException {
				this.count += n;
				if (this.count > CountingRequest.this.limit) {
					tooLarge(CountingRequest.this.response, CountingRequest.this.limit);
					throw new IOException("request body over the limit of " + CountingRequest.this.limit + " bytes");
				}
			}

			@Override
			public boolean isFinished() {
				return this.in.isFinished();
			}

			@Override
			public boolean isReady() {
				return this.in.isReady();
			}

			@Override
			public void setReadListener(ReadListener listener) {
				this.in.setReadListener(listener);
			}

		}

	}

}
