package io.scan2ledger.templates.render;

import io.scan2ledger.template.FieldSpec;
import io.scan2ledger.template.FormTemplate;
import io.scan2ledger.template.Zone;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes the values into a form's zones the way a tidy applicant would: text left-aligned and
 * vertically centred with padding, shrunk until it fits; one digit per box; bold ticks. A filling
 * may add what untidy hands do: a slant within the zone, stray strokes beside a value, red seals.
 */
final class ValuePainter {

    /** Space kept free inside a zone around the value (mm), so small registration errors keep it whole. */
    static final double PADDING = 1.6;
    static final double MAX_TEXT_PT = 13;
    static final double MIN_TEXT_PT = 6;
    private static final double MAX_DIGIT_PT = 15;

    private final PageCanvas canvas;
    private final PDType0Font font;
    private final PDType0Font sealFont;

    /** @param sealFont the typeface seals are cut in; only needed when the filling has seals */
    ValuePainter(PageCanvas canvas, PDType0Font font, PDType0Font sealFont) {
        this.canvas = canvas;
        this.font = font;
        this.sealFont = sealFont;
    }

    void paint(FormTemplate t, Filling filling) throws IOException {
        for (FieldSpec field : t.allFields()) {
            String value = filling.value(field.name());
            if (value.isBlank()) {
                continue;
            }
            switch (field.type()) {
                case "checkbox" -> {
                    if (Filling.ticked(value)) {
                        tick(field.zone(), filling.tick());
                    }
                }
                case "checkbox-group" -> {
                    List<String> chosen = Arrays.stream(value.split(",")).map(String::strip).toList();
                    for (FieldSpec.Option option : field.options()) {
                        if (chosen.contains(option.value())) {
                            tick(option.zone(), filling.tick());
                        }
                    }
                }
                default -> {
                    if (field.cells() > 0) {
                        digits(field.zone(), field.cells(), value);
                    } else {
                        text(field.zone(), value, filling.slants().getOrDefault(field.name(), 0.0));
                    }
                }
            }
        }
        for (Zone blot : filling.blots()) {
            blot(blot);
        }
        for (Filling.Stroke stroke : filling.strokes()) {
            stroke(t.field(stroke.field()).orElseThrow().zone(), filling.value(stroke.field()), stroke.shape());
        }
        for (Filling.Seal seal : filling.seals()) {
            Zone z = t.field(seal.field()).orElseThrow().zone();
            canvas.seal(z.x() + seal.u() * z.w(), z.y() + seal.v() * z.h(), seal.diameterMm(), seal.text(), sealFont);
        }
    }

    /** The largest size up to {@link #MAX_TEXT_PT} at which the text fits the zone inside its padding. */
    double fittingSize(Zone z, String value) throws IOException {
        double heightPt = (z.h() - 2 * PADDING) * PageCanvas.PT_PER_MM;
        double size = Math.min(MAX_TEXT_PT, heightPt);
        double room = z.w() - 2 * PADDING;
        double width = PageCanvas.widthMm(font, size, value);
        if (width > room) {
            size = Math.max(MIN_TEXT_PT, size * room / width);
        }
        return size;
    }

    /**
     * The value at its fitting size, turned about its middle by the slant, lessened so that the
     * turned line keeps inside the zone's padding: a slanted value never leaves its zone.
     */
    private void text(Zone z, String value, double slantDeg) throws IOException {
        double size = fittingSize(z, value);
        double width = PageCanvas.widthMm(font, size, value);
        double baseline = PageCanvas.baselineFor(font, size, z.y() + z.h() / 2);
        double slack = z.h() - 2 * PADDING - size / PageCanvas.PT_PER_MM;
        double most = width <= 0 || slack <= 0 ? 0 : Math.toDegrees(Math.asin(Math.min(1, slack / width)));
        double turn = Math.max(-most, Math.min(most, slantDeg));
        double a = Math.toRadians(turn);
        double middle = z.x() + PADDING + width / 2;
        canvas.text(value, font, size, middle - width / 2 * Math.cos(a), baseline - width / 2 * Math.sin(a), false,
                turn);
    }

    /**
     * A stray pen stroke beside a value, never across it: in the empty part of the zone after the
     * value, or where that is too short, a slip across the top padding at the zone's right end.
     */
    private void stroke(Zone z, String value, long shape) throws IOException {
        SplittableRandom r = new SplittableRandom(shape);
        double end = value.isBlank() ? z.x() : z.x() + PADDING + PageCanvas.widthMm(font, fittingSize(z, value), value);
        double left = end + 2;
        double right = z.x() + z.w() - 0.5;
        double top = z.y() + 0.8;
        double bottom = z.y() + z.h() - 0.8;
        if (right - left < 5) {
            left = z.x() + z.w() * 0.7;
            top = z.y() - 0.6;
            bottom = z.y() + PADDING * 0.5;
        }
        int points = 2 + r.nextInt(3);
        double[] xy = new double[2 * points];
        double span = Math.min(right - left, 4 + r.nextDouble() * 8);
        double x0 = left + r.nextDouble() * (right - left - span);
        for (int i = 0; i < points; i++) {
            xy[2 * i] = x0 + span * i / (points - 1);
            xy[2 * i + 1] = top + r.nextDouble() * (bottom - top);
        }
        canvas.polyline(0.25 + r.nextDouble() * 0.25, xy);
    }

    /** One character a cell, right-aligned when shorter (account numbers are written 右詰め). */
    private void digits(Zone z, int cells, String value) throws IOException {
        String chars = value.replaceAll("\\s", "");
        int first = Math.max(0, cells - chars.length());
        for (int i = 0; i < Math.min(cells, chars.length()); i++) {
            Zone cell = z.cell(first + i, cells);
            String digit = chars.substring(i, i + 1);
            double size = Math.min(MAX_DIGIT_PT, (cell.h() - 2 * PADDING) * PageCanvas.PT_PER_MM);
            double width = PageCanvas.widthMm(font, size, digit);
            canvas.text(digit, font, size, cell.x() + (cell.w() - width) / 2,
                    PageCanvas.baselineFor(font, size, cell.y() + cell.h() / 2), false);
        }
    }

    /** A tick drawn with a broad pen: inked area well over a quarter of the box interior. */
    private void tick(Zone box, Filling.Tick style) throws IOException {
        double pen = Math.min(box.w(), box.h()) * 0.2;
        double x0 = box.x() + box.w() * 0.2;
        double x1 = box.x() + box.w() * 0.8;
        double y0 = box.y() + box.h() * 0.2;
        double y1 = box.y() + box.h() * 0.8;
        if (style == Filling.Tick.CROSS) {
            canvas.polyline(pen, x0, y0, x1, y1);
            canvas.polyline(pen, x0, y1, x1, y0);
        } else {
            canvas.polyline(pen, x0, box.y() + box.h() * 0.52, box.x() + box.w() * 0.42, y1, x1, y0);
        }
    }

    /** An ink blot: overlapping dark ellipses over most of the zone, as a smudged pen leaves. */
    private void blot(Zone z) throws IOException {
        double cx = z.x() + z.w() * 0.45;
        double cy = z.y() + z.h() / 2;
        canvas.fillEllipse(cx, cy, z.w() * 0.3, z.h() * 0.42, 0.2);
        canvas.fillEllipse(cx + z.w() * 0.18, cy + z.h() * 0.08, z.w() * 0.16, z.h() * 0.36, 0.3);
        canvas.fillEllipse(cx - z.w() * 0.2, cy - z.h() * 0.1, z.w() * 0.12, z.h() * 0.3, 0.25);
    }
}
