package io.scan2ledger.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.util.ArrayDeque;

/**
 * Finds the filled square registration marks printed near the four corners of every form.
 * Each corner is searched in a window large enough for a ±3° skew and a few millimetres of
 * offset; within it, the mark is the solid, square blob closest to the expected size.
 */
final class MarkFinder {

    enum Corner { TOP_LEFT, TOP_RIGHT, BOTTOM_LEFT, BOTTOM_RIGHT }

    /** How far from the page corner a mark may be found (mm): the mark's inset plus skew and offset. */
    private static final double WINDOW_MM = 45;

    private MarkFinder() {
    }

    /**
     * @return the mark centres in pixels, indexed by {@link Corner}; an entry is null where no mark was found
     */
    static double[][] find(BufferedImage page, int inkThreshold, double pxPerMm, double markSizeMm) {
        double[][] found = new double[4][];
        int win = (int) Math.min(WINDOW_MM * pxPerMm, Math.min(page.getWidth(), page.getHeight()) / 2.5);
        int w = page.getWidth();
        int h = page.getHeight();
        for (Corner corner : Corner.values()) {
            int x0 = corner == Corner.TOP_LEFT || corner == Corner.BOTTOM_LEFT ? 0 : w - win;
            int y0 = corner == Corner.TOP_LEFT || corner == Corner.TOP_RIGHT ? 0 : h - win;
            found[corner.ordinal()] = bestSquare(page.getRaster(), x0, y0, win, win, inkThreshold,
                    markSizeMm * pxPerMm);
        }
        return found;
    }

    private static double[] bestSquare(Raster r, int x0, int y0, int ww, int wh, int threshold, double expectedSide) {
        boolean[] ink = new boolean[ww * wh];
        int[] row = new int[ww];
        for (int y = 0; y < wh; y++) {
            r.getSamples(x0, y0 + y, ww, 1, 0, row);
            for (int x = 0; x < ww; x++) {
                ink[y * ww + x] = row[x] <= threshold;
            }
        }
        boolean[] seen = new boolean[ink.length];
        ArrayDeque<Integer> stack = new ArrayDeque<>();
        double[] best = null;
        double bestScore = Double.MAX_VALUE;
        for (int start = 0; start < ink.length; start++) {
            if (!ink[start] || seen[start]) {
                continue;
            }
            int minX = Integer.MAX_VALUE, minY = Integer.MAX_VALUE, maxX = -1, maxY = -1;
            long count = 0, sumX = 0, sumY = 0;
            stack.push(start);
            seen[start] = true;
            while (!stack.isEmpty()) {
                int p = stack.pop();
                int px = p % ww;
                int py = p / ww;
                count++;
                sumX += px;
                sumY += py;
                minX = Math.min(minX, px);
                maxX = Math.max(maxX, px);
                minY = Math.min(minY, py);
                maxY = Math.max(maxY, py);
                if (px > 0) push(ink, seen, stack, p - 1);
                if (px < ww - 1) push(ink, seen, stack, p + 1);
                if (py > 0) push(ink, seen, stack, p - ww);
                if (py < wh - 1) push(ink, seen, stack, p + ww);
            }
            int bw = maxX - minX + 1;
            int bh = maxY - minY + 1;
            double side = Math.sqrt((double) count);
            double fill = (double) count / ((long) bw * bh);
            double aspect = (double) bw / bh;
            boolean squareEnough = fill >= 0.72 && aspect > 0.75 && aspect < 1.33;
            boolean rightSize = side > expectedSide * 0.6 && side < expectedSide * 1.5;
            if (squareEnough && rightSize) {
                double score = Math.abs(side - expectedSide) / expectedSide + (1 - fill);
                if (score < bestScore) {
                    bestScore = score;
                    best = new double[]{x0 + (double) sumX / count, y0 + (double) sumY / count};
                }
            }
        }
        return best;
    }

    private static void push(boolean[] ink, boolean[] seen, ArrayDeque<Integer> stack, int p) {
        if (ink[p] && !seen[p]) {
            seen[p] = true;
            stack.push(p);
        }
    }
}
