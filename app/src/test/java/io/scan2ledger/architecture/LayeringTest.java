package io.scan2ledger.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/**
 * Ports and adapters: the core (the domain and its ports) depends on no adapter; the adapters
 * depend on the core and never on each other, with one exception: reading a form (ocr) renders its
 * pages (imaging). Only the app module wires them together. The legacy ledger is a separate demo
 * application that no production code may touch.
 */
@AnalyzeClasses(packages = "io.scan2ledger", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule adaptersOnlyMeetInTheApp = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Core").definedBy("io.scan2ledger.access..", "io.scan2ledger.audit..", "io.scan2ledger.batch..",
                    "io.scan2ledger.certainty..",
                    "io.scan2ledger.document..", "io.scan2ledger.extraction..", "io.scan2ledger.field..",
                    "io.scan2ledger.intake..", "io.scan2ledger.ledger..", "io.scan2ledger.metering..",
                    "io.scan2ledger.retention..", "io.scan2ledger.review..", "io.scan2ledger.support..",
                    "io.scan2ledger.template..", "io.scan2ledger.validation..")
            .layer("Web").definedBy("io.scan2ledger.web..")
            .layer("Routes").definedBy("io.scan2ledger.routes..")
            .layer("Persistence").definedBy("io.scan2ledger.persistence..")
            .layer("Imaging").definedBy("io.scan2ledger.imaging..")
            .layer("Ocr").definedBy("io.scan2ledger.ocr..")
            .layer("Templates").definedBy("io.scan2ledger.templates..")
            .layer("Calibration").definedBy("io.scan2ledger.calibration..")
            .layer("Digits").definedBy("io.scan2ledger.digits..")
            .layer("Bots").definedBy("io.scan2ledger.bots..")
            .layer("Scheduler").definedBy("io.scan2ledger.scheduler..")
            .layer("LegacyLedger").definedBy("io.scan2ledger.legacyledger..")
            .layer("App").definedBy("io.scan2ledger.app..", "io.scan2ledger.cli..")
            .whereLayer("App").mayNotBeAccessedByAnyLayer()
            .whereLayer("Web").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Routes").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Persistence").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Imaging").mayOnlyBeAccessedByLayers("Ocr", "App")
            .whereLayer("Ocr").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Templates").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Calibration").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Digits").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Bots").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Scheduler").mayOnlyBeAccessedByLayers("App")
            .whereLayer("LegacyLedger").mayNotBeAccessedByAnyLayer()
            .whereLayer("Core").mayOnlyBeAccessedByLayers("Web", "Routes", "Persistence", "Imaging", "Ocr", "Templates",
                    "Calibration", "Digits", "Bots", "Scheduler", "App");
}
