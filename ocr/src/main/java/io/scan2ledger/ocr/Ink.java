package io.scan2ledger.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;

/** Measures of ink on grayscale images. */
final class Ink {

    private Ink() {
    }

    /** Otsu's threshold over the image (or a sample of it): pixels at or below are ink. */
    static int otsu(BufferedImage gray) {
        int[] hist = new int[256];
        Raster r = gray.getRaster();
        int w = gray.getWidth();
        int h = gray.getHeight();
        // Every 2nd pixel on every 2nd row is plenty for a histogram.
        int[] row = new int[w];
        for (int y = 0; y < h; y += 2) {
            r.getSamples(0, y, w, 1, 0, row);
            for (int x = 0; x < w; x += 2) {
                hist[row[x]]++;
            }
        }
        long total = 0;
        long sum = 0;
        for (int i = 0; i < 256; i++) {
            total += hist[i];
            sum += (long) i * hist[i];
        }
        long sumB = 0;
        long wB = 0;
        double best = -1;
        int threshold = 128;
        for (int t = 0; t < 256; t++) {
            wB += hist[t];
            if (wB == 0) {
                continue;
            }
            long wF = total - wB;
            if (wF == 0) {
                break;
            }
            sumB += (long) t * hist[t];
            double mB = (double) sumB / wB;
            double mF = (double) (sum - sumB) / wF;
            double between = (double) wB * wF * (mB - mF) * (mB - mF);
            if (between > best) {
                best = between;
                threshold = t;
            }
        }
        // A blank page has no meaningful split; never call light gray paper "ink".
        return Math.min(threshold, 180);
    }

    /** Share of pixels at or below {@code threshold} (0..1). */
    static double darkRatio(BufferedImage gray, int threshold) {
        Raster r = gray.getRaster();
        int w = gray.getWidth();
        int h = gray.getHeight();
        if (w == 0 || h == 0) {
            return 0;
        }
        int[] row = new int[w];
        long dark = 0;
        for (int y = 0; y < h; y++) {
            r.getSamples(0, y, w, 1, 0, row);
            for (int v : row) {
                if (v <= threshold) {
                    dark++;
                }
            }
        }
        return (double) dark / ((long) w * h);
    }
}
