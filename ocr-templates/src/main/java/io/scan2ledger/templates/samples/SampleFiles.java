package io.scan2ledger.templates.samples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.scan2ledger.templates.render.DeterministicPdf;
import io.scan2ledger.templates.render.Filling;
import io.scan2ledger.templates.render.FormRenderer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.CCITTFactory;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes samples as scan files with their ground truth (see the module README for the JSON). */
public final class SampleFiles {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final double PT_PER_MM = 72 / 25.4;

    private SampleFiles() {
    }

    static Path write(Sample sample, Path dir, String baseName, OutputKind kind) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(baseName + kind.suffix());
        try (OutputStream out = Files.newOutputStream(file)) {
            switch (kind) {
                case PNG -> writeImage(sample.page(), "png", null, sample.dpi(), out);
                case JPEG -> writeImage(jpegReady(sample.page()), "jpeg", jpegParam(sample.degradation().jpegQuality()),
                        sample.dpi(), out);
                case TIFF -> writeTiff(List.of(sample), out);
                case PDF_SCAN -> writePdfScan(sample, out);
                case PDF_DIGITAL -> new FormRenderer().filledPdf(sample.form(), sample.filling(), out);
            }
        }
        writeTruth(truthFile(file), truth(sample, kind, file.getFileName().toString()));
        return file;
    }

    /** Several forms in one multi-page TIFF, as a batch scan delivers them, with one truth file listing each page. */
    public static Path writeMultiPageTiff(List<Sample> samples, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            writeTiff(samples, out);
        }
        Map<String, Object> truth = new LinkedHashMap<>();
        truth.put("file", file.getFileName().toString());
        truth.put("kind", "tiff-multi");
        truth.put("pages", samples.stream().map(s -> truth(s, OutputKind.TIFF, file.getFileName().toString())).toList());
        writeTruth(truthFile(file), truth);
        return file;
    }

    /** {@code x.png} → {@code x.truth.json}; {@code x-digital.pdf} → {@code x-digital.truth.json}. */
    public static Path truthFile(Path scan) {
        String name = scan.getFileName().toString();
        return scan.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".truth.json");
    }

    /** The ground truth of one page, as written to {@code .truth.json}. */
    public static Map<String, Object> truth(Sample s, OutputKind kind, String fileName) {
        boolean digital = kind == OutputKind.PDF_DIGITAL;
        Degradation d = digital ? Degradation.NONE : s.degradation();
        Map<String, Object> truth = new LinkedHashMap<>();
        truth.put("form", s.form().id());
        truth.put("version", s.form().version());
        truth.put("formCode", s.form().formCode());
        truth.put("seed", s.seed());
        truth.put("file", fileName);
        truth.put("kind", kind.id());
        truth.put("dpi", digital ? null : s.dpi());
        truth.put("transform", d.transform());
        if (!digital) {
            truth.put("widthPx", s.page().getWidth());
            truth.put("heightPx", s.page().getHeight());
            truth.put("marksPx", s.marksOnScan().stream().map(p -> List.of(p.x(), p.y())).toList());
        }
        Map<String, Object> degradation = new LinkedHashMap<>();
        degradation.put("noiseSigma", d.noiseSigma());
        degradation.put("blur", d.blur());
        degradation.put("jpegQuality", kind == OutputKind.JPEG || kind == OutputKind.PDF_SCAN && d.binarizeThreshold() == 0
                || d.jpegArtefacts() ? d.jpegQuality() : null);
        degradation.put("binarizeThreshold", d.binarizeThreshold() == 0 ? null : d.binarizeThreshold());
        truth.put("degradation", degradation);
        truth.put("style", style(s));
        truth.put("defects", s.defects());
        truth.put("fields", s.fields());
        return truth;
    }

    /** The typeface, tick and every untidy mark, so a misread can be traced to what caused it. */
    private static Map<String, Object> style(Sample s) {
        Map<String, Object> style = new LinkedHashMap<>();
        style.put("font", s.filling().font().name());
        style.put("tick", s.filling().tick().name());
        style.put("scan", s.scanStyle().name());
        style.put("colour", ScanPixels.isColour(s.page()));
        style.put("slants", s.filling().slants());
        style.put("strokes", s.filling().strokes().stream().map(Filling.Stroke::field).toList());
        style.put("seals", s.filling().seals().stream().map(Filling.Seal::field).toList());
        if (s.filling().pen() != null) {
            // Hand mode only, so printed samples' truth files stay byte for byte as they were.
            style.put("handInk", String.format("#%06x", s.filling().pen().ink()));
        }
        return style;
    }

    private static void writeTruth(Path file, Object truth) throws IOException {
        JSON.writeValue(file.toFile(), truth);
    }

    private static void writeImage(BufferedImage image, String format, ImageWriteParam param, int dpi,
                                   OutputStream out) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam p = param != null ? param : writer.getDefaultWriteParam();
            writer.write(null, new IIOImage(image, null, withDpi(writer, image, p, dpi)), p);
        } finally {
            writer.dispose();
        }
    }

    /** TIFF: CCITT G4 for bilevel pages (what MFPs send), LZW for grayscale. */
    private static void writeTiff(List<Sample> samples, OutputStream out) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            writer.prepareWriteSequence(null);
            for (Sample s : samples) {
                ImageWriteParam p = writer.getDefaultWriteParam();
                p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                p.setCompressionType(s.page().getType() == BufferedImage.TYPE_BYTE_BINARY ? "CCITT T.6" : "LZW");
                writer.writeToSequence(new IIOImage(s.page(), null, withDpi(writer, s.page(), p, s.dpi())), p);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
    }

    /**
     * Records the resolution: TIFF's XResolution through the format-neutral tree; PNG's pHYs and
     * JPEG's JFIF density natively, because JDK 17's PNG writer stores the neutral pixel size
     * inverted and its JPEG writer ignores it.
     */
    private static IIOMetadata withDpi(ImageWriter writer, BufferedImage image, ImageWriteParam param, int dpi)
            throws IOException {
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
        if (metadata.getNativeMetadataFormatName().equals("javax_imageio_png_1.0")) {
            IIOMetadataNode physical = new IIOMetadataNode("pHYs");
            String perMetre = String.valueOf(Math.round(dpi / 0.0254));
            physical.setAttribute("pixelsPerUnitXAxis", perMetre);
            physical.setAttribute("pixelsPerUnitYAxis", perMetre);
            physical.setAttribute("unitSpecifier", "meter");
            IIOMetadataNode png = new IIOMetadataNode("javax_imageio_png_1.0");
            png.appendChild(physical);
            metadata.mergeTree("javax_imageio_png_1.0", png);
            return metadata;
        }
        if (metadata.getNativeMetadataFormatName().equals("javax_imageio_jpeg_image_1.0")) {
            IIOMetadataNode jpeg = (IIOMetadataNode) metadata.getAsTree("javax_imageio_jpeg_image_1.0");
            IIOMetadataNode jfif = (IIOMetadataNode) jpeg.getElementsByTagName("app0JFIF").item(0);
            jfif.setAttribute("resUnits", "1"); // dots per inch
            jfif.setAttribute("Xdensity", String.valueOf(dpi));
            jfif.setAttribute("Ydensity", String.valueOf(dpi));
            metadata.setFromTree("javax_imageio_jpeg_image_1.0", jpeg);
            return metadata;
        }
        IIOMetadataNode dimension = new IIOMetadataNode("Dimension");
        for (String axis : List.of("HorizontalPixelSize", "VerticalPixelSize")) {
            IIOMetadataNode size = new IIOMetadataNode(axis);
            size.setAttribute("value", String.valueOf(25.4 / dpi));
            dimension.appendChild(size);
        }
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_1.0");
        root.appendChild(dimension);
        metadata.mergeTree("javax_imageio_1.0", root);
        return metadata;
    }

    private static ImageWriteParam jpegParam(int quality) {
        ImageWriteParam param = ImageIO.getImageWritersByFormatName("jpeg").next().getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality / 100f);
        return param;
    }

    /** An MFP's PDF: one page the form's size holding the scan as its only content (no text layer). */
    private static void writePdfScan(Sample s, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDRectangle size = new PDRectangle((float) (s.form().pageWidth() * PT_PER_MM),
                    (float) (s.form().pageHeight() * PT_PER_MM));
            PDPage page = new PDPage(size);
            doc.addPage(page);
            PDImageXObject image = s.page().getType() == BufferedImage.TYPE_BYTE_BINARY
                    ? CCITTFactory.createFromImage(doc, s.page())
                    : JPEGFactory.createFromImage(doc, s.page(), s.degradation().jpegQuality() / 100f);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawImage(image, 0, 0, size.getWidth(), size.getHeight());
            }
            DeterministicPdf.save(doc, "scan", "scan2ledger samples", s.baseName() + "\n" + s.degradation(), out);
        }
    }

    /** JPEG holds gray or colour pages as they are; a bilevel page is written as gray. */
    private static BufferedImage jpegReady(BufferedImage page) {
        if (page.getType() != BufferedImage.TYPE_BYTE_BINARY) {
            return page;
        }
        BufferedImage gray = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        gray.getGraphics().drawImage(page, 0, 0, null);
        return gray;
    }
}
