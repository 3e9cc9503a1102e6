package org.fitatlas.shared.web;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat rejects some requests before they reach Spring (malformed percent-encoding,
 * control bytes in the path). This valve answers those with a problem+json body instead
 * of Tomcat's HTML page, so every client error from FitAtlas has the same shape, and with
 * the same security headers as every other answer; a browser asking for a page gets a
 * short page of ours with a way back instead.
 */
public class ProblemJsonErrorReportValve extends ErrorReportValve {

	/** A browser asking for a page, outside the API, gets a page. */
	static boolean browser(Request request) {
		String accept = request.getHeader("Accept");
		String uri = request.getRequestURI();
		return accept != null && accept.contains("text/html") && (uri == null || !uri.startsWith("/api/"));
	}

	private static void page(Response response, int status) throws IOException {
		response.setContentType("text/html");
		response.setCharacterEncoding("UTF-8");
		Writer writer = response.getReporter();
		if (writer != null) {
			String title = (status == 400) ? "This address could not be read" : "Something went wrong";
			writer.write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
					+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" + "<title>" + title
					+ " · FitAtlas</title></head><body><main><h1>" + title + "</h1>"
					+ "<p>The address holds characters a web address may not contain; a link may have been cut or"
					+ " copied with extra characters.</p>"
					+ "<p><a href=\"/\">FitAtlas home page</a> · <a href=\"/exercises\">the exercise atlas</a></p>"
					+ "</main></body></html>");
			response.finishResponse();
		}
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		String detail = (status == 400)
				? "The request could not be read: the address or a header holds bytes that are not allowed."
				: "The server could not handle this request.";
		try {
			SecurityHeaders.applyTo(response);
			if (browser(request)) {
				page(response, status);
				return;
			}
			response.setContentType("application/problem+json");
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write("{\"type\":\"about:blank\",\"title\":\"" + ((status == 400) ? "Bad Request" : "Error")
						+ "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The client went away or the response was already committed; nothing more to
			// say.
		}
	}

}
