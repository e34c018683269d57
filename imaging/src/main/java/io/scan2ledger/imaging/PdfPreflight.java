package io.scan2ledger.imaging;

import io.scan2ledger.intake.QuarantineReason.Code;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.Optional;
import java.util.zip.InflaterInputStream;

/**
 * A look at a PDF's raw bytes before PDFBox parses it. PDFBox decodes every stream it reads (object
 * streams while it loads the file, content streams, fonts and images while it renders) whole into
 * memory, with no limit: a few hundred kilobytes of Flate data that inflate to gigabytes exhaust any
 * heap. Every Flate stream (the filter of nearly all of them, and of every object stream) is
 * inflated here into a counter, layer after layer when Flate data holds Flate data again, and the
 * file is refused if one stream, or all together, would grow beyond the limits.
 *
 * <p>Encrypted files are refused here too: their streams cannot be checked before they are
 * decrypted, which PDFBox does while loading.
 */
final class PdfPreflight {

    private static final byte[] STREAM = "stream".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ENCRYPT = "/Encrypt".getBytes(StandardCharsets.US_ASCII);
    /** How many times the single-stream limit all streams together may inflate to (a long born-digital file). */
    private static final int TOTAL_FACTOR = 16;
    private static final int MAX_LAYERS = 4;

    private PdfPreflight() {
    }

    static Optional<OverLimit> check(Path file, ImagingLimits limits) throws IOException {
        try (FileChannel channel = FileChannel.open(file)) {
            MappedByteBuffer pdf = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
            if (indexOf(pdf, ENCRYPT, 0) >= 0) {
                return Optional.of(new OverLimit(Code.ENCRYPTED, "encrypted"));
            }
            long perStream = limits.maxImageBytes();
            long total = 0;
            for (int at = indexOf(pdf, STREAM, 0); at >= 0; at = indexOf(pdf, STREAM, at + STREAM.length)) {
                int data = dataStart(pdf, at + STREAM.length);
                if (data < 0 || !zlibHeader(pdf, data)) {
                    continue;
                }
                long size = inflatedSize(pdf.slice(data, pdf.limit() - data), perStream + 1);
                total += size;
                if (size > perStream) {
                    return Optional.of(new OverLimit(Code.EXPANDS_TOO_MUCH,
                            "a stream expands beyond " + perStream + " bytes"));
                }
                if (total > perStream * TOTAL_FACTOR) {
                    return Optional.of(new OverLimit(Code.EXPANDS_TOO_MUCH,
                            "streams expand beyond " + perStream * TOTAL_FACTOR + " bytes in all"));
                }
            }
            return Optional.empty();
        }
    }

    /** Stream data starts after the keyword and its end of line; "endstream" and words in text are skipped. */
    private static int dataStart(ByteBuffer pdf, int afterKeyword) {
        if (afterKeyword >= pdf.limit()) {
            return -1;
        }
        int b = pdf.get(afterKeyword);
        if (b == '\n') {
            return afterKeyword + 1;
        }
        if (b == '\r') {
            return afterKeyword + 1 < pdf.limit() && pdf.get(afterKeyword + 1) == '\n' ? afterKeyword + 2 : afterKeyword + 1;
        }
        return -1;
    }

    /** RFC 1950: deflate method, and a header checksum that is a multiple of 31. */
    static boolean zlibHeader(ByteBuffer data, int at) {
        if (at + 1 >= data.limit()) {
            return false;
        }
        int cmf = data.get(at) & 0xFF;
        int flg = data.get(at + 1) & 0xFF;
        return (cmf & 0x0F) == 8 && (cmf >> 4) <= 7 && ((cmf << 8) | flg) % 31 == 0;
    }

    /**
     * The size the data inflates to, counted without keeping it, up to just over {@code cap}. When
     * what comes out is zlib data again (Flate applied several times), the innermost layer counts.
     */
    static long inflatedSize(ByteBuffer data, long cap) {
        long count = 0;
        byte[] sink = new byte[64 * 1024];
        try (InputStream inflated = innermost(new InflaterInputStream(new BufferInput(data)))) {
            for (int n; count <= cap && (n = inflated.read(sink)) > 0; ) {
                count += n;
            }
        } catch (IOException damaged) {
            // Damaged or cut-off data stops where PDFBox would stop too; what came out so far counts.
        }
        return count;
    }

    private static InputStream innermost(InputStream layer) throws IOException {
        for (int depth = 1; depth < MAX_LAYERS; depth++) {
            PushbackInputStream peek = new PushbackInputStream(layer, 2);
            byte[] head = peek.readNBytes(2);
            peek.unread(head);
            if (!zlibHeader(ByteBuffer.wrap(head), 0)) {
                return peek;
            }
            layer = new InflaterInputStream(peek);
        }
        return layer;
    }

    /** A read-only view of a buffer (here a mapped file) as a stream. */
    private static final class BufferInput extends InputStream {
        private final ByteBuffer buffer;

        BufferInput(ByteBuffer buffer) {
            this.buffer = buffer;
        }

        @Override
        public int read() {
            return buffer.hasRemaining() ? buffer.get() & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (!buffer.hasRemaining()) {
                return -1;
            }
            int n = Math.min(len, buffer.remaining());
            buffer.get(b, off, n);
            return n;
        }
    }

    static int indexOf(ByteBuffer haystack, byte[] needle, int from) {
        int last = haystack.limit() - needle.length;
        for (int i = Math.max(0, from); i <= last; i++) {
            if (haystack.get(i) == needle[0]) {
                int j = 1;
                while (j < needle.length && haystack.get(i + j) == needle[j]) {
                    j++;
                }
                if (j == needle.length) {
                    return i;
                }
            }
        }
        return -1;
    }
}
