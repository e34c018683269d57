package io.scan2ledger.templates.render;

import io.scan2ledger.template.Zone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.blend.BlendMode;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;

/**
 * Drawing on a PDF page in the templates' own units: millimetres from the top-left corner
 * (PDF counts points from the bottom-left), so painters never convert coordinates themselves.
 */
final class PageCanvas {

    static final double PT_PER_MM = 72 / 25.4;
    /** Stamp ink (朱肉): a vermilion red that turns mid-gray in a grayscale copy. */
    private static final float[] SEAL_RED = {0.86f, 0.18f, 0.16f};

    private final PDDocument doc;
    private final PDPageContentStream out;
    private final double pageHeightMm;

    /** @param doc the document images drawn on the page are added to */
    PageCanvas(PDDocument doc, PDPageContentStream out, double pageHeightMm) {
        this.doc = doc;
        this.out = out;
        this.pageHeightMm = pageHeightMm;
    }

    void strokeRect(Zone z, double lineWidthMm) throws IOException {
        out.setLineWidth(pt(lineWidthMm));
        out.addRect(x(z.x()), y(z.y() + z.h()), pt(z.w()), pt(z.h()));
        out.stroke();
    }

    void fillRect(Zone z, double gray) throws IOException {
        out.setNonStrokingColor((float) gray);
        out.addRect(x(z.x()), y(z.y() + z.h()), pt(z.w()), pt(z.h()));
        out.fill();
        out.setNonStrokingColor(0f);
    }

    void line(double x1, double y1, double x2, double y2, double lineWidthMm) throws IOException {
        out.setLineWidth(pt(lineWidthMm));
        out.moveTo(x(x1), y(y1));
        out.lineTo(x(x2), y(y2));
        out.stroke();
    }

    /** An open path through the points (x0, y0, x1, y1, ...) with round joins: a pen stroke. */
    void polyline(double lineWidthMm, double... xy) throws IOException {
        out.setLineWidth(pt(lineWidthMm));
        out.setLineCapStyle(1);
        out.setLineJoinStyle(1);
        out.moveTo(x(xy[0]), y(xy[1]));
        for (int i = 2; i < xy.length; i += 2) {
            out.lineTo(x(xy[i]), y(xy[i + 1]));
        }
        out.stroke();
        out.setLineCapStyle(0);
        out.setLineJoinStyle(0);
    }

    /** A filled ellipse of the given gray (ink blots). */
    void fillEllipse(double cx, double cy, double rx, double ry, double gray) throws IOException {
        out.setNonStrokingColor((float) gray);
        ellipse(cx, cy, rx, ry);
        out.fill();
        out.setNonStrokingColor(0f);
    }

    /**
     * A round red seal (認印) with {@code text} stacked vertically inside its ring. Its ink is
     * multiplied with what is under it, as stamp ink is: print under a seal stays dark.
     */
    void seal(double cx, double cy, double diameterMm, String text, PDType0Font font) throws IOException {
        out.saveGraphicsState();
        PDExtendedGraphicsState ink = new PDExtendedGraphicsState();
        ink.setBlendMode(BlendMode.MULTIPLY);
        out.setGraphicsStateParameters(ink);
        out.setStrokingColor(SEAL_RED[0], SEAL_RED[1], SEAL_RED[2]);
        out.setNonStrokingColor(SEAL_RED[0], SEAL_RED[1], SEAL_RED[2]);
        out.setLineWidth(pt(diameterMm * 0.06));
        ellipse(cx, cy, diameterMm / 2, diameterMm / 2);
        out.stroke();
        int[] chars = text.codePoints().toArray();
        double charMm = Math.min(diameterMm * 0.72 / chars.length, diameterMm * 0.5);
        double sizePt = charMm * PT_PER_MM;
        for (int i = 0; i < chars.length; i++) {
            String c = Character.toString(chars[i]);
            double centreY = cy + (i - (chars.length - 1) / 2.0) * charMm;
            text(c, font, sizePt, cx - widthMm(font, sizePt, c) / 2, baselineFor(font, sizePt, centreY), true);
        }
        out.restoreGraphicsState();
    }

    private void ellipse(double cx, double cy, double rx, double ry) throws IOException {
        double k = 0.5523; // control-point distance for a circle from four cubic Béziers
        out.moveTo(x(cx + rx), y(cy));
        out.curveTo(x(cx + rx), y(cy - k * ry), x(cx + k * rx), y(cy - ry), x(cx), y(cy - ry));
        out.curveTo(x(cx - k * rx), y(cy - ry), x(cx - rx), y(cy - k * ry), x(cx - rx), y(cy));
        out.curveTo(x(cx - rx), y(cy + k * ry), x(cx - k * rx), y(cy + ry), x(cx), y(cy + ry));
        out.curveTo(x(cx + k * rx), y(cy + ry), x(cx + rx), y(cy + k * ry), x(cx + rx), y(cy));
    }

    /** Text whose baseline starts at (x, baseline); bold is the font stroked as well as filled. */
    void text(String text, PDType0Font font, double sizePt, double x, double baseline, boolean bold)
            throws IOException {
        text(text, font, sizePt, x, baseline, bold, 0);
    }

    /** Text turned by {@code turnDeg} (clockwise on the page) about the start of its baseline. */
    void text(String text, PDType0Font font, double sizePt, double x, double baseline, boolean bold, double turnDeg)
            throws IOException {
        out.beginText();
        out.setFont(font, (float) sizePt);
        if (bold) {
            out.setRenderingMode(RenderingMode.FILL_STROKE);
            out.setLineWidth((float) (sizePt * 0.04));
        }
        if (turnDeg == 0) {
            out.newLineAtOffset(x(x), y(baseline));
        } else {
            out.setTextMatrix(Matrix.getRotateInstance(Math.toRadians(-turnDeg), x(x), y(baseline)));
        }
        out.showText(text);
        out.endText();
        if (bold) {
            out.setRenderingMode(RenderingMode.FILL);
        }
    }

    /** Pen ink (0xRRGGBB) for what is filled and stroked from here on. */
    void ink(int rgb) throws IOException {
        float r = (rgb >> 16 & 0xff) / 255f;
        float g = (rgb >> 8 & 0xff) / 255f;
        float b = (rgb & 0xff) / 255f;
        out.setStrokingColor(r, g, b);
        out.setNonStrokingColor(r, g, b);
    }

    /**
     * One character as a hand writes it: turned by {@code turnDeg} (clockwise) about the start of
     * its baseline, slanted by {@code shearDeg} (positive leans right), scaled by {@code scale},
     * filled and stroked with a pen {@code weightPt} wide (a harder press inks a thicker line).
     */
    void glyph(String c, PDType0Font font, double sizePt, double x, double baseline, double turnDeg, double shearDeg,
               double scale, double weightPt) throws IOException {
        out.beginText();
        out.setFont(font, (float) sizePt);
        out.setRenderingMode(RenderingMode.FILL_STROKE);
        out.setLineWidth((float) weightPt);
        AffineTransform at = AffineTransform.getTranslateInstance(x(x), y(baseline));
        at.rotate(Math.toRadians(-turnDeg));
        at.shear(Math.tan(Math.toRadians(shearDeg)), 0);
        at.scale(scale, scale);
        out.setTextMatrix(new Matrix(at));
        out.showText(c);
        out.endText();
        out.setRenderingMode(RenderingMode.FILL);
    }

    /**
     * A grey image ({@code side}×{@code side}, 0 paper .. 255 ink) written in {@code rgb} ink over
     * the box at (x, y) w×h: the grey level is the ink's opacity, so the paper and any printed line
     * show through. Smoothed up four times first, so a 28-pixel digit is not drawn as blocks.
     */
    void inkImage(int[] grey, int side, double x, double y, double w, double h, int rgb) throws IOException {
        BufferedImage small = new BufferedImage(side, side, BufferedImage.TYPE_INT_ARGB);
        for (int i = 0; i < side * side; i++) {
            small.setRGB(i % side, i / side, Math.max(0, Math.min(255, grey[i])) << 24 | rgb & 0xffffff);
        }
        BufferedImage large = new BufferedImage(side * 4, side * 4, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = large.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(small, 0, 0, side * 4, side * 4, null);
        g.dispose();
        out.drawImage(LosslessFactory.createFromImage(doc, large), x(x), y(y + h), pt(w), pt(h));
    }

    static double widthMm(PDType0Font font, double sizePt, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * sizePt / PT_PER_MM;
    }

    /** Baseline that centres the font's em box (ascent to descent) vertically on {@code centreY}. */
    static double baselineFor(PDType0Font font, double sizePt, double centreY) {
        double ascent = font.getFontDescriptor().getAscent() / 1000;
        double descent = -font.getFontDescriptor().getDescent() / 1000;
        double sizeMm = sizePt / PT_PER_MM;
        return centreY + (ascent - descent) / 2 * sizeMm;
    }

    private float x(double mm) {
        return pt(mm);
    }

    private float y(double mm) {
        return pt(pageHeightMm - mm);
    }

    private static float pt(double mm) {
        return (float) (mm * PT_PER_MM);
    }
}
