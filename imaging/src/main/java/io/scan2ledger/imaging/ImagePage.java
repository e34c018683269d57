package io.scan2ledger.imaging;

import io.scan2ledger.intake.FileKind;
import io.scan2ledger.intake.QuarantineReason.Code;

import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import java.awt.image.SampleModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One page of an image file (PNG, JPEG, a TIFF directory) as its reader describes it from the
 * headers, before a pixel is decoded: its size, the bytes a decoded pixel takes, and what the decoder
 * holds besides the output (a TIFF strip or tile, the coefficients of a progressive JPEG).
 */
record ImagePage(int width, int height, int bytesPerPixel, long decoderBytes) {

    /** Bytes of the gray copy every page is turned into. */
    private static final int GRAY = 1;

    static ImagePage of(ImageReader reader, int index, FileKind kind, Path file) throws IOException {
        int w = reader.getWidth(index);
        int h = reader.getHeight(index);
        int bpp = bytesPerPixel(reader, index);
        long decoder = switch (kind) {
            case TIFF -> (long) Math.min(reader.getTileWidth(index), w) * Math.min(reader.getTileHeight(index), h) * bpp;
            case JPEG -> jpegDecoderBytes(file);
            default -> 0;
        };
        return new ImagePage(w, h, bpp, decoder);
    }

    long pixels() {
        return (long) width * height;
    }

    /** Refuses the page if it has too many pixels, or if its decoder alone would hold more than an image may. */
    void check(ImagingLimits limits, int pageNumber) throws OverLimit {
        if (pixels() > limits.maxPixelsPerPage()) {
            throw new OverLimit(Code.IMAGE_TOO_LARGE, "page " + pageNumber + ": " + width + "x" + height + " px");
        }
        if (decoderBytes > limits.maxImageBytes()) {
            throw new OverLimit(Code.IMAGE_TOO_LARGE, "page " + pageNumber + ": the decoder needs " + decoderBytes
                    + " bytes at once (a huge strip, tile or progressive image)");
        }
    }

    /** Reads every n-th pixel so the page has at most the render pixel limit and fits in the image memory limit. */
    ImageReadParam readParam(ImageReader reader, ImagingLimits limits) {
        int s = Math.max(1, (int) Math.ceil(Math.sqrt((double) pixels() / limits.maxRenderPixels())));
        while (s < Math.min(width, height)
                && (long) ceilDiv(width, s) * ceilDiv(height, s) * (bytesPerPixel + GRAY) > limits.maxImageBytes()) {
            s++;
        }
        ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceSubsampling(s, s, 0, 0);
        return param;
    }

    private static int bytesPerPixel(ImageReader reader, int index) {
        try {
            ImageTypeSpecifier raw = reader.getRawImageType(index);
            if (raw != null) {
                SampleModel samples = raw.getSampleModel(1, 1);
                int maxBits = 0;
                for (int bits : samples.getSampleSize()) {
                    maxBits = Math.max(maxBits, bits);
                }
                return Math.max(1, samples.getNumBands() * ((maxBits + 7) / 8));
            }
        } catch (IOException | RuntimeException unknown) {
            // fall through to the worst usual case
        }
        return 4;
    }

    private static long jpegDecoderBytes(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return JpegHeader.read(new java.io.BufferedInputStream(in)).map(JpegHeader::decoderBytes).orElse(0L);
        }
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
