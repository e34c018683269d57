package io.scan2ledger.templates.render;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Calendar;
import java.util.TimeZone;

/**
 * Saves a PDF so the same content always gives the same bytes: PDFBox would otherwise stamp a
 * random /ID and no fixed dates, and committed blank forms and seeded samples would drift.
 */
public final class DeterministicPdf {

    private DeterministicPdf() {
    }

    /** @param identity text that identifies the content (the /ID is its MD5, as the PDF spec suggests) */
    public static void save(PDDocument doc, String title, String creator, String identity, OutputStream out)
            throws IOException {
        Calendar fixed = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        fixed.clear();
        fixed.set(2025, Calendar.JANUARY, 1, 0, 0, 0);
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setCreator(creator);
        info.setCreationDate(fixed);
        info.setModificationDate(fixed);
        byte[] id = md5(identity);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().setDocumentID(ids);
        doc.save(out);
    }

    private static byte[] md5(String text) {
        try {
            return MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
