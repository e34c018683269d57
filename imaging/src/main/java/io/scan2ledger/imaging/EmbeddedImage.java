package io.scan2ledger.imaging;

import io.scan2ledger.intake.QuarantineReason.Code;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Iterator;
import java.util.List;

/**
 * What decoding one image of a PDF costs, worked out from its dictionary and from its data's own
 * header (JPEG, JBIG2), before a pixel is decoded. PDFBox decodes an image's whole data into memory
 * (except JPEG, which it reads subsampled) and then builds the picture as drawn at 4 bytes a pixel,
 * with its mask and the masked result beside it; a few hundred bytes of compressed data can claim
 * gigabytes of either.
 *
 * @param width        pixels across, as the decoder will produce them (the widest of image and masks)
 * @param height       pixels down (the tallest of image and masks)
 * @param decodedBytes what the decoders hold in memory before the picture is built
 * @param layers       pictures built at once: 1, or 3 with a mask (image, mask, masked result)
 * @param decoder      the encoding, for messages
 */
record EmbeddedImage(long width, long height, long decodedBytes, int layers, String decoder) {

    private static final int BYTES_PER_DRAWN_PIXEL = 4;

    long pixels() {
        return width * height;
    }

    /** Refuses the image if it has more pixels than a page may, or if its decoded data alone is over the limit. */
    void check(ImagingLimits limits) throws OverLimit {
        if (pixels() > limits.maxPixelsPerPage()) {
            throw new OverLimit(Code.IMAGE_TOO_LARGE, "embedded " + decoder + " image of " + width + "x" + height
                    + " px exceeds " + limits.maxPixelsPerPage() + " px");
        }
        if (decodedBytes > limits.maxImageBytes()) {
            throw new OverLimit(Code.IMAGE_TOO_LARGE, "embedded " + decoder + " image of " + width + "x" + height
                    + " px decodes to " + decodedBytes + " bytes, over " + limits.maxImageBytes());
        }
    }

    /** The least subsampling (1 = every pixel) at which the drawn picture fits in the image memory limit. */
    int subsamplingToFit(ImagingLimits limits) {
        int s = 1;
        while (drawnBytes(s) > limits.maxImageBytes() && s < Math.min(width, height)) {
            s++;
        }
        return s;
    }

    private long drawnBytes(long subsampling) {
        return ceilDiv(width, subsampling) * ceilDiv(height, subsampling) * BYTES_PER_DRAWN_PIXEL * layers;
    }

    /** The image with its soft mask or stencil mask, which PDFBox decodes and draws together. */
    static EmbeddedImage withMasks(PDImageXObject image) throws IOException {
        EmbeddedImage all = of(image);
        for (PDImageXObject mask : new PDImageXObject[]{image.getSoftMask(), image.getMask()}) {
            if (mask != null) {
                EmbeddedImage m = of(mask);
                all = new EmbeddedImage(Math.max(all.width, m.width), Math.max(all.height, m.height),
                        all.decodedBytes + m.decodedBytes, 3, all.decoder);
            }
        }
        return all;
    }

    static EmbeddedImage of(PDImage image) throws IOException {
        long w = Math.max(0, image.getWidth());
        long h = Math.max(0, image.getHeight());
        String suffix = String.valueOf(image.getSuffix());
        return switch (suffix) {
            case "jpg" -> jpeg(image, w, h);
            case "jb2" -> jbig2(image, w, h);
            case "jpx" -> {
                requireReader("jpeg2000", "JPEG 2000");
                yield new EmbeddedImage(w, h, w * h * Math.max(1, components(image)), 1, "JPEG 2000");
            }
            case "tiff" -> ccitt(image, w, h);
            default -> new EmbeddedImage(w, h, h * ceilDiv(w * bitsPerComponent(image) * components(image), 8), 1,
                    "sampled");
        };
    }

    /** JPEG data is decoded by ImageIO at the drawing's resolution; its own header says how big it really is. */
    private static EmbeddedImage jpeg(PDImage image, long w, long h) throws IOException {
        // Inline images may abbreviate the filter name; stopping at either keeps the JPEG data undecoded.
        try (InputStream data = image.createInputStream(
                List.of(COSName.DCT_DECODE.getName(), COSName.DCT_DECODE_ABBREVIATION.getName()))) {
            return JpegHeader.read(data)
                    .map(j -> new EmbeddedImage(j.width(), j.height(), j.decoderBytes(), 1, "JPEG"))
                    .orElse(new EmbeddedImage(w, h, 0, 1, "JPEG"));
        }
    }

    /** JBIG2 data is decoded to a whole page bitmap (1 bit a pixel) of the size its page segment claims. */
    private static EmbeddedImage jbig2(PDImage image, long w, long h) throws IOException {
        ImageReader reader = requireReader("JBIG2", "JBIG2");
        COSDictionary params = decodeParms(image.getCOSObject());
        COSStream globals = params == null ? null : params.getCOSStream(COSName.JBIG2_GLOBALS);
        try (InputStream data = image.createInputStream(List.of(COSName.JBIG2_DECODE.getName()));
             InputStream source = globals == null ? data : new SequenceInputStream(globals.createInputStream(), data);
             ImageInputStream in = ImageIO.createImageInputStream(source)) {
            reader.setInput(in);
            long pw = reader.getWidth(0);
            long ph = reader.getHeight(0);
            return new EmbeddedImage(pw, ph, ceilDiv(pw, 8) * ph, 1, "JBIG2");
        } finally {
            reader.dispose();
        }
    }

    /** PDFBox decodes CCITT data into one buffer of /Columns by /Rows (or /Height) bits, whatever /Width says. */
    private static EmbeddedImage ccitt(PDImage image, long w, long h) {
        COSDictionary params = decodeParms(image.getCOSObject());
        long columns = params == null ? 1728 : params.getInt(COSName.COLUMNS, 1728);
        long rows = Math.max(params == null ? 0 : params.getInt(COSName.ROWS, 0), h);
        return new EmbeddedImage(w, h, ceilDiv(Math.max(0, columns), 8) * Math.max(0, rows), 1, "CCITT");
    }

    private static ImageReader requireReader(String format, String name) throws OverLimit {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            throw new OverLimit(Code.UNSUPPORTED_ENCODING, name + " images cannot be decoded here");
        }
        return readers.next();
    }

    /** The decode parameters of the image's last filter (the image codec), from a dictionary or an array. */
    private static COSDictionary decodeParms(COSDictionary image) {
        COSBase parms = image.getDictionaryObject(COSName.DECODE_PARMS, COSName.DP);
        if (parms instanceof COSDictionary dict) {
            return dict;
        }
        if (parms instanceof COSArray array && array.size() > 0
                && array.getObject(array.size() - 1) instanceof COSDictionary last) {
            return last;
        }
        return null;
    }

    private static long bitsPerComponent(PDImage image) {
        int bits = image.isStencil() ? 1 : image.getBitsPerComponent();
        return bits < 1 || bits > 16 ? 8 : bits;
    }

    /** Colour components; an unreadable colour space counts as the worst usual case (CMYK). */
    private static long components(PDImage image) {
        if (image.isStencil()) {
            return 1;
        }
        try {
            return Math.max(1, image.getColorSpace().getNumberOfComponents());
        } catch (IOException | RuntimeException unreadable) {
            return 4;
        }
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
