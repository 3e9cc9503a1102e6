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
 * the same security headers as every other answer.
 */
public class ProblemJsonErrorReportValve extends ErrorReportValve {

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
