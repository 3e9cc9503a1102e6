package org.fitatlas;

import org.fitatlas.cli.FitAtlasCommandLine;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * FitAtlas: an open exercise atlas and training planner.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class FitAtlasApplication {

	/**
	 * Serves the web app, or runs a command when the first argument names one
	 * ({@code import}, {@code export}, {@code plan}, … ; {@code --help} lists them).
	 */
	public static void main(String[] args) {
		if (FitAtlasCommandLine.isCommand(args)) {
			System.exit(FitAtlasCommandLine.run(args, FitAtlasApplication.class));
		}
		SpringApplication.run(FitAtlasApplication.class, FitAtlasCommandLine.serveArguments(args));
	}

}
