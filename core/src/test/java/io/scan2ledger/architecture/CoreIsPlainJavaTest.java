package io.scan2ledger.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The core holds the domain and its ports; frameworks and I/O adapters stay outside it. */
@AnalyzeClasses(packages = "io.scan2ledger", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreIsPlainJavaTest {

    @ArchTest
    static final ArchRule noFrameworksInTheCore = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "org.apache.camel..", "jakarta..", "java.sql..", "javax.sql..",
                    "org.apache.pdfbox..", "net.sourceforge.tess4j..", "org.apache.poi..", "org.openqa..")
            .because("the core must stay testable without any framework (ports and adapters)");
}
