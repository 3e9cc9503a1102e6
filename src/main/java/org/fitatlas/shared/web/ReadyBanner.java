package org.fitatlas.shared.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Prints the address to open once FitAtlas is ready, so a newcomer knows where to look.
 */
@Component
class ReadyBanner {

	private static final Logger log = LoggerFactory.getLogger(ReadyBanner.class);

	private final Environment environment;

	ReadyBanner(Environment environment) {
		this.environment = environment;
	}

	@EventListener(ApplicationReadyEvent.class)
	void ready() {
		String port = this.environment.getProperty("local.server.port", "8080");
		log.info("FitAtlas is ready at http://localhost:{}/ (API docs: http://localhost:{}/swagger-ui/index.html)",
				port, port);
	}

}
