package io.scan2ledger.digits;

import java.awt.image.BufferedImage;

/**
 * Turns a boxed cell crop (dark ink on light paper, any size, the box's border possibly inside it)
 * into a 28×28 cell the way MNIST was made: border lines removed, cropped to the ink's bounding box,
 * scaled to fit 20×20 keeping the aspect ratio (area averaging), then placed in 28×28 so that the
 * ink's centre of mass is in the middle. Values 0 background to 1 ink. A blank cell (or a box with
 * nothing in it) gives all zeros.
 */
public final class CellNormaliser {

    /** Rows and columns within this share of each edge may hold the box's border. */
    static final double BORDER_BAND = 0.2;
    /** A row or column in that band is a border line when this share of it is ink: a printed line spans the box, a digit's stroke hardly ever does. */
    static final double LINE_SHARE = 0.85;
    static final float INK = 0.5f;
    static final float TRACE = 0.2f;
    /** Less contrast than this between paper and ink is no digit to stretch. */
    static final float STRETCH_MIN = 0.25f;

    private CellNormaliser() {
    }

    public static float[] normalise(BufferedImage crop) {
        int w = crop.getWidth();
        int h = crop.getHeight();
        float[] ink = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = crop.getRGB(x, y);
                float grey = (0.299f * ((rgb >> 16) & 0xff) + 0.587f * ((rgb >> 8) & 0xff) + 0.114f * (rgb & 0xff)) / 255f;
                ink[y * w + x] = 1f - grey;
            }
        }
        removeBorder(ink, w, h);
        stretch(ink);
        return centre(ink, w, h);
    }

    /**
     * Paper to 0 and the strokes' core to 1, as MNIST's digits are: a scan greys the paper and
     * lightens the ink (a ballpoint, a blur), and the network, trained on saturated strokes, reads
     * a pale digit less surely. The paper level is the median (most of a box is paper); full ink is
     * the 99th percentile (a digit covers more than 1 % of its box). A box with no clear ink is left
     * as it is.
     */
    static void stretch(float[] ink) {
        float[] sorted = ink.clone();
        java.util.Arrays.sort(sorted);
        float paper = sorted[sorted.length / 2];
        float full = sorted[(int) (sorted.length * 0.99)];
        if (full - paper < STRETCH_MIN) {
            return;
        }
        for (int i = 0; i < ink.length; i++) {
            ink[i] = Math.max(0f, Math.min(1f, (ink[i] - paper) / (full - paper)));
        }
    }

    /** Clears border lines in the outer band, with the one-pixel anti-aliased fringe on each side. */
    static void removeBorder(float[] ink, int w, int h) {
        int bandY = Math.max(1, (int) Math.ceil(h * BORDER_BAND));
        int bandX = Math.max(1, (int) Math.ceil(w * BORDER_BAND));
        boolean[] rowLine = new boolean[h];
        boolean[] colLine = new boolean[w];
        for (int y = 0; y < h; y++) {
            if (y < bandY || y >= h - bandY) {
                int n = 0;
                for (int x = 0; x < w; x++) {
                    n += ink[y * w + x] > INK ? 1 : 0;
                }
                rowLine[y] = n > LINE_SHARE * w;
            }
        }
        for (int x = 0; x < w; x++) {
            if (x < bandX || x >= w - bandX) {
                int n = 0;
                for (int y = 0; y < h; y++) {
                    n += ink[y * w + x] > INK ? 1 : 0;
                }
                colLine[x] = n > LINE_SHARE * h;
            }
        }
        for (int y = 0; y < h; y++) {
            if (rowLine[y] || (y > 0 && rowLine[y - 1]) || (y + 1 < h && rowLine[y + 1])) {
                if (y < bandY || y >= h - bandY) {
                    java.util.Arrays.fill(ink, y * w, (y + 1) * w, 0f);
                }
            }
        }
        for (int x = 0; x < w; x++) {
            if (colLine[x] || (x > 0 && colLine[x - 1]) || (x + 1 < w && colLine[x + 1])) {
                if (x < bandX || x >= w - bandX) {
                    for (int y = 0; y < h; y++) {
                        ink[y * w + x] = 0f;
                    }
                }
            }
        }
    }

    /** Bounding box, scale to fit 20×20, centre of mass to the middle of 28×28. */
    static float[] centre(float[] ink, int w, int h) {
        int x0 = w;
        int y0 = h;
        int x1 = -1;
        int y1 = -1;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (ink[y * w + x] > TRACE) {
                    x0 = Math.min(x0, x);
                    y0 = Math.min(y0, y);
                    x1 = Math.max(x1, x);
                    y1 = Math.max(y1, y);
                }
            }
        }
        float[] cell = new float[MnistFile.PIXELS];
        if (x1 < 0) {
            return cell;
        }
        int bw = x1 - x0 + 1;
        int bh = y1 - y0 + 1;
        double scale = 20.0 / Math.max(bw, bh);
        int tw = Math.max(1, (int) Math.round(bw * scale));
        int th = Math.max(1, (int) Math.round(bh * scale));
        float[] small = areaAverage(ink, w, x0, y0, bw, bh, tw, th);
        double mass = 0;
        double mx = 0;
        double my = 0;
        for (int y = 0; y < th; y++) {
            for (int x = 0; x < tw; x++) {
                float v = small[y * tw + x];
                mass += v;
                mx += v * x;
                my += v * y;
            }
        }
        int ox = clamp((int) Math.round(13.5 - mx / mass), 28 - tw);
        int oy = clamp((int) Math.round(13.5 - my / mass), 28 - th);
        for (int y = 0; y < th; y++) {
            for (int x = 0; x < tw; x++) {
                cell[(oy + y) * 28 + ox + x] = Math.min(1f, small[y * tw + x]);
            }
        }
        return cell;
    }

    private static int clamp(int offset, int max) {
        return Math.max(0, Math.min(max, offset));
    }

    /** The box {@code (x0, y0, bw, bh)} of {@code ink} resampled to {@code tw × th} by area averaging. */
    private static float[] areaAverage(float[] ink, int w, int x0, int y0, int bw, int bh, int tw, int th) {
        float[] out = new float[tw * th];
        double sx = bw / (double) tw;
        double sy = bh / (double) th;
        for (int ty = 0; ty < th; ty++) {
            double fy0 = ty * sy;
            double fy1 = fy0 + sy;
            for (int tx = 0; tx < tw; tx++) {
                double fx0 = tx * sx;
                double fx1 = fx0 + sx;
                double sum = 0;
                for (int y = (int) fy0; y < Math.min(bh, (int) Math.ceil(fy1)); y++) {
                    double cy = Math.min(fy1, y + 1) - Math.max(fy0, y);
                    for (int x = (int) fx0; x < Math.min(bw, (int) Math.ceil(fx1)); x++) {
                        double cx = Math.min(fx1, x + 1) - Math.max(fx0, x);
                        sum += cx * cy * ink[(y0 + y) * w + x0 + x];
                    }
                }
                out[ty * tw + tx] = (float) (sum / (sx * sy));
            }
        }
        return out;
    }
}
