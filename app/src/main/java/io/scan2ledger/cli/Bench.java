package io.scan2ledger.cli;

import io.scan2ledger.app.Recognition;
import io.scan2ledger.calibration.CalibrationFile;
import io.scan2ledger.certainty.Calibration;
import io.scan2ledger.certainty.CertaintyModel;
import io.scan2ledger.extraction.DocumentField;
import io.scan2ledger.extraction.FieldRead;
import io.scan2ledger.extraction.Reading;
import io.scan2ledger.field.FieldTypes;
import io.scan2ledger.imaging.ImagingLimits;
import io.scan2ledger.imaging.PageRenderer;
import io.scan2ledger.ocr.Recognizers;
import io.scan2ledger.ocr.TesseractEngine;
import io.scan2ledger.ocr.TesseractFormReader;
import io.scan2ledger.template.FieldSpec;
import io.scan2ledger.template.FormTemplate;
import io.scan2ledger.templates.TemplateCatalog;
import io.scan2ledger.validation.Validator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The reading pipeline without a server, as the benchmarks and {@code extract} use it: the real
 * reader, field types, certainty model and validator, on the bundled templates (and any template folders).
 */
final class Bench implements AutoCloseable {

    static final String TESSDATA = System.getenv().getOrDefault("SCAN2LEDGER_TESSDATA",
            "/usr/share/tesseract-ocr/5/tessdata");

    final TemplateCatalog catalog;
    final FieldTypes types = FieldTypes.standard();
    final TesseractEngine tesseract = new TesseractEngine(TESSDATA);
    final TesseractFormReader reader;
    /** The calibration of the templates, or empty when the bench runs to fit one. */
    final Optional<Calibration> calibration;
    final Validator validator;

    /** The bundled templates with {@code templateFolders} laid over them, and their calibration. */
    Bench(List<Path> templateFolders) {
        this(TemplateCatalog.layered(templateFolders), Optional.of(CalibrationFile.forTemplates(templateFolders)));
    }

    /** {@code catalog} with {@code calibration}; without one every machine-read field is doubtful. */
    Bench(TemplateCatalog catalog, Optional<Calibration> calibration) {
        this(catalog, calibration, Recognition.forTemplates(catalog.all(),
                !"false".equals(System.getenv("SCAN2LEDGER_EXTRACTION_DIGITCLASSIFIER"))));
    }

    /** {@code catalog} with {@code calibration}, reading with {@code recognizers} beside Tesseract. */
    Bench(TemplateCatalog catalog, Optional<Calibration> calibration, Recognizers recognizers) {
        this.catalog = catalog;
        this.reader = new TesseractFormReader(catalog, new PageRenderer(ImagingLimits.defaults()), tesseract, types,
                recognizers);
        this.calibration = calibration;
        this.validator = validator(calibration);
    }

    /** A validator with {@code calibration} (another budget's thresholds, say) on these templates. */
    Validator validator(Optional<Calibration> with) {
        return new Validator(types, catalog, with.map(c -> CertaintyModel.of(c, catalog.all(), "the calibration file"))
                .orElseGet(CertaintyModel::uncalibrated));
    }

    /** The fields as the extraction stage stores them, checked as the validation stage does. */
    Validator.Verdict verdict(Reading.Classified reading) {
        return verdict(validator, reading);
    }

    static Validator.Verdict verdict(Validator validator, Reading.Classified reading) {
        List<DocumentField> fields = new ArrayList<>();
        FormTemplate template = reading.template();
        for (FieldRead read : reading.fields()) {
            FieldSpec spec = template.field(read.name()).orElseThrow();
            fields.add(new DocumentField(read.name(), spec.type(), read.rawText(), "", read.confidence(), read.page(),
                    read.box(), read.method(), List.of(), null, null, read.evidence()));
        }
        return validator.validate(template, fields, reading.notes());
    }

    @Override
    public void close() {
        tesseract.close();
    }
}
