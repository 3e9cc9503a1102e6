package org.fitatlas.cli.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts FitAtlas without its web server, on the same database the web app uses (embedded
 * or configured), for a command to call the modules' public doors.
 */
public final class AppContext {

	/**
	 * The Spring Boot application class, handed over by {@code main} (no arrow back to
	 * it).
	 */
	private static volatile Class<?> application = Object.class;

	private AppContext() {
	}

	public static void use(Class<?> applicationClass) {
		application = applicationClass;
	}

	static Class<?> application() {
		return application;
	}

	static ConfigurableApplicationContext start(List<String> springArgs) {
		List<String> args = new ArrayList<>(springArgs);
		args.add("--logging.level.root=WARN");
		args.add("--logging.level.org.fitatlas=WARN");
		args.add("--server.port=0");
		args.add("--server.address=127.0.0.1");
		return new SpringApplicationBuilder(application).web(WebApplicationType.SERVLET)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.run(args.toArray(String[]::new));
	}

}
