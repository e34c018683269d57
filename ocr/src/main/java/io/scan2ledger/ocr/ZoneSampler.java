package io.scan2ledger.ocr;

import io.scan2ledger.extraction.Box;
import io.scan2ledger.template.Zone;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * Cuts a zone out of a registered page as a straight, upright image at a chosen resolution: each
 * output pixel is looked up through the page's {@link Affine} (bilinear), so a skewed, shifted or
 * slightly scaled scan yields the same crop as a perfect one. This is the deskew, done per zone.
 */
final class ZoneSampler {

    private ZoneSampler() {
    }

    static BufferedImage sample(RegisteredPage page, Zone zone, int dpi) {
        Affine toPage = page.toPage();
        double pxPerMm = dpi / 25.4;
        int w = Math.max(1, (int) Math.round(zone.w() * pxPerMm));
        int h = Math.max(1, (int) Math.round(zone.h() * pxPerMm));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] dst = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        byte[] src = page.pixels();
        int sw = page.width();
        int sh = page.height();
        for (int oy = 0; oy < h; oy++) {
            double ymm = zone.y() + (oy + 0.5) / pxPerMm;
            for (int ox = 0; ox < w; ox++) {
                double xmm = zone.x() + (ox + 0.5) / pxPerMm;
                double sx = toPage.x(xmm, ymm) - 0.5;
                double sy = toPage.y(xmm, ymm) - 0.5;
                dst[oy * w + ox] = (byte) bilinear(src, sw, sh, sx, sy);
            }
        }
        return out;
    }

    /** The page's gray bytes, row by row (rendered pages are whole TYPE_BYTE_GRAY images, so usually no copy). */
    static byte[] pixels(BufferedImage page) {
        if (page.getType() == BufferedImage.TYPE_BYTE_GRAY && page.getRaster().getParent() == null) {
            byte[] data = ((DataBufferByte) page.getRaster().getDataBuffer()).getData();
            if (data.length == page.getWidth() * page.getHeight()) {
                return data;
            }
        }
        byte[] out = new byte[page.getWidth() * page.getHeight()];
        page.getRaster().getDataElements(0, 0, page.getWidth(), page.getHeight(), out);
        return out;
    }

    private static int bilinear(byte[] src, int sw, int sh, double x, double y) {
        int x0 = (int) Math.floor(x);
        int y0 = (int) Math.floor(y);
        double fx = x - x0;
        double fy = y - y0;
        double v00 = at(src, sw, sh, x0, y0);
        double v10 = at(src, sw, sh, x0 + 1, y0);
        double v01 = at(src, sw, sh, x0, y0 + 1);
        double v11 = at(src, sw, sh, x0 + 1, y0 + 1);
        double v = v00 * (1 - fx) * (1 - fy) + v10 * fx * (1 - fy) + v01 * (1 - fx) * fy + v11 * fx * fy;
        return (int) Math.round(v);
    }

    /** Outside the page is paper-white. */
    private static int at(byte[] src, int sw, int sh, int x, int y) {
        return x < 0 || y < 0 || x >= sw || y >= sh ? 255 : src[y * sw + x] & 0xFF;
    }

    /** The zone's bounding box on the page, in page pixels (for drawing and for the API). */
    static Box boxOnPage(Affine toPage, Zone z) {
        double[] xs = {toPage.x(z.x(), z.y()), toPage.x(z.x() + z.w(), z.y()), toPage.x(z.x(), z.y() + z.h()),
                toPage.x(z.x() + z.w(), z.y() + z.h())};
        double[] ys = {toPage.y(z.x(), z.y()), toPage.y(z.x() + z.w(), z.y()), toPage.y(z.x(), z.y() + z.h()),
                toPage.y(z.x() + z.w(), z.y() + z.h())};
        double minX = Math.min(Math.min(xs[0], xs[1]), Math.min(xs[2], xs[3]));
        double maxX = Math.max(Math.max(xs[0], xs[1]), Math.max(xs[2], xs[3]));
        double minY = Math.min(Math.min(ys[0], ys[1]), Math.min(ys[2], ys[3]));
        double maxY = Math.max(Math.max(ys[0], ys[1]), Math.max(ys[2], ys[3]));
        return new Box((int) Math.round(minX), (int) Math.round(minY), (int) Math.round(maxX - minX),
                (int) Math.round(maxY - minY));
    }

    /** The zone shrunk by {@code mm} on every side: keeps the printed box lines out of the crop. */
    static Zone inset(Zone z, double mm) {
        double dx = Math.min(mm, z.w() / 4);
        double dy = Math.min(mm, z.h() / 4);
        return new Zone(z.x() + dx, z.y() + dy, z.w() - 2 * dx, z.h() - 2 * dy);
    }
}
