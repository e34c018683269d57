package io.scan2ledger.templates;

import io.scan2ledger.template.Zone;

import java.awt.image.BufferedImage;

/** Reads ink off rendered pages: how much of a zone (in mm) is dark. */
public final class PageInk {

    public static final int DARK = 160;

    private PageInk() {
    }

    /** Dark pixels in the zone shrunk by {@code insetMm} on each side. */
    public static int darkPixels(BufferedImage page, Zone z, int dpi, double insetMm) {
        int count = 0;
        for (int[] p : pixels(page, z, dpi, insetMm)) {
            if (gray(page, p[0], p[1]) < DARK) {
                count++;
            }
        }
        return count;
    }

    public static double inkFraction(BufferedImage page, Zone z, int dpi, double insetMm) {
        int total = pixels(page, z, dpi, insetMm).length;
        return total == 0 ? 0 : (double) darkPixels(page, z, dpi, insetMm) / total;
    }

    public static int gray(BufferedImage page, int x, int y) {
        return page.getRaster().getSample(x, y, 0) * (page.getType() == BufferedImage.TYPE_BYTE_BINARY ? 255 : 1);
    }

    private static int[][] pixels(BufferedImage page, Zone z, int dpi, double insetMm) {
        double k = dpi / 25.4;
        int x0 = (int) Math.ceil((z.x() + insetMm) * k);
        int y0 = (int) Math.ceil((z.y() + insetMm) * k);
        int x1 = Math.min(page.getWidth(), (int) Math.floor((z.x() + z.w() - insetMm) * k));
        int y1 = Math.min(page.getHeight(), (int) Math.floor((z.y() + z.h() - insetMm) * k));
        int[][] out = new int[Math.max(0, (x1 - x0) * (y1 - y0))][];
        int i = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                out[i++] = new int[] {x, y};
            }
        }
        return out;
    }
}
