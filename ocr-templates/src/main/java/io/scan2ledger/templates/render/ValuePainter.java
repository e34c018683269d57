package io.scan2ledger.templates.render;

import io.scan2ledger.template.FieldSpec;
import io.scan2ledger.template.FormTemplate;
import io.scan2ledger.template.Zone;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes the values into a form's zones the way a tidy applicant would: text left-aligned and
 * vertically centred with padding, shrunk until it fits; one digit per box; bold ticks. A filling
 * may add what untidy hands do: a slant within the zone, stray strokes beside a value, red seals.
 * With a pen (hand mode) values are written in its ink, glyph by glyph with jitter, and boxed
 * digits are handwritten digit images.
 */
final class ValuePainter {

    /** Space kept free inside a zone around the value (mm), so small registration errors keep it whole. */
    static final double PADDING = 1.6;
    static final double MAX_TEXT_PT = 13;
    static final double MIN_TEXT_PT = 6;
    private static final double MAX_DIGIT_PT = 15;

    /** Hand mode: a glyph's own turn (±°), its size (1 ± this), and its rise or drop off the line (± mm). */
    private static final double GLYPH_TURN_DEG = 4;
    private static final double GLYPH_SCALE = 0.1;
    private static final double WOBBLE_MM = 0.3;
    /** Hand mode: a field's slant (shear, ±°) and how far one character's advance strays (1 ± this). */
    private static final double SHEAR_DEG = 8;
    private static final double ADVANCE = 0.07;
    /** Hand mode: one boxed digit in this many runs over its box edge, by this much (mm). */
    private static final int OVERRUN_ONE_IN = 25;
    private static final double OVERRUN_MIN_MM = 0.5;
    private static final double OVERRUN_MAX_MM = 1.2;
    /** A grey level from which an image pixel counts as ink, for finding a digit's ink box. */
    private static final int INK_GREY = 64;

    private final PageCanvas canvas;
    private final PDType0Font font;
    private final PDType0Font sealFont;
    /** Hand mode only: the pen, its jitter stream, how hard this writer presses, where values end (mm). */
    private Filling.Pen pen;
    private SplittableRandom hand;
    private double pressure;
    private final Map<String, Double> handEnds = new HashMap<>();

    /** @param sealFont the typeface seals are cut in; only needed when the filling has seals */
    ValuePainter(PageCanvas canvas, PDType0Font font, PDType0Font sealFont) {
        this.canvas = canvas;
        this.font = font;
        this.sealFont = sealFont;
    }

    void paint(FormTemplate t, Filling filling) throws IOException {
        pen = filling.pen();
        if (pen != null) {
            hand = new SplittableRandom(pen.hand());
            // Fraction of the type size the pen adds around each stroke: a light to a hard press.
            pressure = 0.005 + hand.nextDouble() * 0.045;
            canvas.ink(pen.ink());
        }
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
                    double slant = filling.slants().getOrDefault(field.name(), 0.0);
                    if (field.cells() > 0) {
                        if (pen == null) {
                            digits(field.zone(), field.cells(), value);
                        } else {
                            handDigits(field.zone(), field.cells(), value);
                        }
                    } else if (pen == null) {
                        text(field.zone(), value, slant);
                    } else {
                        handEnds.put(field.name(), handText(field.zone(), value, slant));
                    }
                }
            }
        }
        for (Zone blot : filling.blots()) {
            blot(blot);
        }
        for (Filling.Stroke stroke : filling.strokes()) {
            stroke(stroke.field(), t.field(stroke.field()).orElseThrow().zone(), filling.value(stroke.field()),
                    stroke.shape());
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
        double turn = turnWithin(z, size, width, slantDeg);
        double a = Math.toRadians(turn);
        double middle = z.x() + PADDING + width / 2;
        canvas.text(value, font, size, middle - width / 2 * Math.cos(a), baseline - width / 2 * Math.sin(a), false,
                turn);
    }

    /** The slant lessened so that a line {@code width} long at {@code sizePt} keeps inside the zone's padding. */
    private static double turnWithin(Zone z, double sizePt, double width, double slantDeg) {
        double slack = z.h() - 2 * PADDING - sizePt / PageCanvas.PT_PER_MM;
        double most = width <= 0 || slack <= 0 ? 0 : Math.toDegrees(Math.asin(Math.min(1, slack / width)));
        return Math.max(-most, Math.min(most, slantDeg));
    }

    /**
     * The value written by hand: each character on its own, turned, scaled, lifted or dropped a
     * little and spaced unevenly, the field slanted (sheared) as one writer leans; sized as printed
     * text is, then shrunk so the wider, taller hand still fits inside the padding. Returns where
     * the value ends (mm), so stray strokes keep beside it.
     */
    private double handText(Zone z, String value, double slantDeg) throws IOException {
        int[] chars = value.codePoints().toArray();
        double shear = jitter(SHEAR_DEG);
        double weight = pressure * (0.8 + 0.4 * hand.nextDouble());
        double[] turns = new double[chars.length];
        double[] scales = new double[chars.length];
        double[] wobbles = new double[chars.length];
        double[] advances = new double[chars.length];
        for (int i = 0; i < chars.length; i++) {
            turns[i] = jitter(GLYPH_TURN_DEG);
            scales[i] = 1 + jitter(GLYPH_SCALE);
            wobbles[i] = jitter(WOBBLE_MM);
            advances[i] = 1 + jitter(ADVANCE);
        }
        double tallest = (z.h() - 2 * PADDING - 2 * WOBBLE_MM) * PageCanvas.PT_PER_MM / (1 + GLYPH_SCALE);
        double size = Math.max(MIN_TEXT_PT, Math.min(fittingSize(z, value), tallest));
        double width = handWidth(chars, advances, size);
        double room = z.w() - 2 * PADDING;
        if (width > room) {
            size = Math.max(MIN_TEXT_PT, size * room / width);
            width = handWidth(chars, advances, size);
        }
        double turn = turnWithin(z, size * (1 + GLYPH_SCALE), width, slantDeg);
        double a = Math.toRadians(turn);
        double baseline = PageCanvas.baselineFor(font, size, z.y() + z.h() / 2);
        double middle = z.x() + PADDING + width / 2;
        double x0 = middle - width / 2 * Math.cos(a);
        double y0 = baseline - width / 2 * Math.sin(a);
        double along = 0;
        for (int i = 0; i < chars.length; i++) {
            String c = Character.toString(chars[i]);
            if (!Character.isWhitespace(chars[i]) && chars[i] != '\u3000') {
                canvas.glyph(c, font, size, x0 + along * Math.cos(a), y0 + along * Math.sin(a) + wobbles[i],
                        turn + turns[i], shear, scales[i], size * weight);
            }
            along += PageCanvas.widthMm(font, size, c) * advances[i];
        }
        return z.x() + PADDING + width;
    }

    private double handWidth(int[] chars, double[] advances, double size) throws IOException {
        double width = 0;
        for (int i = 0; i < chars.length; i++) {
            width += PageCanvas.widthMm(font, size, Character.toString(chars[i])) * advances[i];
        }
        return width;
    }

    /** Uniform in ±{@code most}. */
    private double jitter(double most) {
        return (hand.nextDouble() * 2 - 1) * most;
    }

    /**
     * A handwritten digit a cell, right-aligned as printed ones are: the digit's ink fills 60-85 %
     * of the cell's height, lies anywhere in the room left, and now and then runs over the box.
     * A cell value's rare other character is written in the pen's hand.
     */
    private void handDigits(Zone z, int cells, String value) throws IOException {
        String chars = value.replaceAll("\\s", "");
        int first = Math.max(0, cells - chars.length());
        for (int i = 0; i < Math.min(cells, chars.length()); i++) {
            Zone cell = z.cell(first + i, cells);
            char c = chars.charAt(i);
            if (c >= '0' && c <= '9') {
                handDigit(cell, c - '0');
            } else {
                double size = Math.min(MAX_DIGIT_PT, (cell.h() - 2 * PADDING) * PageCanvas.PT_PER_MM);
                String s = String.valueOf(c);
                canvas.glyph(s, font, size, cell.x() + (cell.w() - PageCanvas.widthMm(font, size, s)) / 2,
                        PageCanvas.baselineFor(font, size, cell.y() + cell.h() / 2) + jitter(WOBBLE_MM),
                        jitter(GLYPH_TURN_DEG), jitter(SHEAR_DEG), 1 + jitter(GLYPH_SCALE), size * pressure);
            }
        }
    }

    private void handDigit(Zone cell, int digit) throws IOException {
        int[] image = pen.digits().image(digit, hand);
        int side = (int) Math.round(Math.sqrt(image.length));
        int left = side;
        int right = -1;
        int top = side;
        int bottom = -1;
        for (int i = 0; i < side * side; i++) {
            if (image[i] >= INK_GREY) {
                left = Math.min(left, i % side);
                right = Math.max(right, i % side);
                top = Math.min(top, i / side);
                bottom = Math.max(bottom, i / side);
            }
        }
        if (right < 0) {
            return;
        }
        double mmPerPx = Math.min((0.60 + hand.nextDouble() * 0.25) * cell.h() / (bottom - top + 1),
                0.9 * cell.w() / (right - left + 1));
        double inkW = (right - left + 1) * mmPerPx;
        double inkH = (bottom - top + 1) * mmPerPx;
        // Where the ink box's centre lies: anywhere in most of the room the cell leaves around it.
        double roomX = Math.max(0, (cell.w() - inkW) / 2);
        double roomY = Math.max(0, (cell.h() - inkH) / 2);
        double cx = cell.x() + cell.w() / 2 + jitter(0.8) * roomX;
        double cy = cell.y() + cell.h() / 2 + jitter(0.8) * roomY;
        if (hand.nextInt(OVERRUN_ONE_IN) == 0) {
            double over = OVERRUN_MIN_MM + hand.nextDouble() * (OVERRUN_MAX_MM - OVERRUN_MIN_MM);
            switch (hand.nextInt(4)) {
                case 0 -> cy = cell.y() + cell.h() + over - inkH / 2;
                case 1 -> cy = cell.y() - over + inkH / 2;
                case 2 -> cx = cell.x() + cell.w() + over - inkW / 2;
                default -> cx = cell.x() - over + inkW / 2;
            }
        }
        canvas.inkImage(image, side, cx - inkW / 2 - left * mmPerPx, cy - inkH / 2 - top * mmPerPx, side * mmPerPx,
                side * mmPerPx, pen.ink());
    }

    /**
     * A stray pen stroke beside a value, never across it: in the empty part of the zone after the
     * value, or where that is too short, a slip across the top padding at the zone's right end.
     */
    private void stroke(String field, Zone z, String value, long shape) throws IOException {
        SplittableRandom r = new SplittableRandom(shape);
        double end = value.isBlank() ? z.x() : handEnds.containsKey(field) ? handEnds.get(field)
                : z.x() + PADDING + PageCanvas.widthMm(font, fittingSize(z, value), value);
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
