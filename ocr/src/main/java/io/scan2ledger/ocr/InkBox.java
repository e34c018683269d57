package io.scan2ledger.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * Prepares a zone crop for Tesseract: cut to the ink's bounding box with a white margin around
 * it, because Tesseract reads text that touches the image edge badly and a long, mostly empty
 * zone costs time for nothing; optionally binarised, so scanner noise does not reach the model.
 */
final class InkBox {

    /** Tesseract wants white space around a line; about a third of a character height. */
    static final int MARGIN = 12;

    private InkBox() {
    }

    /**
     * A prepared line of ink.
     *
     * @param image   the ink's bounding box plus {@link #MARGIN} on every side
     * @param x0      where the bounding box starts in the crop (image x = crop x - x0 + MARGIN)
     * @param inkArea ink pixels inside the box
     */
    record Line(BufferedImage image, int x0, int y0, int inkWidth, int inkHeight, int inkArea, int[] columns) {

        /** The white gaps between ink columns, left to right, in line-image coordinates. */
        java.util.List<Gap> gaps() {
            java.util.List<Gap> gaps = new java.util.ArrayList<>();
            int start = -1;
            for (int x = 0; x < columns.length; x++) {
                if (columns[x] == 0 && start < 0) {
                    start = x;
                } else if (columns[x] > 0 && start >= 0) {
                    gaps.add(new Gap(MARGIN + start, x - start));
                    start = -1;
                }
            }
            return gaps;
        }

        /**
         * The line cut at the given gaps (left to right): one image per piece, each with the same
         * white margin, so each piece can be read on its own.
         */
        java.util.List<BufferedImage> split(java.util.List<Gap> at) {
            java.util.List<BufferedImage> pieces = new java.util.ArrayList<>();
            int from = MARGIN;
            for (Gap g : at) {
                pieces.add(piece(from, g.x()));
                from = g.x() + g.width();
            }
            pieces.add(piece(from, MARGIN + inkWidth));
            return pieces;
        }

        private BufferedImage piece(int x0, int x1) {
            int w = Math.max(1, x1 - x0);
            BufferedImage out = new BufferedImage(w + 2 * MARGIN, image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            var g = out.createGraphics();
            try {
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, out.getWidth(), out.getHeight());
                g.drawImage(image.getSubimage(x0, 0, w, image.getHeight()), MARGIN, 0, null);
            } finally {
                g.dispose();
            }
            return out;
        }

        /** Too little ink, or too flat, to be a character: scanner specks or a stray line. */
        boolean isSpeck(double pxPerMm) {
            return inkArea < 25 || inkHeight < pxPerMm * 0.9;
        }
    }

    /** A white gap in a line of ink, from {@code x} (line-image coordinates), {@code width} pixels wide. */
    record Gap(int x, int width) {
        double centre() {
            return x + width / 2.0;
        }
    }

    /**
     * @param minRun rows and columns with fewer ink pixels than this are noise, not text
     * @return the prepared line, or null when the crop holds no ink
     */
    static Line prepare(BufferedImage crop, int threshold, int minRun, boolean binarise) {
        int w = crop.getWidth();
        int h = crop.getHeight();
        byte[] px = new byte[w * h];
        crop.getRaster().getDataElements(0, 0, w, h, px);
        int[] cols = new int[w];
        int[] rows = new int[h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if ((px[y * w + x] & 0xFF) <= threshold) {
                    cols[x]++;
                    rows[y]++;
                }
            }
        }
        int x0 = first(cols, minRun);
        int y0 = first(rows, minRun);
        if (x0 < 0 || y0 < 0) {
            return null;
        }
        int x1 = last(cols, minRun);
        int y1 = last(rows, minRun);
        int ow = x1 - x0 + 1 + 2 * MARGIN;
        int oh = y1 - y0 + 1 + 2 * MARGIN;
        BufferedImage out = new BufferedImage(ow, oh, BufferedImage.TYPE_BYTE_GRAY);
        byte[] dst = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        java.util.Arrays.fill(dst, (byte) 0xFF);
        int area = 0;
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                int v = px[y * w + x] & 0xFF;
                if (v <= threshold) {
                    area++;
                }
                if (binarise) {
                    v = v <= threshold ? 0 : 255;
                }
                dst[(y - y0 + MARGIN) * ow + (x - x0 + MARGIN)] = (byte) v;
            }
        }
        int[] inkColumns = new int[x1 - x0 + 1];
        for (int x = x0; x <= x1; x++) {
            inkColumns[x - x0] = cols[x];
        }
        return new Line(out, x0, y0, x1 - x0 + 1, y1 - y0 + 1, area, inkColumns);
    }

    private static int first(int[] counts, int minRun) {
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] >= minRun) {
                return i;
            }
        }
        return -1;
    }

    private static int last(int[] counts, int minRun) {
        for (int i = counts.length - 1; i >= 0; i--) {
            if (counts[i] >= minRun) {
                return i;
            }
        }
        return -1;
    }
}
