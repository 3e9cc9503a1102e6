package org.fitatlas;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * FitAtlas: an open exercise atlas and training planner.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class FitAtlasApplication {

	public static void main(String[] args) {
		SpringApplication.run(FitAtlasApplication.class, args);
	}

}
