package org.fitatlas.cli.internal;

import java.util.ArrayList;
import java.util.List;

import org.fitatlas.FitAtlasApplication;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts FitAtlas without its web server, on the same database the web app uses (embedded
 * or configured), for a command to call the modules' public doors.
 */
final class AppContext {

	private AppContext() {
	}

	static ConfigurableApplicationContext start(List<String> springArgs) {
		List<String> args = new ArrayList<>(springArgs);
		args.add("--logging.level.root=WARN");
		args.add("--logging.level.org.fitatlas=WARN");
		args.add("--server.port=0");
		args.add("--server.address=127.0.0.1");
		return new SpringApplicationBuilder(FitAtlasApplication.class).web(WebApplicationType.SERVLET)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.run(args.toArray(String[]::new));
	}

}
