package io.scan2ledger.templates.samples.procedural;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One field as printed: its label cell (left of the value or above it) and its value cell, digit
 * boxes or tick boxes. The zone always lies inside the value cell, clear of every printed word:
 * a written value's cell is ruled by the renderer 1 mm outside its zone, digit and tick boxes sit
 * in a ruled box of their own.
 */
final class FieldBlock {

    /** How labels sit in a section: in a gray cell left of the value, or in a bar above it. */
    enum LabelStyle { LEFT, ABOVE }

    /** Size of a tick box, and the gap before the option text the renderer prints right of it (mm). */
    private static final double TICK = 5;
    private static final double TICK_TEXT_GAP = 1.2;
    private static final double TICK_TEXT_PT = 10;

    final FieldIdea idea;
    final String name;
    final String label;
    private final int cells;
    private final double cellWidth;
    private final double digitHeight;
    private final Map<String, Object> extra;

    /**
     * @param cells       digit boxes (0 for a written value)
     * @param cellWidth   width of one digit box (mm)
     * @param digitHeight height of the digit boxes (mm), less when the row is lower
     * @param extra       the field's remaining YAML keys (ocr, required, rules), in order
     */
    FieldBlock(FieldIdea idea, String name, String label, int cells, double cellWidth, double digitHeight,
               Map<String, Object> extra) {
        this.idea = idea;
        this.name = name;
        this.label = label;
        this.cells = cells;
        this.cellWidth = cellWidth;
        this.digitHeight = digitHeight;
        this.extra = extra;
    }

    /** The narrowest this block can be printed, label included. */
    double minWidth(LabelStyle style, double labelWidth) {
        if (idea.type().equals("checkbox")) {
            return 3 + TICK + TICK_TEXT_GAP + FormSheet.widthMm(label, TICK_TEXT_PT) + 3;
        }
        double value = valueWidth();
        return style == LabelStyle.LEFT ? labelWidth + value
                : Math.max(value, FormSheet.widthMm(label, 9.5) + 4);
    }

    private double valueWidth() {
        if (cells > 0) {
            return cells * cellWidth + 5;
        }
        if (idea.type().equals("checkbox-group")) {
            return 3 + idea.options().stream().mapToDouble(this::optionPitch).sum();
        }
        if (idea.type().equals("choice")) {
            double longest = idea.options().stream().mapToDouble(o -> FormSheet.widthMm(o, 13)).max().orElse(10);
            return Math.max(25, longest + 6);
        }
        return idea.minWidth() + 2;
    }

    private double optionPitch(String option) {
        return TICK + TICK_TEXT_GAP + FormSheet.widthMm(option, TICK_TEXT_PT) + 5;
    }

    /** Prints the block at (x, y), {@code w} wide and {@code h} high, and adds its field. */
    void place(FormSheet sheet, double x, double y, double w, double h, LabelStyle style, double labelWidth) {
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("name", name);
        field.put("label", label);
        field.put("labelEn", idea.labelEn());
        field.put("type", idea.type());
        if (idea.type().equals("checkbox")) {
            sheet.box(x, y, w, h, false);
            field.put("zone", FormSheet.zone(x + 3, y + (h - TICK) / 2, TICK, TICK));
            finish(sheet, field);
            return;
        }
        double vx = x, vy = y, vw = w, vh = h;
        if (style == LabelStyle.LEFT) {
            sheet.label(x, y, labelWidth, h, label, 9.5, false);
            vx += labelWidth;
            vw -= labelWidth;
        } else {
            sheet.label(x, y, w, FormSheet.BAR, label, 9, false);
            vy += FormSheet.BAR;
            vh -= FormSheet.BAR;
        }
        if (idea.type().equals("checkbox-group")) {
            sheet.box(vx, vy, vw, vh, false);
            List<Map<String, Object>> options = new ArrayList<>();
            double ox = vx + 3;
            for (String option : idea.options()) {
                Map<String, Object> box = new LinkedHashMap<>();
                box.put("value", option);
                box.put("zone", FormSheet.zone(ox, vy + (vh - TICK) / 2, TICK, TICK));
                options.add(box);
                ox += optionPitch(option);
            }
            field.put("options", options);
        } else if (cells > 0) {
            sheet.box(vx, vy, vw, vh, false);
            double dh = Math.min(digitHeight, vh - 2);
            field.put("zone", FormSheet.zone(vx + 2.5, vy + (vh - dh) / 2, cells * cellWidth, dh));
            field.put("cells", cells);
        } else {
            // The renderer rules the value cell 1 mm outside the zone: that rule is this cell's outline.
            field.put("zone", FormSheet.zone(vx + 1, vy + 1, vw - 2, vh - 2));
            if (idea.type().equals("choice")) {
                field.put("options", idea.options());
            }
        }
        finish(sheet, field);
    }

    private void finish(FormSheet sheet, Map<String, Object> field) {
        field.putAll(extra);
        sheet.fields.add(field);
    }
}
