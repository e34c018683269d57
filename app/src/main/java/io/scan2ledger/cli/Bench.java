package io.scan2ledger.cli;

import io.scan2ledger.extraction.DocumentField;
import io.scan2ledger.extraction.FieldRead;
import io.scan2ledger.extraction.Reading;
import io.scan2ledger.field.FieldTypes;
import io.scan2ledger.imaging.ImagingLimits;
import io.scan2ledger.imaging.PageRenderer;
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
 * reader, field types and validator, on the bundled templates (or a template folder).
 */
final class Bench implements AutoCloseable {

    static final String TESSDATA = System.getenv().getOrDefault("SCAN2LEDGER_TESSDATA",
            "/usr/share/tesseract-ocr/5/tessdata");

    final TemplateCatalog catalog;
    final FieldTypes types = FieldTypes.standard();
    final TesseractEngine tesseract = new TesseractEngine(TESSDATA);
    final TesseractFormReader reader;
    final Validator validator;

    Bench(Optional<Path> templateDir) {
        this(templateDir.map(TemplateCatalog::fromDirectory).orElseGet(TemplateCatalog::bundled));
    }

    /** On any catalog: generated forms ({@code ProceduralForms.catalog}) as well as template folders. */
    Bench(TemplateCatalog catalog) {
        this.catalog = catalog;
        this.reader = new TesseractFormReader(catalog, new PageRenderer(ImagingLimits.defaults()), tesseract, types);
        this.validator = new Validator(types, catalog);
    }

    /** The fields as the extraction stage stores them, checked as the validation stage does. */
    Validator.Verdict verdict(Reading.Classified reading) {
        List<DocumentField> fields = new ArrayList<>();
        FormTemplate template = reading.template();
        for (FieldRead read : reading.fields()) {
            FieldSpec spec = template.field(read.name()).orElseThrow();
            fields.add(new DocumentField(read.name(), spec.type(), read.rawText(), "", read.confidence(), read.page(),
                    read.box(), read.method(), List.of(), null, null));
        }
        return validator.validate(template, fields, reading.notes());
    }

    @Override
    public void close() {
        tesseract.close();
    }
}
