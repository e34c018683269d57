package io.scan2ledger.imaging;

import io.scan2ledger.intake.FileKind;
import io.scan2ledger.intake.QuarantineReason.Code;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.w3c.dom.NodeList;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Renders the pages of a PDF, TIFF, PNG or JPEG as 8-bit grayscale images, one page at a time so
 * that memory stays bounded by one page. Pages are read at the requested resolution (PDF) or their
 * own (images) unless that would exceed the render pixel limit, in which case the resolution is
 * lowered; PDF images are decoded within the image memory limit (see {@link BoundedPdfRenderer}).
 * A page beyond the limits, or a file too damaged or too deeply nested to read, ends the reading
 * with an {@link IOException} ({@link OverLimit} for a limit), never with an error that would stop
 * the caller's thread.
 */
public class PageRenderer {

    /** What to do with each page; returning false stops after this page. */
    @FunctionalInterface
    public interface PageHandler {
        boolean accept(ScanPage page) throws IOException;
    }

    private static final double MM_PER_POINT = 25.4 / 72;
    private static final double A4_WIDTH_INCH = 210 / 25.4;

    private final ImagingLimits limits;

    public PageRenderer(ImagingLimits limits) {
        this.limits = limits;
    }

    public void forEachPage(Path file, int dpi, PageHandler handler) throws IOException {
        FileKind kind = ScanInspector.sniff(file).orElseThrow(() -> new IOException("not a PDF, TIFF, PNG or JPEG"));
        PageHandler guarded = page -> {
            try {
                return handler.accept(page);
            } catch (RuntimeException e) {
                throw new HandlerFailure(e);
            }
        };
        try {
            if (kind == FileKind.PDF) {
                renderPdf(file, dpi, guarded);
            } else {
                readImages(file, kind, guarded);
            }
        } catch (HandlerFailure e) {
            throw e.getCause();
        } catch (RuntimeException e) {
            // PDFBox and the ImageIO readers throw all sorts on hostile input (class casts, bad
            // indexes, nulls): the file is unreadable; the caller's own errors pass through above.
            throw new IOException("damaged file: " + e.getClass().getSimpleName());
        } catch (StackOverflowError deep) {
            // Structures nested without end (page trees, forms, arrays) recurse in the parsers; the
            // stack unwinds to here, and the file is unreadable rather than the worker thread dead.
            throw new IOException("structure nested too deeply to read");
        }
    }

    /** Carries a page handler's own runtime error past the net for parser errors. */
    private static final class HandlerFailure extends RuntimeException {
        HandlerFailure(RuntimeException cause) {
            super(cause);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }

    /** Convenience for small files and tests: every page in memory. */
    public List<ScanPage> pages(Path file, int dpi) throws IOException {
        List<ScanPage> pages = new ArrayList<>();
        forEachPage(file, dpi, p -> pages.add(p));
        return pages;
    }

    private void renderPdf(Path file, int dpi, PageHandler handler) throws IOException {
        Optional<OverLimit> bomb = PdfPreflight.check(file, limits);
        if (bomb.isPresent()) {
            throw bomb.get();
        }
        try (PDDocument pdf = Pdfs.load(file)) {
            BoundedPdfRenderer renderer = new BoundedPdfRenderer(pdf, limits);
            PdfImageCheck images = new PdfImageCheck(limits);
            int declared = pdf.getNumberOfPages();
            int i = 0;
            for (PDPage page : pdf.getPages()) {
                if (i >= limits.maxPages()) {
                    throw new OverLimit(Code.TOO_MANY_PAGES, "more than " + limits.maxPages() + " pages");
                }
                if (i >= declared) {
                    // Pages are rendered by index, which follows the declared counts: they must agree.
                    throw new OverLimit(Code.CORRUPT, "the page tree holds more pages than it declares");
                }
                images.check(page);
                PDRectangle box = page.getCropBox();
                double pixelsAtDpi = (box.getWidth() / 72.0 * dpi) * (box.getHeight() / 72.0 * dpi);
                double scale = pixelsAtDpi > limits.maxRenderPixels()
                        ? Math.sqrt(limits.maxRenderPixels() / pixelsAtDpi) : 1.0;
                float effectiveDpi = (float) (dpi * scale);
                BufferedImage image = renderer.renderGray(i, effectiveDpi);
                List<ScanPage.Glyph> text = hasPageImage(page) ? List.of() : textLayer(pdf, i, box);
                if (!handler.accept(new ScanPage(i + 1, image, effectiveDpi, text))) {
                    return;
                }
                i++;
            }
        }
    }

    /**
     * A page carrying a picture of (most of) the page is a scan, even when a multifunction printer
     * added its own OCR text on top: that text is not trusted; scan2ledger reads the picture itself.
     */
    private static boolean hasPageImage(PDPage page) throws IOException {
        PDResources resources = page.getResources();
        if (resources == null) {
            return false;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDImageXObject image && image.getWidth() * (long) image.getHeight() > 250_000) {
                return true;
            }
        }
        return false;
    }

    private static List<ScanPage.Glyph> textLayer(PDDocument pdf, int pageIndex, PDRectangle box) throws IOException {
        List<ScanPage.Glyph> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                for (TextPosition p : positions) {
                    // Adjusted coordinates have their origin at the top-left, like the templates.
                    glyphs.add(new ScanPage.Glyph(p.getUnicode(),
                            (p.getXDirAdj() - box.getLowerLeftX()) * MM_PER_POINT,
                            (p.getYDirAdj() - p.getHeightDir()) * MM_PER_POINT,
                            p.getWidthDirAdj() * MM_PER_POINT, p.getHeightDir() * MM_PER_POINT));
                }
            }
        };
        stripper.setStartPage(pageIndex + 1);
        stripper.setEndPage(pageIndex + 1);
        stripper.setSortByPosition(true);
        stripper.writeText(pdf, new StringWriter());
        return glyphs;
    }

    private void readImages(Path file, FileKind kind, PageHandler handler) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException("no image reader");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, false, false);
                for (int i = 0; i < limits.maxPages(); i++) {
                    ImagePage page;
                    try {
                        page = ImagePage.of(reader, i, kind, file);
                    } catch (IndexOutOfBoundsException end) {
                        return;
                    }
                    page.check(limits, i + 1);
                    ImageReadParam param = page.readParam(reader, limits);
                    int subsampling = param.getSourceXSubsampling();
                    IIOMetadata metadata = reader.getImageMetadata(i);
                    BufferedImage gray = toGray(reader.read(i, param));
                    double dpi = dpiOf(metadata).map(d -> d / subsampling).orElse(gray.getWidth() / A4_WIDTH_INCH);
                    if (!handler.accept(new ScanPage(i + 1, gray, dpi, List.of()))) {
                        return;
                    }
                }
            } finally {
                reader.dispose();
            }
        }
    }

    /** Reads the horizontal resolution from the standard ImageIO metadata tree, if the scanner wrote one. */
    static Optional<Double> dpiOf(IIOMetadata metadata) {
        if (metadata == null || !metadata.isStandardMetadataFormatSupported()) {
            return Optional.empty();
        }
        var root = (org.w3c.dom.Element) metadata.getAsTree("javax_imageio_1.0");
        NodeList nodes = root.getElementsByTagName("HorizontalPixelSize");
        if (nodes.getLength() == 0) {
            return Optional.empty();
        }
        String mmPerPixel = ((org.w3c.dom.Element) nodes.item(0)).getAttribute("value");
        try {
            double dpi = 25.4 / Double.parseDouble(mmPerPixel);
            return dpi >= 50 && dpi <= 2400 ? Optional.of(dpi) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static BufferedImage toGray(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return image;
        }
        BufferedImage gray = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = gray.createGraphics();
        try {
            g.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
        } finally {
            g.dispose();
        }
        return gray;
    }
}
