package io.scan2ledger.digits;

import java.util.Random;

/**
 * The ways a digit in a scanned box differs from MNIST's: a slant, a size, a lean, an offset, a
 * heavier or lighter pen, and the hard edges of a bilevel (fax) scan. Each training image is drawn
 * afresh each epoch, so the network learns the digit, not its one picture.
 */
final class Augment {

    static final double MAX_TURN_DEG = 12;
    static final double MAX_SCALE = 0.12;
    static final double MAX_SHEAR = 0.2;
    static final double MAX_SHIFT_PX = 2;
    static final double THICKER = 0.25;
    static final double THINNER = 0.15;
    static final double BILEVEL = 0.2;

    private Augment() {
    }

    /** A distorted copy of a 28×28 image (0 paper to 1 ink). */
    static float[] apply(float[] image, Random random) {
        double turn = Math.toRadians((random.nextDouble() * 2 - 1) * MAX_TURN_DEG);
        double scale = 1 + (random.nextDouble() * 2 - 1) * MAX_SCALE;
        double shear = (random.nextDouble() * 2 - 1) * MAX_SHEAR;
        double dx = (random.nextDouble() * 2 - 1) * MAX_SHIFT_PX;
        double dy = (random.nextDouble() * 2 - 1) * MAX_SHIFT_PX;
        // The inverse map, output pixel to source: about the centre, turn, shear, scale, then shift.
        double cos = Math.cos(-turn) / scale;
        double sin = Math.sin(-turn) / scale;
        float[] out = new float[MnistFile.PIXELS];
        for (int y = 0; y < 28; y++) {
            for (int x = 0; x < 28; x++) {
                double u = x - 13.5 - dx;
                double v = y - 13.5 - dy;
                double su = cos * u - sin * v;
                double sv = sin * u + cos * v;
                su -= shear * sv;
                out[y * 28 + x] = bilinear(image, su + 13.5, sv + 13.5);
            }
        }
        double pen = random.nextDouble();
        if (pen < THICKER) {
            out = morph(out, true);
        } else if (pen < THICKER + THINNER) {
            out = morph(out, false);
        }
        if (random.nextDouble() < BILEVEL) {
            for (int i = 0; i < out.length; i++) {
                out[i] = out[i] >= 0.5f ? 1f : 0f;
            }
        }
        return out;
    }

    private static float bilinear(float[] image, double x, double y) {
        int x0 = (int) Math.floor(x);
        int y0 = (int) Math.floor(y);
        double fx = x - x0;
        double fy = y - y0;
        return (float) ((1 - fx) * (1 - fy) * at(image, x0, y0) + fx * (1 - fy) * at(image, x0 + 1, y0)
                + (1 - fx) * fy * at(image, x0, y0 + 1) + fx * fy * at(image, x0 + 1, y0 + 1));
    }

    private static float at(float[] image, int x, int y) {
        return x < 0 || y < 0 || x >= 28 || y >= 28 ? 0f : image[y * 28 + x];
    }

    /** Half a dilation (a heavier pen) or half an erosion (a lighter one) by the 4-neighbourhood. */
    private static float[] morph(float[] image, boolean thicker) {
        float[] out = new float[image.length];
        for (int y = 0; y < 28; y++) {
            for (int x = 0; x < 28; x++) {
                float v = at(image, x, y);
                float[] around = {at(image, x - 1, y), at(image, x + 1, y), at(image, x, y - 1), at(image, x, y + 1)};
                float extreme = v;
                for (float a : around) {
                    extreme = thicker ? Math.max(extreme, a) : Math.min(extreme, a);
                }
                // Half a pixel either way: a whole one would erase MNIST's thinner strokes.
                out[y * 28 + x] = (v + extreme) / 2;
            }
        }
        return out;
    }
}
