package io.scan2ledger.imaging;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * The frame header of JPEG data: its size as the decoder will see it (which a PDF's image dictionary
 * may understate) and whether it is progressive, which makes the native decoder hold every DCT
 * coefficient of the image at once (2 bytes per sample, outside the Java heap).
 */
record JpegHeader(int width, int height, int components, boolean progressive) {

    long pixels() {
        return (long) width * height;
    }

    /** Memory the decoder needs besides the output: the coefficient buffer of a progressive JPEG. */
    long decoderBytes() {
        return progressive ? pixels() * components * 2 : 0;
    }

    /** Reads markers up to the first frame header; empty if there is none (not JPEG, or cut short). */
    static Optional<JpegHeader> read(InputStream jpeg) throws IOException {
        DataInputStream in = new DataInputStream(jpeg);
        try {
            if (in.readUnsignedByte() != 0xFF || in.readUnsignedByte() != 0xD8) {
                return Optional.empty();
            }
            while (true) {
                int marker = nextMarker(in);
                if (marker == 0xD9 || marker == 0xDA) {
                    return Optional.empty();
                }
                if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                    continue;
                }
                int length = in.readUnsignedShort();
                if (isFrame(marker)) {
                    in.readUnsignedByte();
                    int height = in.readUnsignedShort();
                    int width = in.readUnsignedShort();
                    int components = in.readUnsignedByte();
                    boolean progressive = marker == 0xC2 || marker == 0xC6 || marker == 0xCA || marker == 0xCE;
                    return Optional.of(new JpegHeader(width, height, components, progressive));
                }
                in.skipNBytes(Math.max(0, length - 2));
            }
        } catch (EOFException cut) {
            return Optional.empty();
        }
    }

    private static int nextMarker(DataInputStream in) throws IOException {
        int b = in.readUnsignedByte();
        while (b != 0xFF) {
            b = in.readUnsignedByte();
        }
        while (b == 0xFF) {
            b = in.readUnsignedByte();
        }
        return b;
    }

    /** SOF0..SOF15, except DHT (C4), JPG (C8) and DAC (CC), which share the range. */
    private static boolean isFrame(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }
}
