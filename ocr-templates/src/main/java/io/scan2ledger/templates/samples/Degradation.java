package io.scan2ledger.templates.samples;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.random.RandomGenerator;

/**
 * What one scan did to the clean page, drawn from {@link ScanOptions} and recorded in the ground
 * truth: geometry, then blur, noise, JPEG artefacts and bilevel thresholding, in a scanner's order.
 *
 * @param jpegQuality       quality (percent) of JPEG outputs, and of the artefacts when {@code jpegArtefacts}
 * @param jpegArtefacts     a JPEG round trip baked into the page (for PNG and TIFF outputs)
 * @param binarizeThreshold gray level below which a pixel turns black in a bilevel scan; 0 = grayscale
 */
public record Degradation(Transform transform, double noiseSigma, boolean blur, int jpegQuality,
                          boolean jpegArtefacts, int binarizeThreshold) {

    public static final Degradation NONE = new Degradation(Transform.IDENTITY, 0, false, 90, false, 0);

    /** Draws one scan's degradation; the order of draws is fixed so a seed always gives the same scan. */
    public static Degradation draw(ScanOptions options, RandomGenerator r) {
        Noise noise = options.noise();
        Transform transform = new Transform(symmetric(r, options.maxSkewDeg()), symmetric(r, options.maxOffsetMm()),
                symmetric(r, options.maxOffsetMm()), 1 + symmetric(r, options.maxScale()));
        boolean blur = r.nextDouble() < noise.blurChance();
        int quality = noise.minQuality() + r.nextInt(noise.maxQuality() - noise.minQuality() + 1);
        boolean artefacts = r.nextDouble() < noise.jpegChance();
        int threshold = r.nextDouble() < noise.binarizeChance() ? 140 + r.nextInt(41) : 0;
        return new Degradation(round(transform), noise.sigma(), blur, quality, artefacts, threshold);
    }

    /** A fax-like scan: bilevel at {@code threshold}, no JPEG artefacts (the caller scans it at 200 dpi). */
    public Degradation faxed(int threshold) {
        return new Degradation(transform, noiseSigma, blur, jpegQuality, false, threshold);
    }

    /** A grayscale or colour scan saved as a JPEG of low {@code quality}, artefacts baked in whatever the file kind. */
    public Degradation lowQualityJpeg(int quality) {
        return new Degradation(transform, noiseSigma, blur, quality, true, 0);
    }

    /**
     * The scan of {@code clean} at {@code dpi}: TYPE_BYTE_GRAY, TYPE_INT_RGB for a colour page
     * (each colour plane goes through the same steps), TYPE_BYTE_BINARY when bilevel.
     */
    public BufferedImage apply(BufferedImage clean, int dpi, double pageWidthMm, double pageHeightMm,
                               RandomGenerator noiseRandom) {
        int w = clean.getWidth();
        int h = clean.getHeight();
        boolean colour = ScanPixels.isColour(clean) && binarizeThreshold == 0;
        byte[][] planes = colour ? ScanPixels.channels(clean) : new byte[][] {ScanPixels.grayBytes(clean)};
        for (int i = 0; i < planes.length; i++) {
            planes[i] = scan(planes[i], w, h, dpi, pageWidthMm, pageHeightMm, noiseRandom);
        }
        BufferedImage page = colour ? ScanPixels.rgbImage(planes, w, h) : ScanPixels.grayImage(planes[0], w, h);
        if (jpegArtefacts) {
            page = jpegRoundTrip(page, jpegQuality);
            if (colour) {
                page = ScanPixels.rgbImage(ScanPixels.channels(page), w, h);
            }
        }
        return binarizeThreshold > 0 ? ScanPixels.binarize(page, binarizeThreshold) : page;
    }

    /** Geometry, blur and sensor noise on one plane of gray levels. */
    private byte[] scan(byte[] pixels, int w, int h, int dpi, double pageWidthMm, double pageHeightMm,
                        RandomGenerator noiseRandom) {
        if (!transform.equals(Transform.IDENTITY)) {
            pixels = ScanPixels.warp(pixels, w, h, transform, dpi / 25.4, pageWidthMm, pageHeightMm);
        }
        if (blur) {
            ScanPixels.blur(pixels, w, h);
        }
        if (noiseSigma > 0) {
            ScanPixels.addNoise(pixels, noiseSigma, noiseRandom);
        }
        return pixels;
    }

    private static BufferedImage jpegRoundTrip(BufferedImage page, int quality) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            writeJpeg(page, quality, bytes);
            return ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Baseline JPEG at {@code quality} percent. */
    static void writeJpeg(BufferedImage image, int quality, java.io.OutputStream out) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality / 100f);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }

    private static double symmetric(RandomGenerator r, double max) {
        return max == 0 ? 0 : (r.nextDouble() * 2 - 1) * max;
    }

    /** Rounded so that what the ground truth records is exactly what was applied. */
    private static Transform round(Transform t) {
        return new Transform(Math.round(t.skewDeg() * 1000) / 1000.0, Math.round(t.offsetXmm() * 100) / 100.0,
                Math.round(t.offsetYmm() * 100) / 100.0, Math.round(t.scale() * 10000) / 10000.0);
    }
}
