package io.scan2ledger.imaging.hostile;

import io.scan2ledger.imaging.hostile.HostileInput.Expected;
import io.scan2ledger.imaging.hostile.HostileInput.Processed;
import io.scan2ledger.imaging.hostile.HostileInput.Refused;
import io.scan2ledger.imaging.hostile.HostileInput.Unrenderable;
import io.scan2ledger.intake.QuarantineReason.Code;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceCMYK;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Hostile and broken inputs, generated in code (no binary fixtures), the same bytes on every run,
 * each with the end state scan2ledger must give it. File-system conditions (links, names, a
 * read-only inbox, a full disk) are set up by the end-to-end tests around these bytes.
 */
public final class HostileCorpus {

    /** A4 at 2400 dpi: 557 megapixels. */
    private static final int A4_2400_W = 19843;
    private static final int A4_2400_H = 28063;
    /** A4 at 900 dpi: 78 megapixels, under the page limit but over the render limit. */
    private static final int A4_900_W = 7441;
    private static final int A4_900_H = 10523;
    private static final int HUGE = 50_000;

    private HostileCorpus() {
    }

    private static final List<HostileInput> ALL = build();

    public static List<HostileInput> all() {
        return ALL;
    }

    /** A valid, small scan-like PDF (one A4 page holding a JPEG), the base that broken ones are cut from. */
    public static byte[] validPdf() {
        return PdfBytes.page(PdfBytes.drawn(PdfBytes.jpeg(Codecs.page(620, 877, BufferedImage.TYPE_BYTE_GRAY))));
    }

    private static List<HostileInput> build() {
        List<HostileInput> out = new ArrayList<>();
        notDocuments(out);
        damagedPdfs(out);
        protectedAndActivePdfs(out);
        bombs(out);
        resolutions(out);
        encodings(out);
        brokenTiffs(out);
        return List.copyOf(out);
    }

    private static void add(List<HostileInput> out, String name, byte[] bytes, Expected expected, String what) {
        out.add(new HostileInput(name, bytes, expected, what));
    }

    private static Refused refused(Code code) {
        return new Refused(code);
    }

    private static void notDocuments(List<HostileInput> out) {
        add(out, "empty.pdf", new byte[0], refused(Code.EMPTY_FILE), "zero bytes");
        add(out, "memo.pdf", "会議メモ: 明日 10 時\n".getBytes(StandardCharsets.UTF_8), refused(Code.NOT_A_DOCUMENT),
                "a text file named .pdf");
        byte[] elf = new byte[256];
        System.arraycopy(new byte[]{0x7F, 'E', 'L', 'F', 2, 1, 1}, 0, elf, 0, 7);
        add(out, "elf.pdf", elf, refused(Code.PROGRAM), "a Linux executable named .pdf");
        byte[] mz = new byte[256];
        System.arraycopy("MZ\u0090\u0000This program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1), 0,
                mz, 0, 42);
        add(out, "setup.pdf", mz, refused(Code.PROGRAM), "a Windows executable named .pdf");
        add(out, "install.pdf", "#!/bin/sh\nrm -rf \"$HOME\"\n".getBytes(StandardCharsets.US_ASCII),
                refused(Code.PROGRAM), "a shell script named .pdf");
        add(out, "scan-jbig2.tif", Codecs.jbig2File(Codecs.page(200, 100, BufferedImage.TYPE_BYTE_BINARY)),
                refused(Code.NOT_A_DOCUMENT), "a standalone JBIG2 file named .tif");
    }

    private static void damagedPdfs(List<HostileInput> out) {
        byte[] pdf = validPdf();
        add(out, "valid.pdf", pdf, new Processed(1), "the valid base file, for contrast");
        for (int percent : new int[]{10, 50, 90}) {
            add(out, "cut-" + percent + ".pdf", Arrays.copyOf(pdf, pdf.length * percent / 100),
                    refused(Code.INCOMPLETE), "cut at " + percent + " %");
        }
        add(out, "cut-before-eof.pdf", Arrays.copyOf(pdf, lastIndexOf(pdf, "%%EOF")), refused(Code.INCOMPLETE),
                "cut just before %%EOF");
        add(out, "cut-50-eof.pdf", concat(Arrays.copyOf(pdf, pdf.length / 2), "\n%%EOF\n"), refused(Code.CORRUPT),
                "cut in half, with an end marker appended");
        add(out, "garbage-xref.pdf", overwrite(pdf, lastIndexOf(pdf, "startxref") - 40, 40, (byte) '#'),
                new Processed(1), "garbage over the cross-reference data (PDFBox rebuilds it)");
        add(out, "garbage-startxref.pdf", replaceLast(pdf, "startxref\n", "startxref\n9" ), new Processed(1),
                "startxref pointing past the end");
        add(out, "broken-objstm.pdf", brokenObjectStream(pdf), refused(Code.CORRUPT),
                "the object stream holding the catalog damaged");
        add(out, "deep-page-tree.pdf", deepPageTree(20_000), refused(Code.CORRUPT), "page tree nested 20 000 deep");
        add(out, "deep-arrays.pdf", deepArrays(100_000), new Processed(1),
                "arrays nested 100 000 deep in an unused key (PDFBox 3 parses them without recursing)");
        add(out, "no-pages.pdf", pageTree(0, 0), refused(Code.NO_PAGES), "a page tree without pages");
        add(out, "5000-pages.pdf", PdfBytes.blankPages(5000), refused(Code.TOO_MANY_PAGES), "5 000 blank pages");
        add(out, "lying-count.pdf", pageTree(300, 1), refused(Code.TOO_MANY_PAGES),
                "300 pages under a page count of 1");
    }

    private static void protectedAndActivePdfs(List<HostileInput> out) {
        byte[] pdf = validPdf();
        add(out, "password.pdf", PdfBytes.encrypted(pdf, "user-secret"), refused(Code.ENCRYPTED),
                "encrypted, opens only with a password");
        add(out, "owner-password.pdf", PdfBytes.encrypted(pdf, ""), refused(Code.ENCRYPTED),
                "encrypted with an owner password only (opens without asking)");
        var image = PdfBytes.drawn(PdfBytes.jpeg(Codecs.page(600, 848, BufferedImage.TYPE_BYTE_GRAY)));
        add(out, "javascript.pdf", PdfBytes.page(PdfBytes.both(image, PdfBytes.javaScript("app.alert('hi');"))),
                new Processed(1), "JavaScript run on open (never run: PDFBox has no script engine)");
        byte[] elf = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0};
        add(out, "attachment.pdf", PdfBytes.page(PdfBytes.both(image, PdfBytes.embeddedFile("tool.exe", elf))),
                new Processed(1), "an executable attached inside (never extracted)");
    }

    private static void bombs(List<HostileInput> out) {
        add(out, "bomb-50k.png", PngBytes.bilevel(HUGE, HUGE, 1), refused(Code.IMAGE_TOO_LARGE),
                "PNG header claiming 50 000 x 50 000 over one row of data");
        add(out, "bomb-50k.tif", TiffBytes.page(HUGE, HUGE, 4).strip(new byte[16]).bytes(),
                refused(Code.IMAGE_TOO_LARGE), "TIFF claiming 50 000 x 50 000 over 16 bytes");
        add(out, "bomb-xobject-50k.pdf", PdfBytes.page(PdfBytes.drawn(PdfBytes.raw(HUGE, HUGE, 1,
                COSName.FLATE_DECODE, Codecs.deflatedRun(1 << 20, (byte) 0xFF)))), refused(Code.IMAGE_TOO_LARGE),
                "image XObject claiming 50 000 x 50 000");
        add(out, "huge-mediabox.pdf", PdfBytes.page(new PDRectangle(HUGE, HUGE), (doc, page) -> { }),
                new Processed(1), "a blank page of 50 000 x 50 000 pt (rendered at a lower dpi)");
        add(out, "flate-bomb.pdf", PdfBytes.page(PdfBytes.contentStream(
                Codecs.deflatedRun(300L << 20, (byte) ' '), List.of(COSName.FLATE_DECODE))),
                refused(Code.EXPANDS_TOO_MUCH), "content stream inflating to 300 MB");
        byte[] inner = Codecs.deflatedRun(400L << 20, (byte) ' ');
        add(out, "double-flate-bomb.pdf", PdfBytes.page(PdfBytes.contentStream(Codecs.deflate(inner),
                List.of(COSName.FLATE_DECODE, COSName.FLATE_DECODE))), refused(Code.EXPANDS_TOO_MUCH),
                "content stream Flate-compressed twice, inflating to 400 MB");
        byte[] inlineData = Codecs.deflate(new byte[1000]);
        ByteArrayOutputStream ops = new ByteArrayOutputStream();
        ops.writeBytes(("q 595 0 0 842 0 0 cm BI /W " + HUGE + " /H " + HUGE + " /BPC 8 /CS /G /F /Fl ID ")
                .getBytes(StandardCharsets.US_ASCII));
        ops.writeBytes(inlineData);
        ops.writeBytes(" EI Q".getBytes(StandardCharsets.US_ASCII));
        add(out, "inline-bomb.pdf", PdfBytes.page(PdfBytes.contentStream(ops.toByteArray(), List.of())),
                new Unrenderable(), "inline image claiming 50 000 x 50 000 (only seen while rendering)");
        byte[] jpeg = Codecs.jpeg(Codecs.page(100, 100, BufferedImage.TYPE_BYTE_GRAY), false);
        add(out, "jpeg-lies.pdf", PdfBytes.page(PdfBytes.drawn(PdfBytes.raw(100, 100, 8, COSName.DCT_DECODE,
                Codecs.withFrameSize(jpeg, 60_000, 60_000)))), refused(Code.IMAGE_TOO_LARGE),
                "image dictionary says 100 x 100, its JPEG header 60 000 x 60 000");
        add(out, "ccitt-columns.pdf", PdfBytes.page(PdfBytes.drawn(PdfBytes.raw(100, 100, 1, null,
                COSName.CCITTFAX_DECODE, new byte[64], Map.of(COSName.COLUMNS, 1_000_000_000, COSName.K, -1)))),
                refused(Code.IMAGE_TOO_LARGE), "CCITT image of 100 x 100 whose parameters claim 10^9 columns");
        add(out, "nested-groups.pdf", nestedTransparencyGroups(12), new Unrenderable(),
                "transparency groups nested 12 deep");
        add(out, "progressive-claim.jpg", Codecs.progressiveClaim(8000, 6000), refused(Code.IMAGE_TOO_LARGE),
                "progressive JPEG claiming 8000 x 6000 (its decoder would hold 288 MB of coefficients)");
    }

    private static void resolutions(List<HostileInput> out) {
        add(out, "a4-2400dpi.png", PngBytes.bilevel(A4_2400_W, A4_2400_H, A4_2400_H), refused(Code.IMAGE_TOO_LARGE),
                "an A4 page at 2400 dpi (557 Mpx), blank");
        add(out, "a4-2400dpi.pdf", PdfBytes.page(PdfBytes.drawn(PdfBytes.raw(A4_2400_W, A4_2400_H, 1,
                COSName.FLATE_DECODE, Codecs.deflatedRun((long) (A4_2400_W + 7) / 8 * A4_2400_H, (byte) 0xFF)))),
                refused(Code.IMAGE_TOO_LARGE), "a PDF holding an A4 page scanned at 2400 dpi");
        add(out, "a4-900dpi.tif", g4Tiff(Codecs.page(A4_900_W, A4_900_H, BufferedImage.TYPE_BYTE_BINARY)),
                new Processed(1), "an A4 page at 900 dpi, CCITT G4 (78 Mpx: read subsampled)");
    }

    private static void encodings(List<HostileInput> out) {
        BufferedImage bilevel = Codecs.page(1240, 1754, BufferedImage.TYPE_BYTE_BINARY);
        add(out, "cmyk.jpg", Codecs.cmykJpeg(620, 877), new Processed(1), "a CMYK JPEG");
        add(out, "cmyk.pdf", PdfBytes.page(PdfBytes.drawn(PdfBytes.raw(620, 877, 8, PDDeviceCMYK.INSTANCE,
                COSName.DCT_DECODE, Codecs.cmykJpeg(620, 877), Map.of()))), new Processed(1), "a CMYK JPEG in a PDF");
        add(out, "g4.tif", g4Tiff(bilevel), new Processed(1), "a CCITT G4 TIFF");
        add(out, "g4.pdf", PdfBytes.page(PdfBytes.drawn(PdfBytes.ccitt(bilevel))), new Processed(1),
                "a CCITT G4 image in a PDF");
        add(out, "jbig2.pdf", PdfBytes.page(PdfBytes.drawn(PdfBytes.raw(1240, 1754, 1, COSName.JBIG2_DECODE,
                Codecs.jbig2(bilevel, 1240, 1754)))), new Processed(1), "a JBIG2 image in a PDF");
        add(out, "jbig2-huge-page.pdf", PdfBytes.page(PdfBytes.drawn(PdfBytes.raw(1240, 1754, 1,
                COSName.JBIG2_DECODE, Codecs.jbig2(bilevel, 60_000, 60_000)))), refused(Code.IMAGE_TOO_LARGE),
                "a JBIG2 image whose page segment claims 60 000 x 60 000");
        add(out, "tiff-jbig.tif", TiffBytes.page(1240, 1754, 34661).strip(new byte[64]).bytes(),
                refused(Code.UNSUPPORTED_ENCODING), "a TIFF compressed with JBIG (34661), which no reader here decodes");
        add(out, "png-bad-data.png", corruptIdat(), refused(Code.CORRUPT), "a PNG whose compressed data is garbage");
    }

    private static void brokenTiffs(List<HostileInput> out) {
        byte[] strip = Codecs.g4(Codecs.page(256, 256, BufferedImage.TYPE_BYTE_BINARY));
        add(out, "tiff-ifd-past-eof.tif", TiffBytes.page(256, 256, 4).strip(strip).firstIfd(1 << 20).bytes(),
                refused(Code.INCOMPLETE), "first directory offset past the end of the file");
        TiffBytes loop = TiffBytes.page(256, 256, 4).strip(strip);
        add(out, "tiff-ifd-loop.tif", loop.nextIfd(loop.ifdOffset()).bytes(), refused(Code.CORRUPT),
                "a directory whose next directory is itself");
        add(out, "tiff-zero-strip.tif", TiffBytes.page(256, 256, 4).strip(strip).stripBytes(0).bytes(),
                refused(Code.CORRUPT), "a strip of zero bytes");
        add(out, "tiff-strip-past-eof.tif", TiffBytes.page(256, 256, 1).strip(new byte[16])
                .tag(TiffBytes.STRIP_OFFSETS, 1 << 20).bytes(), refused(Code.INCOMPLETE),
                "strip data past the end of the file (as in a file still being written)");
    }

    // ---- builders for single cases

    private static byte[] g4Tiff(BufferedImage bilevel) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam p = writer.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionType("CCITT T.6");
            writer.write(null, new IIOImage(bilevel, null, null), p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static byte[] corruptIdat() {
        byte[] png = PngBytes.bilevel(100, 100, 100);
        int idat = lastIndexOf(png, "IDAT") + 4;
        return overwrite(png, idat + 2, 20, (byte) 0x5A);
    }

    /** Catalog → Pages → Pages → ... {@code depth} levels, then one page. */
    private static byte[] deepPageTree(int depth) {
        RawPdf pdf = new RawPdf();
        pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
        for (int level = 0; level < depth; level++) {
            int self = level + 2;
            pdf.add("<< /Type /Pages /Count 1 /Kids [" + (self + 1) + " 0 R]"
                    + (level == 0 ? "" : " /Parent " + (self - 1) + " 0 R") + " >>");
        }
        pdf.add("<< /Type /Page /Parent " + (depth + 1) + " 0 R /MediaBox [0 0 595 842] >>");
        return pdf.bytes();
    }

    private static byte[] deepArrays(int depth) {
        RawPdf pdf = new RawPdf();
        pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.add("<< /Type /Pages /Count 1 /Kids [3 0 R] >>");
        pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Nested " + "[".repeat(depth)
                + "]".repeat(depth) + " >>");
        return pdf.bytes();
    }

    /** {@code pages} blank pages under a root that claims {@code claimedCount}. */
    private static byte[] pageTree(int pages, int claimedCount) {
        RawPdf pdf = new RawPdf();
        pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
        StringBuilder kids = new StringBuilder();
        for (int i = 0; i < pages; i++) {
            kids.append(i + 3).append(" 0 R ");
        }
        pdf.add("<< /Type /Pages /Count " + claimedCount + " /Kids [" + kids + "] >>");
        for (int i = 0; i < pages; i++) {
            pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
        }
        return pdf.bytes();
    }

    /** Each form XObject is a transparency group that draws the next one. */
    private static byte[] nestedTransparencyGroups(int depth) {
        RawPdf pdf = new RawPdf();
        pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.add("<< /Type /Pages /Count 1 /Kids [3 0 R] >>");
        pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
                + " /Resources << /XObject << /G 5 0 R >> >> >>");
        pdf.stream("", "/G Do".getBytes(StandardCharsets.US_ASCII));
        for (int level = 0; level < depth; level++) {
            int next = level + 6;
            String resources = level == depth - 1 ? "" : " /Resources << /XObject << /G " + next + " 0 R >> >>";
            String content = level == depth - 1 ? "0 0 0 rg 10 10 100 100 re f" : "/G Do";
            pdf.stream("/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Group << /S /Transparency >>" + resources,
                    content.getBytes(StandardCharsets.US_ASCII));
        }
        return pdf.bytes();
    }

    /** PDFBox saves objects into a compressed object stream; a run of its data is overwritten. */
    private static byte[] brokenObjectStream(byte[] pdf) {
        int objStm = indexOf(pdf, "/ObjStm");
        int data = indexOf(pdf, "stream", objStm) + "stream\r\n".length();
        return overwrite(pdf, data + 2, 24, (byte) 0x00);
    }

    // ---- byte helpers

    private static int indexOf(byte[] data, String text) {
        return indexOf(data, text, 0);
    }

    private static int indexOf(byte[] data, String text, int from) {
        byte[] needle = text.getBytes(StandardCharsets.ISO_8859_1);
        outer:
        for (int i = Math.max(0, from); i <= data.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException("not found: " + text);
    }

    private static int lastIndexOf(byte[] data, String text) {
        String s = new String(data, StandardCharsets.ISO_8859_1);
        int at = s.lastIndexOf(text);
        if (at < 0) {
            throw new IllegalArgumentException("not found: " + text);
        }
        return at;
    }

    private static byte[] overwrite(byte[] data, int from, int length, byte value) {
        byte[] out = data.clone();
        Arrays.fill(out, from, Math.min(out.length, from + length), value);
        return out;
    }

    private static byte[] concat(byte[] head, String tail) {
        byte[] t = tail.getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = Arrays.copyOf(head, head.length + t.length);
        System.arraycopy(t, 0, out, head.length, t.length);
        return out;
    }

    private static byte[] replaceLast(byte[] data, String target, String replacement) {
        int at = lastIndexOf(data, target);
        byte[] r = replacement.getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = new byte[data.length - target.length() + r.length];
        System.arraycopy(data, 0, out, 0, at);
        System.arraycopy(r, 0, out, at, r.length);
        System.arraycopy(data, at + target.length(), out, at + r.length, data.length - at - target.length());
        return out;
    }
}
