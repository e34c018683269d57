package io.scan2ledger.ocr;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Which of a few candidate texts, printed, looks most like a patch of ink. OCR models name only the
 * characters they were trained on; a name kanji they never learned (颯, 紬) or a lone 妻 in a 続柄
 * box comes back as a look-alike (敵, 細, 赤). When the candidates are known (the options of a
 * choice, the names of the dictionary), printing each in the Japanese fonts and comparing shapes
 * (normalised cross-correlation at a small size) picks the one on the paper. A candidate only wins
 * when it looks clearly more like the ink than what was read and than every other candidate.
 */
final class PrintedLook {

    /** The fonts Japanese forms are printed in most (installed with the OS packages). */
    private static final List<String> FONTS = List.of("IPAGothic", "IPAMincho");
    private static final int HEIGHT = 32;
    private static final int RENDER_PX = 64;
    /** How much more alike the winner must look than the runner-up and than the reading. */
    private static final double MARGIN = 0.04;
    /** Below this a candidate does not look like the ink at all, however it compares with others. */
    private static final double MIN_LIKENESS = 0.5;
    /** Below this ratio of widths a candidate is not compared at all. */
    private static final double MIN_FIT = 0.6;
    /**
     * The candidates as printed, cropped to their ink: the same few hundred names and options are
     * compared again and again. Bounded by the dictionaries and options of the templates.
     */
    private static final java.util.Map<String, BufferedImage> PRINTED = new java.util.concurrent.ConcurrentHashMap<>();

    private PrintedLook() {
    }

    /**
     * The candidate {@code ink} shows, if one looks clearly more like it than {@code read} and all
     * other candidates; empty otherwise.
     */
    static Optional<String> best(BufferedImage ink, String read, Collection<String> candidates) {
        double[] target = shape(ink);
        if (target == null) {
            return Optional.empty();
        }
        double aspect = aspect(ink);
        double asRead = read.isBlank() ? -1 : likeness(target, aspect, read, false);
        String best = null;
        double bestScore = -1;
        double runnerUp = -1;
        for (String candidate : candidates) {
            double score = likeness(target, aspect, candidate, true);
            if (score > bestScore) {
                runnerUp = bestScore;
                bestScore = score;
                best = candidate;
            } else if (score > runnerUp) {
                runnerUp = score;
            }
        }
        return best != null && bestScore >= MIN_LIKENESS && bestScore >= asRead + MARGIN
                && bestScore >= runnerUp + MARGIN ? Optional.of(best) : Optional.empty();
    }

    /** {@code known}: a candidate from a fixed list, kept printed; a reading is printed each time. */
    private static double likeness(double[] target, double aspect, String text, boolean known) {
        double best = -1;
        for (String font : FONTS) {
            BufferedImage printed = known ? PRINTED.computeIfAbsent(font + "/" + text, k -> cropped(print(text, font)))
                    : cropped(print(text, font));
            if (printed != null) {
                double a = (double) printed.getWidth() / printed.getHeight();
                // A candidate of another width (two characters for one) cannot be the same ink.
                double fit = Math.min(a, aspect) / Math.max(a, aspect);
                if (fit >= MIN_FIT) {
                    best = Math.max(best, correlation(target, resample(printed, aspect)) * fit);
                }
            }
        }
        return best;
    }

    /** The ink's bounding box as its own image; null when blank. */
    private static BufferedImage cropped(BufferedImage image) {
        int[] b = box(image);
        return b == null ? null : image.getSubimage(b[0], b[1], b[2] - b[0], b[3] - b[1]);
    }

    private static BufferedImage print(String text, String fontName) {
        Font font = new Font(fontName, Font.PLAIN, RENDER_PX);
        BufferedImage image = new BufferedImage(RENDER_PX * (text.length() + 2), RENDER_PX * 2,
                BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.BLACK);
            g.setFont(font);
            g.drawString(text, RENDER_PX / 2, (int) (RENDER_PX * 1.3));
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The ink's bounding box {x0, y0, x1, y1} (exclusive), or null when there is no ink. */
    private static int[] box(BufferedImage image) {
        int x0 = Integer.MAX_VALUE, y0 = Integer.MAX_VALUE, x1 = -1, y1 = -1;
        var raster = image.getRaster();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (raster.getSample(x, y, 0) < 128) {
                    x0 = Math.min(x0, x);
                    y0 = Math.min(y0, y);
                    x1 = Math.max(x1, x + 1);
                    y1 = Math.max(y1, y + 1);
                }
            }
        }
        return x1 < 0 ? null : new int[] {x0, y0, x1, y1};
    }

    private static double aspect(BufferedImage image) {
        int[] b = box(image);
        return b == null ? 1 : (double) (b[2] - b[0]) / (b[3] - b[1]);
    }

    private static double[] shape(BufferedImage image) {
        return box(image) == null ? null : resample(image, aspect(image));
    }

    /** The ink's bounding box scaled to {@link #HEIGHT} high and {@code aspect} × that wide, 0 white to 1 black. */
    private static double[] resample(BufferedImage image, double aspect) {
        int[] b = box(image);
        int w = Math.max(4, Math.min(400, (int) Math.round(HEIGHT * aspect)));
        BufferedImage small = new BufferedImage(w, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = small.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, 0, 0, w, HEIGHT, b[0], b[1], b[2], b[3], null);
        } finally {
            g.dispose();
        }
        double[] out = new double[w * HEIGHT];
        var raster = small.getRaster();
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < w; x++) {
                out[y * w + x] = 1 - raster.getSample(x, y, 0) / 255.0;
            }
        }
        return out;
    }

    private static double correlation(double[] a, double[] b) {
        int n = Math.min(a.length, b.length);
        double ma = 0, mb = 0;
        for (int i = 0; i < n; i++) {
            ma += a[i];
            mb += b[i];
        }
        ma /= n;
        mb /= n;
        double ab = 0, aa = 0, bb = 0;
        for (int i = 0; i < n; i++) {
            ab += (a[i] - ma) * (b[i] - mb);
            aa += (a[i] - ma) * (a[i] - ma);
            bb += (b[i] - mb) * (b[i] - mb);
        }
        return aa == 0 || bb == 0 ? 0 : ab / Math.sqrt(aa * bb);
    }
}
