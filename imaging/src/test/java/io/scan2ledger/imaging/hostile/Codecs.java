package io.scan2ledger.imaging.hostile;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.CCITTFactory;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/** Compressed data for the corpus: Flate, JPEG (gray, CMYK, forged headers), CCITT G4, JBIG2. */
final class Codecs {

    private Codecs() {
    }

    /** A small page-like picture: white with a black frame and a line of text, so every codec has edges to code. */
    static BufferedImage page(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setColor(Color.BLACK);
            g.drawRect(width / 20, height / 20, width * 9 / 10, height * 9 / 10);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(8, height / 30)));
            g.drawString("scan2ledger hostile corpus", width / 10, height / 5);
        } finally {
            g.dispose();
        }
        return image;
    }

    static byte[] deflate(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(out, new Deflater(9))) {
            z.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** {@code count} bytes of {@code value}, deflated as they are produced (never held in memory). */
    static byte[] deflatedRun(long count, byte value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[1 << 16];
        java.util.Arrays.fill(chunk, value);
        try (DeflaterOutputStream z = new DeflaterOutputStream(out, new Deflater(9))) {
            for (long left = count; left > 0; left -= chunk.length) {
                z.write(chunk, 0, (int) Math.min(chunk.length, left));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] jpeg(BufferedImage image, boolean progressive) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (progressive) {
                param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** A four-channel (CMYK) JPEG, as some MFPs and Photoshop write them; the JDK's own reader refuses these. */
    static byte[] cmykJpeg(int width, int height) {
        BufferedImage gray = page(width, height, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster cmyk = Raster.createInterleavedRaster(java.awt.image.DataBuffer.TYPE_BYTE, width, height, 4, null);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int k = 255 - gray.getRaster().getSample(x, y, 0);
                cmyk.setPixel(x, y, new int[]{0, 0, 0, k});
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer = jdkJpegWriter();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            writer.write(null, new IIOImage(cmyk, null, null), writer.getDefaultWriteParam());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** The JDK's writer writes rasters of any band count (a plugin registered beside it may not). */
    private static ImageWriter jdkJpegWriter() {
        var writers = ImageIO.getImageWritersByFormatName("jpeg");
        ImageWriter first = null;
        while (writers.hasNext()) {
            ImageWriter w = writers.next();
            if (w.getClass().getName().startsWith("com.sun.")) {
                return w;
            }
            first = first == null ? w : first;
        }
        return first;
    }

    /** The same JPEG with the size in its frame header replaced: the decoder believes the header. */
    static byte[] withFrameSize(byte[] jpeg, int width, int height) {
        byte[] out = jpeg.clone();
        for (int i = 2; i + 8 < out.length; i++) {
            int m = out[i + 1] & 0xFF;
            if ((out[i] & 0xFF) == 0xFF && m >= 0xC0 && m <= 0xC2) {
                out[i + 5] = (byte) (height >> 8);
                out[i + 6] = (byte) height;
                out[i + 7] = (byte) (width >> 8);
                out[i + 8] = (byte) width;
                return out;
            }
        }
        throw new IllegalArgumentException("no frame header");
    }

    /**
     * A progressive JPEG that claims {@code width} x {@code height} x 3 over a few bytes of scan data:
     * its decoder would hold 2 bytes of coefficients per sample (native memory) before the first pixel.
     */
    static byte[] progressiveClaim(int width, int height) {
        byte[] real = jpeg(page(64, 64, BufferedImage.TYPE_3BYTE_BGR), true);
        return withFrameSize(real, width, height);
    }

    /** CCITT Group 4 data of a bilevel image (as PDFBox writes it for a PDF), also the MMR coding of JBIG2. */
    static byte[] g4(BufferedImage bilevel) {
        try (PDDocument doc = new PDDocument();
             InputStream raw = CCITTFactory.createFromImage(doc, bilevel).getCOSObject().createRawInputStream()) {
            return raw.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An embedded JBIG2 stream (as in a PDF: no file header) holding one page: its page information
     * claims {@code pageWidth} x {@code pageHeight}, and one immediate lossless generic region of the
     * image, MMR (G4) coded.
     */
    static byte[] jbig2(BufferedImage bilevel, int pageWidth, int pageHeight) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(out);
        try {
            ByteArrayOutputStream info = new ByteArrayOutputStream();
            DataOutputStream i = new DataOutputStream(info);
            i.writeInt(pageWidth);
            i.writeInt(pageHeight);
            i.writeInt(0);
            i.writeInt(0);
            i.writeByte(0);
            i.writeShort(0);
            segment(d, 0, 48, info.toByteArray());

            byte[] mmr = g4(bilevel);
            ByteArrayOutputStream region = new ByteArrayOutputStream();
            DataOutputStream r = new DataOutputStream(region);
            r.writeInt(bilevel.getWidth());
            r.writeInt(bilevel.getHeight());
            r.writeInt(0);
            r.writeInt(0);
            r.writeByte(0); // combination: OR
            r.writeByte(1); // generic region flags: MMR
            r.write(mmr);
            segment(d, 1, 38, region.toByteArray());
            segment(d, 2, 49, new byte[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void segment(DataOutputStream d, int number, int type, byte[] data) throws IOException {
        d.writeInt(number);
        d.writeByte(type); // one-byte page association
        d.writeByte(0); // no referred-to segments
        d.writeByte(1); // page 1
        d.writeInt(data.length);
        d.write(data);
    }

    /** A standalone JBIG2 file (with its file header): not a kind intake takes. */
    static byte[] jbig2File(BufferedImage bilevel) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[]{(byte) 0x97, 'J', 'B', '2', 0x0D, 0x0A, 0x1A, 0x0A, 0x01, 0, 0, 0, 1});
        out.writeBytes(jbig2(bilevel, bilevel.getWidth(), bilevel.getHeight()));
        return out.toByteArray();
    }
}
