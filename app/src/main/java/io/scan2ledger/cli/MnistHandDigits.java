package io.scan2ledger.cli;

import io.scan2ledger.digits.MnistFile;
import io.scan2ledger.templates.render.HandDigits;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Handwritten digits for hand-mode samples: images from MNIST's test split, which the digit CNN
 * was never trained on, and from one half of it only. Calibration fits on samples written with
 * images 0-4999 ({@link #fitting()}); evaluation writes with 5000-9999 ({@link #evaluation()}), so
 * the certainty model is never graded on digits it was fitted on.
 */
final class MnistHandDigits implements HandDigits {

    /** Where MNIST's IDX files are; default {@code .cache/mnist} under the working directory. */
    static final String DIR_ENV = "SCAN2LEDGER_MNIST_DIR";
    static final int FITTING_END = 5_000;
    static final int TEST_SIZE = 10_000;

    /** The images of each digit, 0 paper .. 255 ink. */
    private final int[][][] byDigit;

    private MnistHandDigits(int[][][] byDigit) {
        this.byDigit = byDigit;
    }

    /** Images 0-4999 of the test split in {@link #dir()}: for calibration's fitting documents. */
    static MnistHandDigits fitting() {
        return read(dir(), 0, FITTING_END);
    }

    /** Images 5000-9999 of the test split in {@link #dir()}: for the hand split's evaluation documents. */
    static MnistHandDigits evaluation() {
        return read(dir(), FITTING_END, TEST_SIZE);
    }

    static Path dir() {
        String dir = System.getenv(DIR_ENV);
        return Path.of(dir == null || dir.isBlank() ? ".cache/mnist" : dir);
    }

    /** Test-split images {@code from} (inclusive) to {@code to} (exclusive) in {@code dir}. */
    static MnistHandDigits read(Path dir, int from, int to) {
        if (!Files.isRegularFile(dir.resolve("t10k-images-idx3-ubyte"))
                || !Files.isRegularFile(dir.resolve("t10k-labels-idx1-ubyte"))) {
            throw new IllegalStateException("MNIST's test split (t10k-*) is not in " + dir.toAbsolutePath()
                    + ": './scan2ledger samples --hand' or './scan2ledger test' fetches it into .cache/mnist,"
                    + " or set " + DIR_ENV + " to a folder holding it");
        }
        MnistFile test;
        try {
            test = MnistFile.test(dir);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read MNIST in " + dir.toAbsolutePath() + ": " + e.getMessage(), e);
        }
        List<List<int[]>> images = new ArrayList<>();
        for (int d = 0; d < 10; d++) {
            images.add(new ArrayList<>());
        }
        for (int i = from; i < Math.min(to, test.size()); i++) {
            int[] image = new int[MnistFile.PIXELS];
            for (int p = 0; p < MnistFile.PIXELS; p++) {
                image[p] = test.pixel(i, p % MnistFile.SIDE, p / MnistFile.SIDE);
            }
            images.get(test.label(i)).add(image);
        }
        int[][][] byDigit = new int[10][][];
        for (int d = 0; d < 10; d++) {
            if (images.get(d).isEmpty()) {
                throw new IllegalStateException("MNIST images " + from + "-" + (to - 1) + " in " + dir
                        + " hold no " + d);
            }
            byDigit[d] = images.get(d).toArray(int[][]::new);
        }
        return new MnistHandDigits(byDigit);
    }

    @Override
    public int[] image(int digit, RandomGenerator r) {
        int[][] images = byDigit[digit];
        return images[r.nextInt(images.length)].clone();
    }

    /** How many images of {@code digit} this half holds. */
    int count(int digit) {
        return byDigit[digit].length;
    }
}
