package io.scan2ledger.imaging;

import io.scan2ledger.intake.QuarantineReason.Code;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.IOException;
import java.nio.file.Path;

/** Opens PDFs the one way scan2ledger does: streams cached in temporary files, never encrypted ones. */
final class Pdfs {

    private Pdfs() {
    }

    static PDDocument load(Path file) throws IOException {
        PDDocument pdf = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()), "", null, null,
                IOUtils.createTempFileOnlyStreamCache());
        if (pdf.isEncrypted()) {
            pdf.close();
            throw new OverLimit(Code.ENCRYPTED, "encrypted");
        }
        return pdf;
    }
}
