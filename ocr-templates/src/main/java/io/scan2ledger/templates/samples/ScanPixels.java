package io.scan2ledger.templates.samples;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.WritableRaster;
import java.util.random.RandomGenerator;

/**
 * Pixel work on 8-bit gray pages kept as plain byte arrays (one byte a pixel, row by row): plain
 * loops are several times faster than Java2D's general paths on gray images, and exactly repeatable.
 */
final class ScanPixels {

    private static final int WHITE = 255;
    private static final int NOISE_TABLE = 1024;

    private ScanPixels() {
    }

    /** The page's gray levels; a colour page is turned to gray by luminance (a red seal becomes mid-gray). */
    static byte[] grayBytes(BufferedImage image) {
        if (isColour(image)) {
            byte[][] rgb = channels(image);
            byte[] out = new byte[rgb[0].length];
            for (int i = 0; i < out.length; i++) {
                out[i] = (byte) (((rgb[0][i] & 0xff) * 299 + (rgb[1][i] & 0xff) * 587 + (rgb[2][i] & 0xff) * 114 + 500) / 1000);
            }
            return out;
        }
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY
                && image.getRaster().getDataBuffer() instanceof DataBufferByte buffer
                && buffer.getData().length == image.getWidth() * image.getHeight()) {
            return buffer.getData().clone();
        }
        byte[] out = new byte[image.getWidth() * image.getHeight()];
        image.getRaster().getDataElements(0, 0, image.getWidth(), image.getHeight(), out);
        return out;
    }

    /**
     * Whether the page has colour planes (rendered RGB, or BGR as ImageIO reads a colour JPEG back);
     * a bilevel page's palette is RGB too, but it is black and white.
     */
    static boolean isColour(BufferedImage image) {
        return image.getType() != BufferedImage.TYPE_BYTE_BINARY && image.getColorModel().getNumColorComponents() == 3;
    }

    /** The red, green and blue planes of a colour page, so each goes through the gray pixel work. */
    static byte[][] channels(BufferedImage rgb) {
        int[] packed = rgb.getRGB(0, 0, rgb.getWidth(), rgb.getHeight(), null, 0, rgb.getWidth());
        byte[][] out = new byte[3][packed.length];
        for (int i = 0; i < packed.length; i++) {
            out[0][i] = (byte) (packed[i] >> 16);
            out[1][i] = (byte) (packed[i] >> 8);
            out[2][i] = (byte) packed[i];
        }
        return out;
    }

    static BufferedImage rgbImage(byte[][] planes, int w, int h) {
        int[] packed = new int[w * h];
        for (int i = 0; i < packed.length; i++) {
            packed[i] = (planes[0][i] & 0xff) << 16 | (planes[1][i] & 0xff) << 8 | planes[2][i] & 0xff;
        }
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, w, h, packed, 0, w);
        return image;
    }

    static BufferedImage grayImage(byte[] pixels, int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        System.arraycopy(pixels, 0, ((DataBufferByte) image.getRaster().getDataBuffer()).getData(), 0, pixels.length);
        return image;
    }

    /**
     * Moves the page as {@link Transform} says: each scan pixel looks up where it came from on the
     * clean page (inverse mapping) and interpolates bilinearly; outside the page is white glass.
     */
    static byte[] warp(byte[] src, int w, int h, Transform t, double pxPerMm, double pageWidthMm,
                       double pageHeightMm) {
        byte[] out = new byte[src.length];
        double cx = pageWidthMm / 2 * pxPerMm;
        double cy = pageHeightMm / 2 * pxPerMm;
        double a = Math.toRadians(t.skewDeg());
        double cos = Math.cos(a) / t.scale();
        double sin = Math.sin(a) / t.scale();
        double ox = t.offsetXmm() * pxPerMm;
        double oy = t.offsetYmm() * pxPerMm;
        for (int j = 0; j < h; j++) {
            double qy = j + 0.5 - cy - oy;
            // source = c + R(-a)/s · (q - c - o), sampled at pixel centres
            double sx = cx + cos * (0.5 - cx - ox) + sin * qy - 0.5;
            double sy = cy - sin * (0.5 - cx - ox) + cos * qy - 0.5;
            int row = j * w;
            for (int i = 0; i < w; i++) {
                out[row + i] = (byte) bilinear(src, w, h, sx, sy);
                sx += cos;
                sy -= sin;
            }
        }
        return out;
    }

    private static int bilinear(byte[] src, int w, int h, double x, double y) {
        int x0 = (int) Math.floor(x);
        int y0 = (int) Math.floor(y);
        if (x0 < -1 || y0 < -1 || x0 >= w || y0 >= h) {
            return WHITE;
        }
        double fx = x - x0;
        double fy = y - y0;
        double top = at(src, w, h, x0, y0) * (1 - fx) + at(src, w, h, x0 + 1, y0) * fx;
        double bottom = at(src, w, h, x0, y0 + 1) * (1 - fx) + at(src, w, h, x0 + 1, y0 + 1) * fx;
        return (int) Math.round(top * (1 - fy) + bottom * fy);
    }

    private static int at(byte[] src, int w, int h, int x, int y) {
        return x < 0 || y < 0 || x >= w || y >= h ? WHITE : src[y * w + x] & 0xff;
    }

    /** A mild focus blur: the 3x3 Gaussian kernel (1 2 1) ⊗ (1 2 1) / 16, applied in place. */
    static void blur(byte[] p, int w, int h) {
        byte[] tmp = new byte[p.length];
        for (int j = 0; j < h; j++) {
            int row = j * w;
            for (int i = 0; i < w; i++) {
                int left = p[row + Math.max(0, i - 1)] & 0xff;
                int right = p[row + Math.min(w - 1, i + 1)] & 0xff;
                tmp[row + i] = (byte) ((left + 2 * (p[row + i] & 0xff) + right + 2) >> 2);
            }
        }
        for (int j = 0; j < h; j++) {
            int up = Math.max(0, j - 1) * w;
            int down = Math.min(h - 1, j + 1) * w;
            int row = j * w;
            for (int i = 0; i < w; i++) {
                p[row + i] = (byte) (((tmp[up + i] & 0xff) + 2 * (tmp[row + i] & 0xff) + (tmp[down + i] & 0xff) + 2) >> 2);
            }
        }
    }

    /** Gaussian sensor noise of {@code sigma} gray levels, from a table so each pixel costs one lookup. */
    static void addNoise(byte[] p, double sigma, RandomGenerator r) {
        int[] table = new int[NOISE_TABLE];
        for (int i = 0; i < NOISE_TABLE; i++) {
            table[i] = (int) Math.round(r.nextGaussian() * sigma);
        }
        long bits = 0;
        int left = 0;
        for (int i = 0; i < p.length; i++) {
            if (left == 0) {
                bits = r.nextLong();
                left = 6; // six 10-bit indices from 64 random bits
            }
            int v = (p[i] & 0xff) + table[(int) (bits & (NOISE_TABLE - 1))];
            bits >>>= 10;
            left--;
            p[i] = (byte) Math.max(0, Math.min(WHITE, v));
        }
    }

    /** A bilevel scan: black below {@code threshold}, packed one bit a pixel (TYPE_BYTE_BINARY). */
    static BufferedImage binarize(BufferedImage gray, int threshold) {
        int w = gray.getWidth();
        int h = gray.getHeight();
        byte[] p = grayBytes(gray);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_BINARY);
        WritableRaster raster = out.getRaster();
        byte[] bits = ((DataBufferByte) raster.getDataBuffer()).getData();
        int stride = (w + 7) / 8;
        for (int j = 0; j < h; j++) {
            for (int i = 0; i < w; i++) {
                if ((p[j * w + i] & 0xff) >= threshold) {
                    bits[j * stride + (i >> 3)] |= (byte) (0x80 >> (i & 7)); // 1 = white in the binary palette
                }
            }
        }
        return out;
    }
}
