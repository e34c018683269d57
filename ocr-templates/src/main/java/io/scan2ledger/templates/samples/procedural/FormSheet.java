package io.scan2ledger.templates.samples.procedural;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The page being drawn, as the template's YAML tree: static print ({@code layout}) and fields, in
 * millimetres. Keeps the bundled forms' conventions: content between x 20 and 190, registration
 * marks 5 mm square centred 18 mm in from each corner, nothing printed near them.
 */
final class FormSheet {

    static final double LEFT = 20;
    static final double WIDTH = 170;
    /** Lowest print: the bottom marks' top edge (276.5) less the 3 mm the loader keeps clear, less a margin. */
    static final double BOTTOM = 271;
    static final double MARK_SIZE = 5;
    static final List<double[]> MARKS = List.of(new double[]{18, 18}, new double[]{192, 18},
            new double[]{18, 279}, new double[]{192, 279});
    /** Height of a label cell above its value, and of a section's heading bar. */
    static final double BAR = 6;

    final List<Map<String, Object>> fields = new ArrayList<>();
    final List<Map<String, Object>> layout = new ArrayList<>();

    void title(double y, double h, String text, double size) {
        layout.add(item("title", LEFT, y, WIDTH, h, text, size, true));
    }

    void text(double x, double y, double w, double h, String text, double size, boolean bold) {
        layout.add(item("text", x, y, w, h, text, size, bold));
    }

    /** A gray label cell; the text is shrunk until it fits one line of the cell. */
    void label(double x, double y, double w, double h, String text, double size, boolean bold) {
        layout.add(item("label", x, y, w, h, text, Math.min(size, fittingSize(text, w - 2)), bold));
    }

    void box(double x, double y, double w, double h, boolean bold) {
        layout.add(item("box", x, y, w, h, null, 0, bold));
    }

    static Map<String, Object> zone(double x, double y, double w, double h) {
        Map<String, Object> z = new LinkedHashMap<>();
        z.put("x", mm(x));
        z.put("y", mm(y));
        z.put("w", mm(w));
        z.put("h", mm(h));
        return z;
    }

    /**
     * Rough printed width in mm: full-width (CJK) characters are one em, others about 0.6 em. Used
     * only to leave room, so it errs wide.
     */
    static double widthMm(String text, double pt) {
        double em = pt * 25.4 / 72;
        return text.codePoints().mapToDouble(c -> c >= 0x2E80 ? em : 0.6 * em).sum();
    }

    /** Largest size up to 9.5 pt at which {@code text} fits {@code room} mm, never under 7 pt. */
    static double fittingSize(String text, double room) {
        return Math.max(7, Math.min(9.5, Math.floor(9.5 * room / widthMm(text, 9.5) * 2) / 2));
    }

    /** Tenths of a millimetre: readable YAML, and the same text on every machine. */
    static double mm(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static Map<String, Object> item(String kind, double x, double y, double w, double h, String text,
                                            double size, boolean bold) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("kind", kind);
        item.put("x", mm(x));
        item.put("y", mm(y));
        item.put("w", mm(w));
        item.put("h", mm(h));
        if (text != null) {
            item.put("text", text);
        }
        if (size > 0) {
            item.put("size", size);
        }
        if (bold) {
            item.put("bold", true);
        }
        return item;
    }
}
