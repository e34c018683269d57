package io.scan2ledger.ocr;

import io.scan2ledger.certainty.Evidence;
import io.scan2ledger.extraction.DigitRecognizer;
import io.scan2ledger.extraction.FieldRead;
import io.scan2ledger.extraction.Reading;
import io.scan2ledger.field.FieldTypes;
import io.scan2ledger.imaging.ImagingLimits;
import io.scan2ledger.imaging.PageRenderer;
import io.scan2ledger.template.Engine;
import io.scan2ledger.template.FieldSpec;
import io.scan2ledger.template.FormTemplate;
import io.scan2ledger.templates.TemplateCatalog;
import io.scan2ledger.templates.samples.OutputKind;
import io.scan2ledger.templates.samples.Sample;
import io.scan2ledger.templates.samples.SampleGenerator;
import io.scan2ledger.templates.samples.ScanOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How the reader uses a digit recogniser, isolated from any trained model: a fake that reads every
 * box as 7 shows which fields it reads, that Tesseract checks it, and that the field's rules choose
 * Tesseract's reading where they refuse the recogniser's. The real classifier is read end to end in
 * the app module (HandwrittenDigitsEndToEndTest).
 */
class DigitEngineTest {

    static final TemplateCatalog CATALOG = TemplateCatalog.bundled();
    static final TesseractEngine TESSERACT = new TesseractEngine("/usr/share/tesseract-ocr/5/tessdata");

    @TempDir
    Path dir;

    @AfterAll
    static void closeEngine() {
        TESSERACT.close();
    }

    /** Reads every box as a 7, sure of it, with 1 as the runner-up. */
    static final class Sevens implements DigitRecognizer {
        final AtomicInteger boxes = new AtomicInteger();

        @Override
        public Cell read(java.awt.image.BufferedImage cell) {
            boxes.incrementAndGet();
            double[] p = new double[10];
            p[7] = 0.97;
            p[1] = 0.03;
            return new Cell(p);
        }
    }

    @Test
    void boxedDigitsAreReadBoxByBoxAndCheckedByTesseract() throws Exception {
        FormTemplate form = CATALOG.byId("jidou-teate").orElseThrow();
        Sample sample = new SampleGenerator(CATALOG).generate(form, 11, ScanOptions.clean(300));
        Sevens sevens = new Sevens();
        var reader = new TesseractFormReader(CATALOG, new PageRenderer(ImagingLimits.defaults()), TESSERACT,
                FieldTypes.standard(), new Recognizers(sevens, null));

        Reading.Classified reading = (Reading.Classified) reader.read(sample.writeTo(dir, OutputKind.PNG), Optional.empty());

        int boxes = form.allFields().stream().filter(f -> f.cells() > 0)
                .mapToInt(f -> sample.expected().get(f.name()).length()).sum();
        assertThat(sevens.boxes.get()).as("one call per written box").isEqualTo(boxes);
        FieldRead myNumber = field(reading, "myNumber");
        // 777777777777 fails the check digit; Tesseract's reading passes it and is taken.
        assertThat(myNumber.rawText()).isEqualTo(sample.expected().get("myNumber"));
        assertThat(myNumber.evidence().engine()).isEqualTo(Engine.DIGITS);
        assertThat(myNumber.evidence().readings()).isEqualTo(Evidence.Readings.DISAGREE);
        assertThat(myNumber.evidence().repairs()).contains(Evidence.Repair.CHOSEN_BY_RULES);
        // An account number has no check: the recogniser's reading stands, Tesseract's disagreement is on record.
        FieldRead account = field(reading, "accountNumber");
        assertThat(account.rawText()).matches("7+");
        assertThat(account.evidence().alternatives()).contains(sample.expected().get("accountNumber"));
        assertThat(field(reading, "name").evidence().engine()).isEqualTo(Engine.TESSERACT);
    }

    @Test
    void withoutARecogniserBoxedDigitsAreTesseractsAsBefore() {
        FieldSpec boxed = CATALOG.byId("jidou-teate").orElseThrow().field("myNumber").orElseThrow();

        assertThat(Recognizers.TESSERACT_ONLY.firstFor(boxed)).isEqualTo(Engine.TESSERACT);
        assertThat(new Recognizers(new Sevens(), null).firstFor(boxed)).isEqualTo(Engine.DIGITS);
    }

    @Test
    void aTemplateNamingAnEngineTheReaderLacksIsRefusedWhenTheReaderIsMade() {
        FormTemplate withDigits = withEngine(CATALOG.byId("jidou-teate").orElseThrow(), "myNumber", Engine.DIGITS);

        assertThatThrownBy(() -> Recognizers.TESSERACT_ONLY.check(List.of(withDigits)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("jidou-teate").hasMessageContaining("myNumber").hasMessageContaining("digits");
    }

    @Test
    void aFieldNamingOnnxIsReadByPpOcrAndCheckedByTesseract() throws Exception {
        FormTemplate form = CATALOG.byId("jidou-teate").orElseThrow();
        FormTemplate phoneByOnnx = withEngine(form, "phone", Engine.ONNX);
        TemplateCatalog catalog = TemplateCatalog.withForms(List.of(phoneByOnnx));
        Sample sample = new SampleGenerator(catalog).generate(phoneByOnnx, 12, ScanOptions.clean(300));
        try (var onnx = new io.scan2ledger.ocr.onnx.OnnxTextRecognizer()) {
            var reader = new TesseractFormReader(catalog, new PageRenderer(ImagingLimits.defaults()), TESSERACT,
                    FieldTypes.standard(), new Recognizers(null, onnx));

            Reading.Classified reading = (Reading.Classified) reader.read(sample.writeTo(dir, OutputKind.PNG),
                    Optional.empty());

            FieldRead phone = field(reading, "phone");
            assertThat(phone.evidence().engine()).isEqualTo(Engine.ONNX);
            assertThat(FieldTypes.standard().get("phone").parse(phone.rawText(), List.of()).text())
                    .isEqualTo(sample.expected().get("phone"));
            assertThat(field(reading, "kana").evidence().engine()).isEqualTo(Engine.TESSERACT);
        }
    }

    private static FormTemplate withEngine(FormTemplate form, String name, Engine engine) {
        FieldSpec f = form.field(name).orElseThrow();
        FieldSpec named = new FieldSpec(f.name(), f.label(), f.labelEn(), f.type(), f.zone(), f.cells(), f.options(),
                f.ocr(), f.required(), f.threshold(), f.rules(), engine);
        return new FormTemplate(form.id(), form.version(), form.title(), form.titleEn(),
                form.formCode(), form.formCodeZone(), form.keywords(), form.pageWidth(), form.pageHeight(),
                form.marks(), form.markSize(), form.reviewThreshold(),
                form.fields().stream().map(x -> x.name().equals(name) ? named : x).toList(), form.tables(),
                form.rules(), form.layout());
    }

    private static FieldRead field(Reading.Classified reading, String name) {
        return reading.fields().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }
}
