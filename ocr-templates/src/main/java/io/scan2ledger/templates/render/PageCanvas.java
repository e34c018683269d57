package io.scan2ledger.templates.render;

import io.scan2ledger.template.Zone;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.blend.BlendMode;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;

import java.io.IOException;

/**
 * Drawing on a PDF page in the templates' own units: millimetres from the top-left corner
 * (PDF counts points from the bottom-left), so painters never convert coordinates themselves.
 */
final class PageCanvas {

    static final double PT_PER_MM = 72 / 25.4;
    /** Stamp ink (朱肉): a vermilion red that turns mid-gray in a grayscale copy. */
    private static final float[] SEAL_RED = {0.86f, 0.18f, 0.16f};

    private final PDPageContentStream out;
    private final double pageHeightMm;

    PageCanvas(PDPageContentStream out, double pageHeightMm) {
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
