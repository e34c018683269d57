package io.scan2ledger.templates.samples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scan2ledger.template.FormTemplate;
import io.scan2ledger.templates.TemplateCatalog;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SampleFilesTest {

    static final TemplateCatalog CATALOG = TemplateCatalog.bundled();
    static final SampleGenerator GENERATOR = new SampleGenerator(CATALOG);
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void imageFilesKeepSizeAndResolution(@TempDir Path dir) throws IOException {
        Sample s = GENERATOR.generate(form("jumin-ido"), 8, ScanOptions.typical().withDpis(List.of(200)));
        for (OutputKind kind : List.of(OutputKind.PNG, OutputKind.JPEG, OutputKind.TIFF)) {
            Path file = s.writeTo(dir, kind);
            try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
                ImageReader reader = ImageIO.getImageReaders(in).next();
                reader.setInput(in);
                BufferedImage image = reader.read(0);
                assertThat(image.getWidth()).as(kind.id()).isEqualTo(s.page().getWidth());
                assertThat(image.getHeight()).as(kind.id()).isEqualTo(s.page().getHeight());
                IIOMetadataNode tree = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_1.0");
                IIOMetadataNode size = (IIOMetadataNode) tree.getElementsByTagName("HorizontalPixelSize").item(0);
                assertThat(Double.parseDouble(size.getAttribute("value"))).as(kind.id() + " dpi")
                        .isCloseTo(25.4 / 200, within(0.001));
            }
        }
    }

    @Test
    void truthFileDescribesTheScan(@TempDir Path dir) throws IOException {
        Sample s = GENERATOR.generate(form("jidou-teate"), 9, ScanOptions.typical().withDefect(Defect.SMUDGE));
        Path file = s.writeTo(dir, OutputKind.PNG);
        JsonNode truth = JSON.readTree(SampleFiles.truthFile(file).toFile());

        assertThat(SampleFiles.truthFile(file).getFileName().toString()).isEqualTo("jidou-teate-s9.truth.json");
        assertThat(truth.get("form").asText()).isEqualTo("jidou-teate");
        assertThat(truth.get("version").asInt()).isEqualTo(2);
        assertThat(truth.get("seed").asLong()).isEqualTo(9);
        assertThat(truth.get("dpi").asInt()).isEqualTo(s.dpi());
        assertThat(truth.get("kind").asText()).isEqualTo("png");
        assertThat(truth.get("transform").get("skewDeg").asDouble()).isEqualTo(s.transform().skewDeg());
        assertThat(truth.get("transform").get("offsetXmm").asDouble()).isEqualTo(s.transform().offsetXmm());
        assertThat(truth.get("transform").get("scale").asDouble()).isEqualTo(s.transform().scale());
        assertThat(truth.get("marksPx")).hasSize(4);
        assertThat(truth.get("defects").get(0).get("kind").asText()).isEqualTo("smudge");
        assertThat(truth.get("fields").get("myNumber").get("expected").asText()).isEqualTo(s.expected().get("myNumber"));
        assertThat(truth.get("fields").get("children[2].name").get("expected").asText()).isEqualTo(
                s.expected().get("children[2].name"));
        assertThat(truth.get("fields").size()).isEqualTo(form("jidou-teate").allFields().size());
    }

    @Test
    void multiPageTiffHoldsEveryForm(@TempDir Path dir) throws IOException {
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            samples.add(GENERATOR.generate(CATALOG.all().get(i % 4), i, ScanOptions.typical().withDpis(List.of(100))
                    .withNoise(Noise.HEAVY)));
        }
        Path file = SampleFiles.writeMultiPageTiff(samples, dir.resolve("batch.tif"));

        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isEqualTo(5);
            assertThat(reader.read(4).getWidth()).isEqualTo(samples.get(4).page().getWidth());
        }
        JsonNode truth = JSON.readTree(SampleFiles.truthFile(file).toFile());
        assertThat(truth.get("pages")).hasSize(5);
        assertThat(truth.get("pages").get(3).get("form").asText()).isEqualTo(samples.get(3).form().id());
    }

    /** An MFP's PDF is only a picture; a born-digital PDF carries the values as text. */
    @Test
    void scannedPdfHasNoTextLayerButDigitalPdfHas(@TempDir Path dir) throws IOException {
        for (Noise noise : List.of(Noise.NONE, Noise.HEAVY)) {
            Sample s = GENERATOR.generate(form("kouza-furikae"), 3, ScanOptions.typical().withNoise(noise));
            try (PDDocument scan = Loader.loadPDF(s.writeTo(dir, OutputKind.PDF_SCAN).toFile())) {
                assertThat(new PDFTextStripper().getText(scan)).isBlank();
                COSName name = scan.getPage(0).getResources().getXObjectNames().iterator().next();
                PDImageXObject image = (PDImageXObject) scan.getPage(0).getResources().getXObject(name);
                assertThat(image.getWidth()).isEqualTo(s.page().getWidth());
                assertThat(image.getSuffix()).isIn("jpg", "tiff");
            }
            try (PDDocument digital = Loader.loadPDF(s.writeTo(dir, OutputKind.PDF_DIGITAL).toFile())) {
                String text = new PDFTextStripper().getText(digital);
                assertThat(text).contains(s.written().get("name"), s.written().get("bankName"), "S2L-DD-03");
            }
        }
        assertThat(dir.resolve("kouza-furikae-s3-digital.truth.json")).exists();
        JsonNode digitalTruth = JSON.readTree(dir.resolve("kouza-furikae-s3-digital.truth.json").toFile());
        assertThat(digitalTruth.get("dpi").isNull()).isTrue();
        assertThat(digitalTruth.get("transform").get("skewDeg").asDouble()).isZero();
    }

    @Test
    void bilevelScansStayBilevel(@TempDir Path dir) throws IOException {
        Sample bilevel = null;
        for (long seed = 0; bilevel == null; seed++) {
            Sample s = GENERATOR.generate(form("jumin-ido"), seed, ScanOptions.typical().withDpis(List.of(100))
                    .withNoise(Noise.HEAVY));
            bilevel = s.degradation().binarizeThreshold() > 0 ? s : null;
        }
        assertThat(bilevel.page().getType()).isEqualTo(BufferedImage.TYPE_BYTE_BINARY);
        try (PDDocument scan = Loader.loadPDF(bilevel.writeTo(dir, OutputKind.PDF_SCAN).toFile())) {
            COSName name = scan.getPage(0).getResources().getXObjectNames().iterator().next();
            assertThat(((PDImageXObject) scan.getPage(0).getResources().getXObject(name)).getBitsPerComponent())
                    .isEqualTo(1);
        }
        assertThat(ImageIO.read(bilevel.writeTo(dir, OutputKind.TIFF).toFile()).getColorModel().getPixelSize())
                .isEqualTo(1);
    }

    static FormTemplate form(String id) {
        return CATALOG.byId(id).orElseThrow();
    }
}
