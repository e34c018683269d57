package io.scan2ledger.ocr;

import io.scan2ledger.certainty.Evidence;
import io.scan2ledger.extraction.FieldRead;
import io.scan2ledger.extraction.ReadMethod;
import io.scan2ledger.extraction.Reading;
import io.scan2ledger.field.FieldTypes;
import io.scan2ledger.imaging.ImagingLimits;
import io.scan2ledger.imaging.PageRenderer;
import io.scan2ledger.template.FieldSpec;
import io.scan2ledger.template.FormTemplate;
import io.scan2ledger.template.Templates;
import io.scan2ledger.templates.TemplateCatalog;
import io.scan2ledger.templates.samples.Noise;
import io.scan2ledger.templates.samples.OutputKind;
import io.scan2ledger.templates.samples.Sample;
import io.scan2ledger.templates.samples.SampleFiles;
import io.scan2ledger.templates.samples.SampleGenerator;
import io.scan2ledger.templates.samples.ScanOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real Tesseract on generated scans of every form: classification, registration, every field read
 * (tick boxes exactly), at each noise level and file kind.
 */
class FormReaderTest {

    static final TemplateCatalog CATALOG = TemplateCatalog.bundled();
    static final TesseractEngine TESSERACT = new TesseractEngine("/usr/share/tesseract-ocr/5/tessdata");
    static final TesseractFormReader READER = new TesseractFormReader(templates(), new PageRenderer(ImagingLimits.defaults()),
            TESSERACT, FieldTypes.standard());
    static final SampleGenerator GENERATOR = new SampleGenerator(CATALOG);

    @TempDir
    Path dir;

    static Templates templates() {
        return CATALOG;
    }

    @AfterAll
    static void closeEngine() {
        TESSERACT.close();
    }

    static Stream<Arguments> formsAndNoise() {
        return CATALOG.all().stream().flatMap(t -> Stream.of(Noise.NONE, Noise.LIGHT, Noise.HEAVY)
                .map(noise -> Arguments.of(t.id(), noise.id())));
    }

    @ParameterizedTest(name = "{0} with {1} noise")
    @MethodSource("formsAndNoise")
    void everyFormIsRecognisedRegisteredAndRead(String formId, String noise) throws Exception {
        FormTemplate form = CATALOG.byId(formId).orElseThrow();
        Sample sample = GENERATOR.generate(form, 77, ScanOptions.typical().withNoise(Noise.byId(noise)));
        Reading.Classified reading = classified(READER.read(sample.writeTo(dir, OutputKind.PNG), Optional.empty()));

        assertThat(reading.template().id()).isEqualTo(formId);
        assertThat(reading.pages().get(0).marksFound()).isEqualTo(4);
        assertThat(reading.pages().get(0).residualMm()).isLessThan(0.5);
        assertThat(reading.fields()).hasSize(form.allFields().size());
        Map<String, String> truth = sample.expected();
        long right = 0;
        for (FieldRead read : reading.fields()) {
            FieldSpec spec = form.field(read.name()).orElseThrow();
            String value = FieldTypes.standard().get(spec.type()).parse(read.rawText(), spec.optionValues()).text();
            if (read.method() == ReadMethod.TICK) {
                // Tick boxes are measured, not recognised: they must always be right.
                assertThat(value).as(read.name()).isEqualTo(truth.get(read.name()));
            }
            right += value.equals(truth.get(read.name())) ? 1 : 0;
        }
        // Whole-document accuracy; the accuracy benchmark measures the figure across 200 documents.
        assertThat((double) right / reading.fields().size()).as("share of fields read right").isGreaterThan(0.7);
    }

    @Test
    void aBornDigitalPdfIsReadFromItsTextLayerExactly() throws Exception {
        FormTemplate form = CATALOG.byId("jidou-teate").orElseThrow();
        Sample sample = GENERATOR.generate(form, 5, ScanOptions.clean(300));
        Reading.Classified reading = classified(READER.read(sample.writeTo(dir, OutputKind.PDF_DIGITAL), Optional.empty()));

        for (FieldRead read : reading.fields()) {
            FieldSpec spec = form.field(read.name()).orElseThrow();
            String value = FieldTypes.standard().get(spec.type()).parse(read.rawText(), spec.optionValues()).text();
            assertThat(value).as(read.name()).isEqualTo(sample.expected().get(read.name()));
            if (read.method() == ReadMethod.TEXT_LAYER) {
                assertThat(read.confidence()).isEqualTo(1.0);
            }
        }
    }

    @Test
    void aPageScannedUpsideDownIsTurnedAndRead() throws Exception {
        FormTemplate form = CATALOG.byId("kouza-furikae").orElseThrow();
        Sample sample = GENERATOR.generate(form, 9, ScanOptions.clean(300));
        BufferedImage page = sample.page();
        BufferedImage turned = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                turned.getRaster().setSample(page.getWidth() - 1 - x, page.getHeight() - 1 - y, 0,
                        page.getRaster().getSample(x, y, 0));
            }
        }
        Path file = dir.resolve("upside-down.png");
        ImageIO.write(turned, "png", file.toFile());

        Reading.Classified reading = classified(READER.read(file, Optional.empty()));
        assertThat(reading.template().id()).isEqualTo("kouza-furikae");
        assertThat(reading.pages().get(0).rotation()).isEqualTo(180);
        assertThat(valueOf(reading, "taxes")).isEqualTo(sample.expected().get("taxes"));
    }

    @Test
    void aPageOfNoKnownFormIsUnclassifiedNotGuessed() throws Exception {
        BufferedImage blank = new BufferedImage(1654, 2339, BufferedImage.TYPE_BYTE_GRAY);
        var g = blank.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, blank.getWidth(), blank.getHeight());
        g.setColor(java.awt.Color.BLACK);
        g.drawString("Some letter that is not a ward form", 200, 300);
        g.dispose();
        Path file = dir.resolve("letter.png");
        ImageIO.write(blank, "png", file.toFile());

        assertThat(READER.read(file, Optional.empty())).isInstanceOf(Reading.Unclassified.class);
    }

    @Test
    void twoFormsInOneFileAreReadAsTheFirstAndNotedForReview() throws Exception {
        List<Sample> samples = List.of(
                GENERATOR.generate(CATALOG.byId("jumin-ido").orElseThrow(), 1, ScanOptions.clean(200)),
                GENERATOR.generate(CATALOG.byId("hoiku-moushikomi").orElseThrow(), 2, ScanOptions.clean(200)));
        Path tiff = SampleFiles.writeMultiPageTiff(samples, dir.resolve("batch.tif"));

        Reading.Classified reading = classified(READER.read(tiff, Optional.empty()));
        assertThat(reading.template().id()).isEqualTo("jumin-ido");
        assertThat(reading.pages()).hasSize(2);
        assertThat(reading.notes()).extracting(p -> p.code()).containsExactly("MULTIPLE_FORMS");
    }

    @Test
    void anImageOnlyPdfFromAScannerIsOcrdNotTrustedAsText() throws Exception {
        FormTemplate form = CATALOG.byId("hoiku-moushikomi").orElseThrow();
        Sample sample = GENERATOR.generate(form, 3, ScanOptions.typical().withNoise(Noise.NONE));
        Reading.Classified reading = classified(READER.read(sample.writeTo(dir, OutputKind.PDF_SCAN), Optional.empty()));
        assertThat(reading.template().id()).isEqualTo("hoiku-moushikomi");
        assertThat(reading.fields()).noneMatch(f -> f.method() == ReadMethod.TEXT_LAYER);
    }

    /**
     * The reader says what it saw, not how sure it is: every OCR field carries both models' scores
     * and whether they agreed, a name on a clean scan its space as seen on the paper, and a field
     * the models read differently the readings they offered.
     */
    @Test
    void eachFieldCarriesTheEvidenceOfItsReading() throws Exception {
        FormTemplate form = CATALOG.byId("jumin-ido").orElseThrow();
        Sample sample = GENERATOR.generate(form, 12, ScanOptions.clean(300));
        Reading.Classified reading = classified(READER.read(sample.writeTo(dir, OutputKind.PNG), Optional.empty()));
        List<FieldRead> ocr = reading.fields().stream().filter(f -> f.method() == ReadMethod.OCR).toList();
        assertThat(ocr).isNotEmpty().allSatisfy(f -> {
            assertThat(f.evidence().firstConfidence()).as(f.name()).isBetween(0.0, 1.0);
            assertThat(f.evidence().readings()).as(f.name()).isNotEqualTo(Evidence.Readings.SINGLE);
            if (f.evidence().readings() == Evidence.Readings.DISAGREE) {
                assertThat(f.evidence().alternatives()).as(f.name()).isNotEmpty();
            }
        });
        assertThat(ocr).filteredOn(f -> f.evidence().readings() == Evidence.Readings.AGREE).isNotEmpty();
        FieldRead name = ocr.stream().filter(f -> f.name().equals("name")).findFirst().orElseThrow();
        assertThat(name.evidence().split()).isNotEqualTo(Evidence.Split.NONE);
        assertThat(reading.fields()).filteredOn(f -> f.method() == ReadMethod.TICK)
                .allSatisfy(f -> assertThat(f.evidence().readings()).isEqualTo(Evidence.Readings.SINGLE));
    }

    private static Reading.Classified classified(Reading reading) {
        assertThat(reading).isInstanceOf(Reading.Classified.class);
        return (Reading.Classified) reading;
    }

    private static String valueOf(Reading.Classified reading, String name) {
        FieldRead read = reading.fields().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
        FieldSpec spec = reading.template().field(name).orElseThrow();
        return FieldTypes.standard().get(spec.type()).parse(read.rawText(), spec.optionValues()).text();
    }
}
