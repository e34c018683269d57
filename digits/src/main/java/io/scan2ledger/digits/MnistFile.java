package io.scan2ledger.digits;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One MNIST split read from its two IDX files (big-endian: magic 2051, count, rows, columns, then
 * one unsigned byte per pixel, 0 background to 255 ink; labels: magic 2049, count, one byte each).
 */
public final class MnistFile {

    public static final int SIDE = 28;
    public static final int PIXELS = SIDE * SIDE;

    private final byte[] pixels;
    private final byte[] labels;

    private MnistFile(byte[] pixels, byte[] labels) {
        this.pixels = pixels;
        this.labels = labels;
    }

    /** The 60 000 training images ({@code train-*}) in {@code dir}. */
    public static MnistFile training(Path dir) throws IOException {
        return read(dir.resolve("train-images-idx3-ubyte"), dir.resolve("train-labels-idx1-ubyte"));
    }

    /** The 10 000 test images ({@code t10k-*}) in {@code dir}. */
    public static MnistFile test(Path dir) throws IOException {
        return read(dir.resolve("t10k-images-idx3-ubyte"), dir.resolve("t10k-labels-idx1-ubyte"));
    }

    public static MnistFile read(Path images, Path labels) throws IOException {
        ByteBuffer img = ByteBuffer.wrap(Files.readAllBytes(images));
        ByteBuffer lab = ByteBuffer.wrap(Files.readAllBytes(labels));
        if (img.remaining() < 16 || img.getInt() != 2051) {
            throw new IOException(images + " is not an IDX image file (magic 2051)");
        }
        int count = img.getInt();
        int rows = img.getInt();
        int cols = img.getInt();
        if (rows != SIDE || cols != SIDE || img.remaining() != (long) count * PIXELS) {
            throw new IOException(images + ": expected " + count + " images of 28x28, found " + rows + "x" + cols
                    + " and " + img.remaining() + " bytes");
        }
        if (lab.remaining() < 8 || lab.getInt() != 2049 || lab.getInt() != count || lab.remaining() != count) {
            throw new IOException(labels + " is not an IDX label file (magic 2049) with " + count + " labels");
        }
        byte[] p = new byte[img.remaining()];
        img.get(p);
        byte[] l = new byte[lab.remaining()];
        lab.get(l);
        for (byte b : l) {
            if (b < 0 || b > 9) {
                throw new IOException(labels + " holds a label outside 0-9: " + b);
            }
        }
        return new MnistFile(p, l);
    }

    public int size() {
        return labels.length;
    }

    public int label(int index) {
        return labels[index];
    }

    /** Image {@code index} as 784 intensities, row by row, 0 background to 1 ink. */
    public float[] image(int index) {
        float[] out = new float[PIXELS];
        int base = index * PIXELS;
        for (int i = 0; i < PIXELS; i++) {
            out[i] = (pixels[base + i] & 0xff) / 255f;
        }
        return out;
    }

    /** Pixel {@code (x, y)} of image {@code index}, 0-255. */
    public int pixel(int index, int x, int y) {
        return pixels[index * PIXELS + y * SIDE + x] & 0xff;
    }
}
