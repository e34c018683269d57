package io.scan2ledger.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/**
 * Ports and adapters: the adapters (web, routes, persistence, imaging...) depend on the core and
 * never on each other; only the app module wires them together.
 */
@AnalyzeClasses(packages = "io.scan2ledger", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule adaptersOnlyMeetInTheApp = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Core").definedBy("io.scan2ledger.access..", "io.scan2ledger.audit..",
                    "io.scan2ledger.document..", "io.scan2ledger.intake..", "io.scan2ledger.support..")
            .layer("Web").definedBy("io.scan2ledger.web..")
            .layer("Routes").definedBy("io.scan2ledger.routes..")
            .layer("Persistence").definedBy("io.scan2ledger.persistence..")
            .layer("Imaging").definedBy("io.scan2ledger.imaging..")
            .layer("App").definedBy("io.scan2ledger.app..", "io.scan2ledger.cli..")
            .whereLayer("App").mayNotBeAccessedByAnyLayer()
            .whereLayer("Web").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Routes").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Persistence").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Imaging").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Core").mayOnlyBeAccessedByLayers("Web", "Routes", "Persistence", "Imaging", "App");
}
