package io.scan2ledger.templates.render;

import io.scan2ledger.template.FormTemplate;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prints a form as a born-digital PDF, blank or filled (the values are real text, so the PDF has a
 * text layer), and renders the same page as a clean grayscale image. Output is deterministic:
 * the same template and values give the same bytes, so committed blank forms cannot drift.
 */
public final class FormRenderer {

    public void blankPdf(FormTemplate template, OutputStream out) throws IOException {
        save(template, null, out);
    }

    public void filledPdf(FormTemplate template, Map<String, String> written, OutputStream out) throws IOException {
        save(template, Filling.of(written), out);
    }

    public void filledPdf(FormTemplate template, Filling filling, OutputStream out) throws IOException {
        save(template, filling, out);
    }

    /**
     * A clean page image of the filled form at {@code dpi}, geometry as in the PDF: TYPE_BYTE_GRAY,
     * or TYPE_INT_RGB when the filling is in colour (a red seal, blue ink).
     */
    public BufferedImage render(FormTemplate template, Map<String, String> written, int dpi) {
        return render(template, Filling.of(written), dpi);
    }

    public BufferedImage render(FormTemplate template, Filling filling, int dpi) {
        try (PDDocument doc = document(template, filling)) {
            return new PDFRenderer(doc).renderImageWithDPI(0, dpi,
                    filling.inColour() ? ImageType.RGB : ImageType.GRAY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void save(FormTemplate template, Filling filling, OutputStream out) throws IOException {
        try (PDDocument doc = document(template, filling)) {
            String identity = template.id() + "\n" + template.version() + (filling == null ? "" : "\n"
                    + new TreeMap<>(filling.written()) + filling.font() + filling.tick() + filling.blots()
                    + new TreeMap<>(filling.slants()) + filling.strokes() + filling.seals()
                    + (filling.pen() == null ? "" : "\npen " + filling.pen().ink() + " " + filling.pen().hand()));
            DeterministicPdf.save(doc, template.title() + " " + template.formCode(),
                    "scan2ledger " + template.id() + " v" + template.version(), identity, out);
        }
    }

    private PDDocument document(FormTemplate t, Filling filling) throws IOException {
        PDDocument doc = new PDDocument();
        try {
            PDPage page = new PDPage(new PDRectangle((float) (t.pageWidth() * PageCanvas.PT_PER_MM),
                    (float) (t.pageHeight() * PageCanvas.PT_PER_MM)));
            doc.addPage(page);
            PDType0Font print = FormFont.GOTHIC.embedIn(doc);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                PageCanvas canvas = new PageCanvas(doc, out, t.pageHeight());
                new BlankFormPainter(canvas, print, FormFont.LATIN.embedIn(doc)).paint(t);
                if (filling != null) {
                    PDType0Font hand = filling.font().sameFileAs(FormFont.GOTHIC) ? print : filling.font().embedIn(doc);
                    PDType0Font seal = filling.inColour() ? FormFont.MINCHO.embedIn(doc) : null;
                    new ValuePainter(canvas, hand, seal).paint(t, filling);
                }
            }
            return doc;
        } catch (IOException | RuntimeException e) {
            doc.close();
            throw e;
        }
    }
}
