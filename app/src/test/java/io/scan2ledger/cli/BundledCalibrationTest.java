package io.scan2ledger.cli;

import io.scan2ledger.calibration.CalibrationFile;
import io.scan2ledger.certainty.Calibration;
import io.scan2ledger.certainty.CalibrationRefused;
import io.scan2ledger.certainty.CertaintyModel;
import io.scan2ledger.certainty.TypeGroup;
import io.scan2ledger.template.FormTemplate;
import io.scan2ledger.templates.TemplateCatalog;
import io.scan2ledger.templates.samples.Split;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The calibration shipped in the jar: fitted for the bundled forms as they are, on the seen split only. */
class BundledCalibrationTest {

    static final TemplateCatalog CATALOG = TemplateCatalog.bundled();

    @Test
    void theShippedCalibrationFitsTheBundledFormsAsTheyAre() {
        Calibration bundled = CalibrationFile.bundled();
        // Refused here means a template changed without ./scan2ledger calibrate.
        CertaintyModel.of(bundled, CATALOG.all(), "ocr-templates/certainty.yaml");
        for (FormTemplate form : CATALOG.all()) {
            assertThat(bundled.templateVersions()).containsEntry(form.id(), form.version());
        }
        assertThat(bundled.groups()).containsKeys(TypeGroup.NAME, TypeGroup.DATE, TypeGroup.TEXT, TypeGroup.DIGITS);
        assertThat(bundled.thresholds()).isNotEmpty();
    }

    @Test
    void itWasFittedOnTheSeenSplitAtSeedsNoBenchmarkMeasures() {
        String fittedOn = CalibrationFile.bundled().fittedOn();
        assertThat(fittedOn).startsWith("split seen, seeds " + Split.FITTING_SEED_BASE);
        for (Split split : Split.values()) {
            assertThat(split.seedBase() < Split.FITTING_SEED_BASE || split.seedBase() >= Split.FITTING_SEED_END)
                    .as(split.id()).isTrue();
        }
    }

    @Test
    void aTemplateFolderWhoseFormChangedIsRefusedWithWhatToDo(@TempDir Path dir) throws Exception {
        // The bundled calibration, for a folder holding jidou-teate at a version it was not fitted on.
        FormTemplate allowance = CATALOG.byId("jidou-teate").orElseThrow();
        FormTemplate bumped = new FormTemplate(allowance.id(), allowance.version() + 1, allowance.title(),
                allowance.titleEn(), allowance.formCode(), allowance.formCodeZone(), allowance.keywords(),
                allowance.pageWidth(), allowance.pageHeight(), allowance.marks(), allowance.markSize(),
                allowance.reviewThreshold(), allowance.fields(), allowance.tables(), allowance.rules(),
                allowance.layout());
        Calibration calibration = CalibrationFile.forTemplates(List.of(dir));
        assertThatThrownBy(() -> CertaintyModel.of(calibration, List.of(bumped), "the calibration file"))
                .isInstanceOf(CalibrationRefused.class)
                .hasMessageContaining("jidou-teate version " + allowance.version())
                .hasMessageContaining("./scan2ledger calibrate");
        // A folder with its own calibration file uses that one.
        CalibrationFile.write(calibration, dir.resolve(CalibrationFile.NAME));
        assertThat(Files.readString(dir.resolve(CalibrationFile.NAME))).contains("format: 1");
        assertThat(CalibrationFile.forTemplates(List.of(dir)).version()).isEqualTo(calibration.version());
        // Of several folders, the last with a calibration file has the fit of the forms laid over the rest.
        Path later = Files.createDirectories(dir.resolve("later"));
        CalibrationFile.write(new Calibration(calibration.version() + 1, calibration.fittedOn(), calibration.budget(),
                calibration.templateVersions(), calibration.groups(), calibration.thresholds(), calibration.curve()),
                later.resolve(CalibrationFile.NAME));
        assertThat(CalibrationFile.forTemplates(List.of(dir, later)).version()).isEqualTo(calibration.version() + 1);
        assertThat(CalibrationFile.forTemplates(List.of(later, dir)).version()).isEqualTo(calibration.version());
        assertThat(CalibrationFile.forTemplates(List.of(later, dir.resolve("none")))).isNotNull()
                .extracting(Calibration::version).isEqualTo(calibration.version() + 1);
    }
}
