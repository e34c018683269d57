package io.scan2ledger.imaging;

import io.scan2ledger.intake.DocumentInspector;
import io.scan2ledger.intake.FileKind;
import io.scan2ledger.intake.Inspection;
import io.scan2ledger.intake.QuarantineReason.Code;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.Rectangle;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Decides from the bytes (never the name) whether a file is a PDF, TIFF, PNG or JPEG that can be
 * read, and how many pages it has. Sizes come from headers and dictionaries, so a decompression
 * bomb is refused before a single pixel is decoded; of each image page only a corner is decoded, to
 * refuse encodings that cannot be read. PDF pages are not rendered here (that is extraction's work):
 * a page that only fails while rendering is quarantined by extraction.
 */
public class ScanInspector implements DocumentInspector {

    private static final int CORNER = 8;

    private final ImagingLimits limits;

    public ScanInspector(ImagingLimits limits) {
        this.limits = limits;
    }

    @Override
    public Inspection inspect(Path file) {
        try {
            byte[] head = head(file);
            Optional<FileKind> kind = FileKind.sniff(head, head.length);
            if (kind.isEmpty()) {
                return Inspection.refused(Programs.isProgram(head, head.length) ? Code.PROGRAM : Code.NOT_A_DOCUMENT,
                        null);
            }
            return switch (kind.get()) {
                case PDF -> inspectPdf(file);
                case TIFF, PNG, JPEG -> inspectImage(file, kind.get());
            };
        } catch (OverLimit over) {
            return Inspection.refused(over.code(), over.getMessage());
        } catch (IOException e) {
            return Inspection.refused(Code.CORRUPT, e.getClass().getSimpleName());
        } catch (RuntimeException | StackOverflowError e) {
            // Parsers throw all sorts on hostile input; none of it may stop intake.
            return Inspection.refused(Code.CORRUPT, e.getClass().getSimpleName());
        }
    }

    static Optional<FileKind> sniff(Path file) throws IOException {
        byte[] head = head(file);
        return FileKind.sniff(head, head.length);
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(16);
        }
    }

    private Inspection inspectPdf(Path file) throws IOException {
        // Every complete PDF ends with %%EOF (possibly followed by whitespace). Without it the file is
        // most likely still being copied by the scanner.
        if (!tailContains(file, "%%EOF")) {
            return new Inspection.LooksIncomplete("no %%EOF marker");
        }
        Optional<OverLimit> bomb = PdfPreflight.check(file, limits);
        if (bomb.isPresent()) {
            throw bomb.get();
        }
        try (PDDocument pdf = Pdfs.load(file)) {
            PdfImageCheck images = new PdfImageCheck(limits);
            // Walk the page tree rather than trust its /Count, and never further than one page past the limit.
            int pages = 0;
            for (PDPage page : pdf.getPages()) {
                if (++pages > limits.maxPages()) {
                    break;
                }
                images.check(page);
            }
            return pageCountVerdict(FileKind.PDF, pages);
        } catch (InvalidPasswordException e) {
            return Inspection.refused(Code.ENCRYPTED, null);
        }
    }

    private Inspection inspectImage(Path file, FileKind kind) throws IOException {
        if (kind == FileKind.PNG && !tailContains(file, "IEND")) {
            return new Inspection.LooksIncomplete("no IEND chunk");
        }
        if (kind == FileKind.JPEG && !endsWithJpegEoi(file)) {
            return new Inspection.LooksIncomplete("no EOI marker");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Inspection.refused(Code.CORRUPT, "no image reader");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, false, true);
                int pages = kind == FileKind.TIFF ? countTiffPages(file, reader) : 1;
                for (int i = 0; i < Math.min(pages, limits.maxPages()); i++) {
                    ImagePage.of(reader, i, kind, file).check(limits, i + 1);
                    decodeCorner(reader, i);
                }
                return pageCountVerdict(kind, pages);
            } catch (EOFException e) {
                return new Inspection.LooksIncomplete("image data ends early");
            } finally {
                reader.dispose();
            }
        }
    }

    /** Decodes a few pixels of the page: an encoding the reader cannot handle fails here, not in extraction. */
    private static void decodeCorner(ImageReader reader, int index) throws IOException {
        ImageReadParam corner = reader.getDefaultReadParam();
        corner.setSourceRegion(new Rectangle(0, 0, Math.min(CORNER, reader.getWidth(index)),
                Math.min(CORNER, reader.getHeight(index))));
        reader.read(index, corner);
    }

    private int countTiffPages(Path file, ImageReader reader) throws IOException {
        List<TiffStructure.Directory> directories = TiffStructure.read(file, limits.maxPages());
        if (!directories.isEmpty()) {
            return directories.size();
        }
        // A BigTIFF: walk the reader's directories one by one rather than getNumImages(true), so an
        // endless chain stops at the page limit.
        int pages = 0;
        while (pages <= limits.maxPages()) {
            try {
                reader.getWidth(pages);
            } catch (IndexOutOfBoundsException end) {
                break;
            }
            pages++;
        }
        return pages;
    }

    private Inspection pageCountVerdict(FileKind kind, int pages) {
        if (pages == 0) {
            return Inspection.refused(Code.NO_PAGES, null);
        }
        if (pages > limits.maxPages()) {
            return Inspection.refused(Code.TOO_MANY_PAGES, "more than " + limits.maxPages() + " pages");
        }
        return new Inspection.Readable(kind, pages);
    }

    private static boolean tailContains(Path file, String marker) throws IOException {
        byte[] tail = tail(file, 2048);
        return new String(tail, java.nio.charset.StandardCharsets.ISO_8859_1).contains(marker);
    }

    private static boolean endsWithJpegEoi(Path file) throws IOException {
        byte[] tail = tail(file, 64);
        // Some scanners pad after EOI; look for FF D9 near the end.
        for (int i = tail.length - 2; i >= 0; i--) {
            if ((tail[i] & 0xFF) == 0xFF && (tail[i + 1] & 0xFF) == 0xD9) {
                return true;
            }
        }
        return false;
    }

    private static byte[] tail(Path file, int max) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long length = raf.length();
            int n = (int) Math.min(max, length);
            byte[] buf = new byte[n];
            raf.seek(length - n);
            raf.readFully(buf);
            return buf;
        }
    }
}
