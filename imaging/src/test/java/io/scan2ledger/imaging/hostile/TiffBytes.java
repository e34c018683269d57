package io.scan2ledger.imaging.hostile;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-made little-endian TIFF files, for directories no TIFF writer would produce: sizes the data
 * does not back, offsets past the end, directory chains that loop, strips of no bytes.
 */
final class TiffBytes {

    static final int WIDTH = 256;
    static final int HEIGHT = 257;
    static final int BITS = 258;
    static final int COMPRESSION = 259;
    static final int PHOTOMETRIC = 262;
    static final int STRIP_OFFSETS = 273;
    static final int ROWS_PER_STRIP = 278;
    static final int STRIP_BYTES = 279;

    private final List<int[]> entries = new ArrayList<>();
    private byte[] strip = new byte[0];
    private int stripBytes = -1;
    private long nextIfd;
    private long firstIfd = -1;

    /** A bilevel page of {@code width} x {@code height} with the given compression (1 none, 4 CCITT G4). */
    static TiffBytes page(int width, int height, int compression) {
        TiffBytes t = new TiffBytes();
        t.tag(WIDTH, width).tag(HEIGHT, height).tag(BITS, 1).tag(COMPRESSION, compression).tag(PHOTOMETRIC, 0)
                .tag(ROWS_PER_STRIP, height);
        return t;
    }

    TiffBytes tag(int tag, long value) {
        entries.removeIf(e -> e[0] == tag);
        entries.add(new int[]{tag, (int) value});
        return this;
    }

    TiffBytes strip(byte[] data) {
        this.strip = data;
        return this;
    }

    /** Claims a strip byte count different from the data actually there (0: a zero-sized strip). */
    TiffBytes stripBytes(int claimed) {
        this.stripBytes = claimed;
        return this;
    }

    /** Where the directory after this one is said to be (0: none). */
    TiffBytes nextIfd(long offset) {
        this.nextIfd = offset;
        return this;
    }

    /** Where the header says the first directory is (default: right after the strip). */
    TiffBytes firstIfd(long offset) {
        this.firstIfd = offset;
        return this;
    }

    /** Header (8 bytes), strip data, then the one directory. */
    byte[] bytes() {
        int ifdOffset = 8 + strip.length + (strip.length % 2);
        List<int[]> all = new ArrayList<>(entries);
        all.add(new int[]{STRIP_OFFSETS, 8});
        all.add(new int[]{STRIP_BYTES, stripBytes >= 0 ? stripBytes : strip.length});
        all.sort((a, b) -> Integer.compare(a[0], b[0]));
        ByteBuffer out = ByteBuffer.allocate(ifdOffset + 2 + all.size() * 12 + 4).order(ByteOrder.LITTLE_ENDIAN);
        out.put((byte) 'I').put((byte) 'I').putShort((short) 42)
                .putInt((int) (firstIfd >= 0 ? firstIfd : ifdOffset));
        out.put(strip);
        out.position(ifdOffset);
        out.putShort((short) all.size());
        for (int[] e : all) {
            out.putShort((short) e[0]).putShort((short) 4).putInt(1).putInt(e[1]); // type LONG, count 1
        }
        out.putInt((int) nextIfd);
        return out.array();
    }

    /** Where {@link #bytes()} puts the directory, for chains that point back at it. */
    int ifdOffset() {
        return 8 + strip.length + (strip.length % 2);
    }
}
