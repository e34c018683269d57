package io.scan2ledger.templates.render;

import io.scan2ledger.template.FieldSpec;
import io.scan2ledger.template.FormTemplate;
import io.scan2ledger.template.LayoutItem;
import io.scan2ledger.template.Point;
import io.scan2ledger.template.Zone;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;

/**
 * Prints the blank form: registration marks, form code, the template's layout (title, label
 * cells, notes) and, from the fields themselves, the ruled value cells, digit boxes and tick boxes.
 * A text value cell is ruled {@link #CELL_MARGIN} outside its zone so the zone holds no ruling;
 * digit boxes are ruled on the zone's outline and cell boundaries.
 */
final class BlankFormPainter {

    /** How far a ruled value cell lies outside its zone (mm): the zone holds only the value. */
    static final double CELL_MARGIN = 1.0;
    static final double RULE = 0.3;
    private static final double LABEL_GRAY = 0.88;
    private static final double FORM_CODE_PT = 12;

    private final PageCanvas canvas;
    private final PDType0Font font;
    private final PDType0Font latin;

    BlankFormPainter(PageCanvas canvas, PDType0Font font, PDType0Font latin) {
        this.canvas = canvas;
        this.font = font;
        this.latin = latin;
    }

    void paint(FormTemplate t) throws IOException {
        for (Point m : t.marks()) {
            canvas.fillRect(new Zone(m.x() - t.markSize() / 2, m.y() - t.markSize() / 2, t.markSize(), t.markSize()),
                    0);
        }
        double width = PageCanvas.widthMm(latin, FORM_CODE_PT, t.formCode());
        Zone code = t.formCodeZone();
        canvas.text(t.formCode(), latin, FORM_CODE_PT, code.x() + (code.w() - width) / 2,
                PageCanvas.baselineFor(latin, FORM_CODE_PT, code.y() + code.h() / 2), false);
        for (LayoutItem item : t.layout()) {
            layoutItem(item);
        }
        for (FieldSpec field : t.allFields()) {
            fieldFrame(field);
        }
    }

    private void layoutItem(LayoutItem item) throws IOException {
        Zone box = new Zone(item.x(), item.y(), item.w(), item.h());
        switch (item.kind()) {
            case "title" -> centred(item.text(), box, size(item, 18), item.bold());
            case "text" -> leftAligned(item.text(), box, size(item, 9), item.bold());
            case "label" -> {
                canvas.fillRect(box, LABEL_GRAY);
                canvas.strokeRect(box, RULE);
                centred(item.text(), box, size(item, 9.5), item.bold());
            }
            case "box" -> {
                canvas.strokeRect(box, item.bold() ? 2 * RULE : RULE);
                if (item.text() != null) {
                    centred(item.text(), box, size(item, 9.5), item.bold());
                }
            }
            case "line" -> canvas.line(item.x(), item.y(), item.x() + item.w(), item.y() + item.h(),
                    item.bold() ? 2 * RULE : RULE);
            default -> throw new IllegalArgumentException("unknown layout kind " + item.kind());
        }
    }

    private void fieldFrame(FieldSpec f) throws IOException {
        switch (f.type()) {
            case "checkbox-group" -> {
                for (FieldSpec.Option option : f.options()) {
                    tickBox(option.zone(), option.value());
                }
            }
            case "checkbox" -> tickBox(f.zone(), f.label());
            default -> {
                Zone z = f.zone();
                if (f.cells() > 0) {
                    digitBoxes(z, f.cells());
                } else {
                    canvas.strokeRect(new Zone(z.x() - CELL_MARGIN, z.y() - CELL_MARGIN, z.w() + 2 * CELL_MARGIN,
                            z.h() + 2 * CELL_MARGIN), RULE);
                }
            }
        }
    }

    /** Boxed digits: a bold outline and thin separators exactly on the zone's cell boundaries. */
    private void digitBoxes(Zone z, int cells) throws IOException {
        canvas.strokeRect(z, 1.5 * RULE);
        for (int i = 1; i < cells; i++) {
            double x = z.cell(i, cells).x();
            canvas.line(x, z.y(), x, z.y() + z.h(), 0.6 * RULE);
        }
    }

    /** A tick box with its text printed to the right of it, outside the zone. */
    private void tickBox(Zone box, String text) throws IOException {
        canvas.strokeRect(box, RULE);
        double size = 10;
        canvas.text(text, font, size, box.x() + box.w() + 1.2, PageCanvas.baselineFor(font, size,
                box.y() + box.h() / 2), false);
    }

    private void centred(String text, Zone box, double size, boolean bold) throws IOException {
        lines(text, box, size, bold, true);
    }

    private void leftAligned(String text, Zone box, double size, boolean bold) throws IOException {
        lines(text, box, size, bold, false);
    }

    /** Text in a box, vertically centred; '\n' breaks lines (long labels like 口座名義\n(カナ)). */
    private void lines(String text, Zone box, double size, boolean bold, boolean centre) throws IOException {
        String[] lines = text.split("\n");
        double lineHeight = size / PageCanvas.PT_PER_MM * 1.3;
        double first = box.y() + box.h() / 2 - lineHeight * (lines.length - 1) / 2;
        for (int i = 0; i < lines.length; i++) {
            double x = centre ? box.x() + (box.w() - PageCanvas.widthMm(font, size, lines[i])) / 2 : box.x();
            canvas.text(lines[i], font, size, x, PageCanvas.baselineFor(font, size, first + i * lineHeight), bold);
        }
    }

    private static double size(LayoutItem item, double fallback) {
        return item.size() > 0 ? item.size() : fallback;
    }
}
