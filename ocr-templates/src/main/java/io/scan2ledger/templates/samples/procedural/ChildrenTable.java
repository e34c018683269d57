package io.scan2ledger.templates.samples.procedural;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * A small table of the household's children (2 or 3 rows), named {@code children} so that the
 * sample household fills its rows with its own children and leaves the others empty. Ruled like
 * the bundled 児童手当 form: a heading bar, column labels, a row-number column, one cell per value.
 */
final class ChildrenTable {

    private record Column(String name, String label, String labelEn, String type, double minWidth,
                          List<String> options) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("name", "氏名", "Child's name", "name", 40, List.of()),
            new Column("kana", "フリガナ", "Child's name in katakana", "kana", 45, List.of()),
            new Column("birthDate", "生年月日", "Child's date of birth", "era-date", 42, List.of()),
            new Column("relation", "続柄", "Relation", "choice", 25, List.of("子", "孫", "その他")));
    private static final List<String> HEADINGS = List.of("対象児童", "児童の欄", "子の状況", "同居している児童");
    private static final double NUMBER_WIDTH = 8;
    private static final double HEADER_HEIGHT = 8;

    private final List<Column> columns = new ArrayList<>();
    private final int rows;
    private final double pitch;
    private final String heading;

    ChildrenTable(RandomGenerator r) {
        for (Column c : COLUMNS) {
            if (c.name().equals("name") || r.nextInt(3) > 0) {
                columns.add(c);
            }
        }
        if (columns.size() == 1) {
            columns.add(COLUMNS.get(2));
        }
        rows = 2 + r.nextInt(2);
        pitch = 10 + r.nextInt(4);
        heading = HEADINGS.get(r.nextInt(HEADINGS.size()));
    }

    double height() {
        return FormSheet.BAR + HEADER_HEIGHT + rows * pitch;
    }

    /** Prints the table from {@code y} down and returns its YAML entry. */
    Map<String, Object> place(FormSheet sheet, double y) {
        double room = FormSheet.WIDTH - NUMBER_WIDTH;
        double slack = (room - columns.stream().mapToDouble(c -> c.minWidth() + 2).sum()) / columns.size();
        sheet.label(FormSheet.LEFT, y, FormSheet.WIDTH, FormSheet.BAR, heading, 10, true);
        double head = y + FormSheet.BAR;
        double first = head + HEADER_HEIGHT;
        sheet.label(FormSheet.LEFT, head, NUMBER_WIDTH, HEADER_HEIGHT, "番号", 7, false);
        for (int row = 0; row < rows; row++) {
            sheet.label(FormSheet.LEFT, first + row * pitch, NUMBER_WIDTH, pitch, String.valueOf(row + 1), 9, false);
        }
        List<Map<String, Object>> fields = new ArrayList<>();
        double x = FormSheet.LEFT + NUMBER_WIDTH;
        for (Column c : columns) {
            double w = c.minWidth() + 2 + slack;
            sheet.label(x, head, w, HEADER_HEIGHT, c.label(), 9.5, false);
            Map<String, Object> field = new LinkedHashMap<>();
            field.put("name", c.name());
            field.put("label", c.label());
            field.put("labelEn", c.labelEn());
            field.put("type", c.type());
            // Each row's cell is ruled 1 mm outside its zone, on the table's grid lines.
            field.put("zone", FormSheet.zone(x + 1, first + 1, w - 2, pitch - 2));
            if (!c.options().isEmpty()) {
                field.put("options", c.options());
            }
            field.put("required", true);
            fields.add(field);
            x += w;
        }
        sheet.box(FormSheet.LEFT, y, FormSheet.WIDTH, height(), true);
        Map<String, Object> table = new LinkedHashMap<>();
        table.put("name", "children");
        table.put("label", heading);
        table.put("labelEn", "Children");
        table.put("rows", rows);
        table.put("rowPitch", pitch);
        table.put("columns", fields);
        return table;
    }
}
