package io.scan2ledger.imaging;

import io.scan2ledger.intake.QuarantineReason.Code;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The directory chain of a classic TIFF, read from the raw bytes before any decoder sees the file.
 * The JDK's TIFF reader follows a directory that points to itself for ever, reads a strip of zero
 * bytes as a white page, and reports a chain cut short as a generic I/O error; walking the chain here
 * tells a damaged file ({@link OverLimit} CORRUPT, UNSUPPORTED_ENCODING) from one still being written
 * ({@link EOFException}).
 */
final class TiffStructure {

    /** None, CCITT RLE/T.4/T.6, LZW, old and new JPEG, Deflate (two codes), PackBits. */
    private static final Set<Integer> READABLE = Set.of(1, 2, 3, 4, 5, 6, 7, 8, 32946, 32773);

    private static final int COMPRESSION = 259;
    private static final int STRIP_OFFSETS = 273;
    private static final int STRIP_BYTE_COUNTS = 279;
    private static final int TILE_OFFSETS = 324;
    private static final int TILE_BYTE_COUNTS = 325;
    private static final int SHORT = 3;
    private static final int LONG = 4;
    /** More strips than this in one directory is no scan. */
    private static final int MAX_BLOCKS = 1 << 20;

    /** One page: its compression and where its strips or tiles are. */
    record Directory(int compression, long[] offsets, long[] byteCounts) {
    }

    private final FileChannel file;
    private final long length;
    private final ByteOrder order;

    private TiffStructure(FileChannel file, ByteOrder order) throws IOException {
        this.file = file;
        this.length = file.size();
        this.order = order;
    }

    /**
     * The directories of the file, at most {@code maxPages + 1} of them (enough to say "too many").
     * Empty for a BigTIFF, which the JDK reader checks itself.
     *
     * @throws EOFException the chain or a page's data points past the end: the file looks cut off
     * @throws OverLimit    CORRUPT for a looping chain or an empty strip, UNSUPPORTED_ENCODING for a
     *                      compression no reader here decodes
     */
    static List<Directory> read(Path path, int maxPages) throws IOException {
        try (FileChannel channel = FileChannel.open(path)) {
            ByteBuffer header = ByteBuffer.allocate(8);
            readFully(channel, header, 0);
            ByteOrder order = header.get(0) == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
            header.order(order);
            if (header.getShort(2) != 42) {
                return List.of();
            }
            return new TiffStructure(channel, order).directories(header.getInt(4) & 0xFFFFFFFFL, maxPages);
        }
    }

    private List<Directory> directories(long first, int maxPages) throws IOException {
        List<Directory> out = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (long at = first; at != 0 && out.size() <= maxPages; ) {
            if (!seen.add(at)) {
                throw new OverLimit(Code.CORRUPT, "TIFF directories loop back to an earlier one");
            }
            ByteBuffer count = buffer(2);
            readFully(file, count, at);
            int entries = count.getShort(0) & 0xFFFF;
            ByteBuffer ifd = buffer(entries * 12 + 4);
            readFully(file, ifd, at + 2);
            out.add(directory(ifd, entries, out.size() + 1));
            at = ifd.getInt(entries * 12) & 0xFFFFFFFFL;
        }
        return out;
    }

    private Directory directory(ByteBuffer ifd, int entries, int page) throws IOException {
        int compression = 1;
        long[] stripOffsets = null, stripCounts = null, tileOffsets = null, tileCounts = null;
        for (int i = 0; i < entries; i++) {
            int e = i * 12;
            int tag = ifd.getShort(e) & 0xFFFF;
            switch (tag) {
                case COMPRESSION -> compression = (int) values(ifd, e)[0];
                case STRIP_OFFSETS -> stripOffsets = values(ifd, e);
                case STRIP_BYTE_COUNTS -> stripCounts = values(ifd, e);
                case TILE_OFFSETS -> tileOffsets = values(ifd, e);
                case TILE_BYTE_COUNTS -> tileCounts = values(ifd, e);
                default -> { }
            }
        }
        if (!READABLE.contains(compression)) {
            throw new OverLimit(Code.UNSUPPORTED_ENCODING, "page " + page + ": TIFF compression " + compression);
        }
        long[] offsets = tileOffsets != null ? tileOffsets : stripOffsets;
        long[] counts = tileOffsets != null ? tileCounts : stripCounts;
        if (offsets == null || counts == null || offsets.length != counts.length) {
            throw new OverLimit(Code.CORRUPT, "page " + page + ": no valid image data locations");
        }
        for (int i = 0; i < offsets.length; i++) {
            if (counts[i] == 0) {
                throw new OverLimit(Code.CORRUPT, "page " + page + ": an image strip of zero bytes");
            }
            if (offsets[i] + counts[i] > length) {
                throw new EOFException("page " + page + ": image data past the end of the file");
            }
        }
        return new Directory(compression, offsets, counts);
    }

    /** An entry's values (SHORT or LONG), inline or at their offset. */
    private long[] values(ByteBuffer ifd, int entry) throws IOException {
        int type = ifd.getShort(entry + 2) & 0xFFFF;
        long n = ifd.getInt(entry + 4) & 0xFFFFFFFFL;
        int size = type == SHORT ? 2 : type == LONG ? 4 : 0;
        if (size == 0 || n == 0 || n > MAX_BLOCKS) {
            throw new OverLimit(Code.CORRUPT, "a TIFF entry of type " + type + " with " + n + " values");
        }
        ByteBuffer data;
        if (n * size <= 4) {
            data = ifd.duplicate().order(order).position(entry + 8).slice().order(order);
        } else {
            data = buffer((int) (n * size));
            readFully(file, data, ifd.getInt(entry + 8) & 0xFFFFFFFFL);
        }
        long[] out = new long[(int) n];
        for (int i = 0; i < n; i++) {
            out[i] = size == 2 ? data.getShort(i * 2) & 0xFFFF : data.getInt(i * 4) & 0xFFFFFFFFL;
        }
        return out;
    }

    private ByteBuffer buffer(int size) {
        return ByteBuffer.allocate(size).order(order);
    }

    private static void readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, at);
            if (n < 0) {
                throw new EOFException("TIFF structure past the end of the file");
            }
            at += n;
        }
    }
}
