package org.dastan;

import java.nio.file.Path;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.VerificationOptions;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.CanvasOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions.ElementsWithoutRelationships;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The features' edges (see ARCHITECTURE.md): which packages are application modules, that
 * no code reaches into a module past its API, and the module documentation under
 * {@code docs/modules}, written again on every build.
 */
class ModularityTests {

	// Surefire runs in cms-admin; the documentation lives at the repository's root.
	private static final Path DOCS = Path.of("..", "docs", "modules");

	private static final ApplicationModules modules = ApplicationModules.of(DastanApplication.class);

	@Test
	void detectsTheAnnotatedFeaturesAsModules() {
		// Read from application.properties; with the default strategy every direct
		// sub-package of org.dastan (core, web, admin, bench) would be a module instead.
		assertThat(modules.stream().map((module) -> module.getIdentifier().toString())).containsExactlyInAnyOrder(
				"article", "audit", "author", "backup", "change", "feed", "media", "page", "rate", "redirect", "search",
				"sidebar", "suggest", "tag", "user", "wxr");
	}

	@Test
	void keepsEachModulesInternalsToItself() {
		modules.verify(VerificationOptions.defaults().withAdditionalVerifications(onlyApisFromOutsideModules()));
	}

	@Test
	void writesTheModuleDocumentation() {
		// Shown even while no other module depends on them, so that the overview is not
		// empty.
		DiagramOptions diagrams = DiagramOptions.defaults()
			.withElementsWithoutRelationships(ElementsWithoutRelationships.VISIBLE);
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
			.writeDocumentation(diagrams, CanvasOptions.defaults());
		assertThat(DOCS.resolve("module-rate.adoc")).exists();
		assertThat(DOCS.resolve("module-audit.adoc")).exists();
	}

	/**
	 * Modulith checks what modules use of each other. The code outside every module (the
	 * web, the admin, the demo, the bench and the shared packages) is held to the
	 * modules' APIs by this rule: no internals, and none of the entities that a module
	 * shares with other modules' entities as its {@code model} interface.
	 */
	private static ArchRule onlyApisFromOutsideModules() {
		return noClasses().that(outsideFeatureModules())
			.should()
			.dependOnClassesThat(internalToAModuleOrItsModel())
			.because("code outside the modules uses their APIs, never entities or repositories (ARCHITECTURE.md)");
	}

	private static DescribedPredicate<JavaClass> outsideFeatureModules() {
		return DescribedPredicate.describe("are outside every feature module",
				(type) -> modules.getModuleByType(type).filter((module) -> !module.isRootModule()).isEmpty());
	}

	private static DescribedPredicate<JavaClass> internalToAModuleOrItsModel() {
		return DescribedPredicate.describe("are internal to a feature module or its entities",
				(type) -> modules.getModuleByType(type)
					.filter((module) -> !module.isRootModule() && !module.isOpen())
					.filter((module) -> !module.isExposed(type) || isModel(module, type))
					.isPresent());
	}

	private static boolean isModel(ApplicationModule module, JavaClass type) {
		return module.getNamedInterfaces().getByName("model").filter((model) -> model.contains(type)).isPresent();
	}

}
