package org.fitatlas;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries hold (a wrong arrow fails the build), and the module diagram in
 * {@code docs/architecture} is written from the code.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(FitAtlasApplication.class);

	@Test
	void shouldKeepEveryModuleBehindItsPublicDoor() {
		this.modules.verify();
	}

	@Test
	void shouldWriteTheModuleDiagram() {
		new Documenter(this.modules, Documenter.Options.defaults().withOutputFolder("docs/architecture"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
	}

}
