package io.scan2ledger.imaging.hostile;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.image.CCITTFactory;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** PDFs written with PDFBox: valid structure, hostile or unusual content. */
final class PdfBytes {

    /** What to add to a one-page A4 document before it is saved. */
    @FunctionalInterface
    interface Content {
        void addTo(PDDocument doc, PDPage page) throws IOException;
    }

    private PdfBytes() {
    }

    /** One A4 page (or the given size) with the content, saved with PDFBox's defaults (object streams). */
    static byte[] page(PDRectangle size, Content content) {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(size);
            doc.addPage(page);
            content.addTo(doc, page);
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] page(Content content) {
        return page(PDRectangle.A4, content);
    }

    static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    static byte[] blankPages(int count) {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < count; i++) {
                doc.addPage(new PDPage(PDRectangle.A4));
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Draws an image over the whole page. */
    static Content drawn(ImageMaker image) {
        return (doc, page) -> {
            PDImageXObject x = image.make(doc);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(x, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
            }
        };
    }

    @FunctionalInterface
    interface ImageMaker {
        PDImageXObject make(PDDocument doc) throws IOException;
    }

    static ImageMaker jpeg(BufferedImage image) {
        return doc -> JPEGFactory.createFromImage(doc, image, 0.8f);
    }

    static ImageMaker ccitt(BufferedImage bilevel) {
        return doc -> CCITTFactory.createFromImage(doc, bilevel);
    }

    /**
     * An image XObject whose data is written as given, under the filter given, with whatever size
     * the dictionary claims: the way to say 50 000 x 50 000 pixels over a few hundred bytes.
     */
    static ImageMaker raw(int width, int height, int bits, PDColorSpace colorSpace, COSName filter, byte[] data,
                          Map<COSName, Integer> decodeParms) {
        return doc -> {
            COSStream stream = doc.getDocument().createCOSStream();
            try (OutputStream out = stream.createRawOutputStream()) {
                out.write(data);
            }
            stream.setItem(COSName.TYPE, COSName.XOBJECT);
            stream.setItem(COSName.SUBTYPE, COSName.IMAGE);
            stream.setInt(COSName.WIDTH, width);
            stream.setInt(COSName.HEIGHT, height);
            stream.setInt(COSName.BITS_PER_COMPONENT, bits);
            stream.setItem(COSName.COLORSPACE, (colorSpace == null ? PDDeviceGray.INSTANCE : colorSpace).getCOSObject());
            stream.setItem(COSName.FILTER, filter);
            if (!decodeParms.isEmpty()) {
                var parms = new org.apache.pdfbox.cos.COSDictionary();
                decodeParms.forEach(parms::setInt);
                stream.setItem(COSName.DECODE_PARMS, parms);
            }
            return new PDImageXObject(new PDStream(stream), null);
        };
    }

    static ImageMaker raw(int width, int height, int bits, COSName filter, byte[] data) {
        return raw(width, height, bits, null, filter, data, Map.of());
    }

    static Content javaScript(String script) {
        return (doc, page) -> {
            PDActionJavaScript js = new PDActionJavaScript(script);
            doc.getDocumentCatalog().setOpenAction(js);
        };
    }

    static Content embeddedFile(String name, byte[] content) {
        return (doc, page) -> {
            PDEmbeddedFile file = new PDEmbeddedFile(doc, new ByteArrayInputStream(content));
            file.setSize(content.length);
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile(name);
            spec.setEmbeddedFile(file);
            PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
            tree.setNames(Map.of(name, spec));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
            names.setEmbeddedFiles(tree);
            doc.getDocumentCatalog().setNames(names);
        };
    }

    static Content both(Content... parts) {
        return (doc, page) -> {
            for (Content part : parts) {
                part.addTo(doc, page);
            }
        };
    }

    /** Encrypted with the standard security handler; an empty user password opens it without asking. */
    static byte[] encrypted(byte[] pdf, String userPassword) {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            AccessPermission permissions = new AccessPermission();
            permissions.setCanModify(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, permissions);
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The content stream of the page replaced by these bytes, stored as they are (no filter). */
    static Content contentStream(byte[] operators, List<COSName> filters) {
        return (doc, page) -> {
            COSStream stream = doc.getDocument().createCOSStream();
            try (OutputStream out = stream.createRawOutputStream()) {
                out.write(operators);
            }
            if (!filters.isEmpty()) {
                var array = new org.apache.pdfbox.cos.COSArray();
                filters.forEach(array::add);
                stream.setItem(COSName.FILTER, array);
            }
            page.getCOSObject().setItem(COSName.CONTENTS, stream);
        };
    }
}
