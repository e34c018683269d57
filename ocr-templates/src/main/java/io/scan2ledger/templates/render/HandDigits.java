package io.scan2ledger.templates.render;

import java.util.random.RandomGenerator;

/**
 * Handwritten digit images to write into boxed cells: MNIST-like, 28×28 grey levels row by row,
 * 0 = paper .. 255 = ink. Implementations pick an image of {@code digit} with {@code r} only, so a
 * sample stays the same for the same seed.
 */
public interface HandDigits {

    int[] image(int digit, RandomGenerator r);
}
