package io.scan2ledger.digits;

import io.scan2ledger.extraction.DigitRecognizer;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads one handwritten digit from a 28×28 grey cell with the small CNN {@link DigitTrainer} trains on
 * MNIST: conv 3×3 16 → batch norm → ReLU → max pool 2 → conv 3×3 32 → batch norm → ReLU → max pool
 * 2 → dense 64 → ReLU → dense 10 → softmax. The weights are a resource of this module
 * ({@value #RESOURCE}) whose SHA-256 is pinned in the sidecar {@value #RESOURCE}{@code .sha256}; the
 * forward pass is plain Java, so no DJL or PyTorch is needed to read. Immutable and thread-safe.
 */
public final class DigitClassifier implements DigitRecognizer {

    public static final String RESOURCE = "io/scan2ledger/digits/digits-cnn.bin";
    static final String RESTORE = "./scan2ledger train digits";
    static final int MAGIC = 0x53324c44; // "S2LD"
    static final int VERSION = 1;
    static final float BN_EPSILON = 1e-5f;

    /** The tensors of the weights file, in order: name suffix as DJL names it, then the shape. */
    static final List<Tensor> LAYOUT = List.of(
            new Tensor("weight", 16, 1, 3, 3), new Tensor("bias", 16),
            new Tensor("gamma", 16), new Tensor("beta", 16), new Tensor("runningMean", 16), new Tensor("runningVar", 16),
            new Tensor("weight", 32, 16, 3, 3), new Tensor("bias", 32),
            new Tensor("gamma", 32), new Tensor("beta", 32), new Tensor("runningMean", 32), new Tensor("runningVar", 32),
            new Tensor("weight", 64, 32 * 7 * 7), new Tensor("bias", 64),
            new Tensor("weight", 10, 64), new Tensor("bias", 10));

    record Tensor(String suffix, int... shape) {
        int size() {
            return Arrays.stream(shape).reduce(1, (a, b) -> a * b);
        }
    }

    /** The weights file is missing, damaged or not the one its checksum names. */
    public static final class WeightsUnavailable extends IllegalStateException {
        WeightsUnavailable(String message) {
            super(message);
        }
    }

    /** The digit read and the softmax probability of each digit 0-9. */
    public record Reading(int digit, float[] probabilities) {
        public float probability() {
            return probabilities[digit];
        }
    }

    private final Conv conv1;
    private final Conv conv2;
    private final float[] fc1Weight;
    private final float[] fc1Bias;
    private final float[] fc2Weight;
    private final float[] fc2Bias;

    private DigitClassifier(float[][] t) {
        conv1 = new Conv(1, 16, t[0], t[1], t[2], t[3], t[4], t[5]);
        conv2 = new Conv(16, 32, t[6], t[7], t[8], t[9], t[10], t[11]);
        fc1Weight = t[12];
        fc1Bias = t[13];
        fc2Weight = t[14];
        fc2Bias = t[15];
    }

    /** The committed weights from the class path, checked against their pinned SHA-256. */
    public static DigitClassifier load() {
        ClassLoader loader = DigitClassifier.class.getClassLoader();
        byte[] weights = resource(loader, RESOURCE);
        byte[] sidecar = resource(loader, RESOURCE + ".sha256");
        return fromBytes(weights, new String(sidecar, StandardCharsets.US_ASCII), "class path resource " + RESOURCE);
    }

    /** Weights from a file, checked against the SHA-256 in {@code FILE.sha256} beside it. */
    public static DigitClassifier load(Path weights) {
        Path sidecar = weights.resolveSibling(weights.getFileName() + ".sha256");
        try {
            return fromBytes(Files.readAllBytes(weights), Files.readString(sidecar, StandardCharsets.US_ASCII),
                    weights.toString());
        } catch (IOException e) {
            throw new WeightsUnavailable("the digit weights " + weights + " or their checksum " + sidecar
                    + " cannot be read (" + e + "); restore them with " + RESTORE);
        }
    }

    private static byte[] resource(ClassLoader loader, String name) {
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new WeightsUnavailable("the digit weights " + name + " are missing from the class path;"
                        + " restore them with " + RESTORE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new WeightsUnavailable("the digit weights " + name + " cannot be read (" + e + "); restore them with "
                    + RESTORE);
        }
    }

    static DigitClassifier fromBytes(byte[] weights, String sidecar, String origin) {
        String pinned = sidecar.strip().split("\\s+")[0].toLowerCase();
        String actual = sha256(weights);
        if (!actual.equals(pinned)) {
            throw new WeightsUnavailable("the digit weights " + origin + " are corrupt: SHA-256 " + actual
                    + " is not the pinned " + pinned + "; restore them with " + RESTORE);
        }
        try {
            return new DigitClassifier(parse(weights));
        } catch (IOException | RuntimeException e) {
            throw new WeightsUnavailable("the digit weights " + origin + " cannot be read (" + e.getMessage()
                    + "); restore them with " + RESTORE);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Magic, version, tensor count, then per tensor: name (UTF), rank, shape, float32 values (big-endian). */
    private static float[][] parse(byte[] bytes) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        if (in.readInt() != MAGIC || in.readInt() != VERSION || in.readInt() != LAYOUT.size()) {
            throw new IOException("not a version " + VERSION + " digit weights file with " + LAYOUT.size() + " tensors");
        }
        float[][] tensors = new float[LAYOUT.size()][];
        for (int i = 0; i < LAYOUT.size(); i++) {
            Tensor expected = LAYOUT.get(i);
            String name = in.readUTF();
            int[] shape = new int[in.readInt()];
            for (int d = 0; d < shape.length; d++) {
                shape[d] = in.readInt();
            }
            if (!name.endsWith(expected.suffix()) || !Arrays.equals(shape, expected.shape())) {
                throw new IOException("tensor " + i + " is " + name + Arrays.toString(shape) + ", expected *"
                        + expected.suffix() + Arrays.toString(expected.shape()));
            }
            float[] values = new float[expected.size()];
            for (int v = 0; v < values.length; v++) {
                values[v] = in.readFloat();
            }
            tensors[i] = values;
        }
        if (in.available() != 0) {
            throw new IOException(in.available() + " bytes after the last tensor");
        }
        return tensors;
    }

    /** The share of {@code split} this classifier reads right (both CPUs). */
    public double accuracy(MnistFile split) {
        long right = java.util.stream.IntStream.range(0, split.size()).parallel()
                .filter(i -> classify(split.image(i)).digit() == split.label(i)).count();
        return right / (double) split.size();
    }

    /** Reads a boxed cell crop (any size): normalised like MNIST by {@link CellNormaliser} first. */
    public Reading classify(BufferedImage cell) {
        return classify(CellNormaliser.normalise(cell));
    }

    /** The reading port's view of {@link #classify(BufferedImage)}. */
    @Override
    public Cell read(BufferedImage cell) {
        float[] p = classify(cell).probabilities();
        double[] out = new double[p.length];
        for (int d = 0; d < p.length; d++) {
            out[d] = p[d];
        }
        return new Cell(out);
    }

    /** Reads a 28×28 cell, row by row, 0 background to 1 ink (MNIST's polarity). */
    public Reading classify(float[] cell) {
        if (cell.length != MnistFile.PIXELS) {
            throw new IllegalArgumentException("a cell has 784 pixels (28x28), not " + cell.length);
        }
        float[] a = conv2.apply(conv1.apply(cell, 28), 14); // 32 x 7 x 7
        float[] hidden = new float[64];
        for (int o = 0; o < 64; o++) {
            float sum = fc1Bias[o];
            int base = o * a.length;
            for (int i = 0; i < a.length; i++) {
                sum += fc1Weight[base + i] * a[i];
            }
            hidden[o] = Math.max(0f, sum);
        }
        float[] logits = new float[10];
        float max = Float.NEGATIVE_INFINITY;
        int best = 0;
        for (int o = 0; o < 10; o++) {
            float sum = fc2Bias[o];
            for (int i = 0; i < 64; i++) {
                sum += fc2Weight[o * 64 + i] * hidden[i];
            }
            logits[o] = sum;
            if (sum > max) {
                max = sum;
                best = o;
            }
        }
        double total = 0;
        double[] e = new double[10];
        for (int o = 0; o < 10; o++) {
            e[o] = Math.exp(logits[o] - max);
            total += e[o];
        }
        float[] p = new float[10];
        for (int o = 0; o < 10; o++) {
            p[o] = (float) (e[o] / total);
        }
        return new Reading(best, p);
    }

    /** 3×3 convolution (padding 1) with batch norm folded in, then ReLU and 2×2 max pooling. */
    private static final class Conv {
        private final int in;
        private final int out;
        private final float[] weight;
        private final float[] bias;

        Conv(int in, int out, float[] w, float[] b, float[] gamma, float[] beta, float[] mean, float[] var) {
            this.in = in;
            this.out = out;
            this.weight = new float[w.length];
            this.bias = new float[out];
            for (int o = 0; o < out; o++) {
                float scale = (float) (gamma[o] / Math.sqrt(var[o] + BN_EPSILON));
                for (int k = 0; k < in * 9; k++) {
                    weight[o * in * 9 + k] = w[o * in * 9 + k] * scale;
                }
                bias[o] = (b[o] - mean[o]) * scale + beta[o];
            }
        }

        /** {@code input}: in × side × side; returns out × side/2 × side/2. */
        float[] apply(float[] input, int side) {
            int padded = side + 2;
            float[] pad = new float[in * padded * padded];
            for (int c = 0; c < in; c++) {
                for (int y = 0; y < side; y++) {
                    System.arraycopy(input, (c * side + y) * side, pad, (c * padded + y + 1) * padded + 1, side);
                }
            }
            int half = side / 2;
            float[] result = new float[out * half * half];
            float[] plane = new float[side * side];
            for (int o = 0; o < out; o++) {
                Arrays.fill(plane, bias[o]);
                for (int c = 0; c < in; c++) {
                    for (int ky = 0; ky < 3; ky++) {
                        for (int kx = 0; kx < 3; kx++) {
                            float w = weight[((o * in + c) * 3 + ky) * 3 + kx];
                            for (int y = 0; y < side; y++) {
                                int src = (c * padded + y + ky) * padded + kx;
                                int dst = y * side;
                                for (int x = 0; x < side; x++) {
                                    plane[dst + x] += w * pad[src + x];
                                }
                            }
                        }
                    }
                }
                for (int y = 0; y < half; y++) {
                    for (int x = 0; x < half; x++) {
                        int p = 2 * y * side + 2 * x;
                        float m = Math.max(Math.max(plane[p], plane[p + 1]), Math.max(plane[p + side], plane[p + side + 1]));
                        result[(o * half + y) * half + x] = Math.max(0f, m);
                    }
                }
            }
            return result;
        }
    }
}
