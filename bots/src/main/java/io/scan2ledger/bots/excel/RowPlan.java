package io.scan2ledger.bots.excel;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

import java.util.ArrayList;
import java.util.List;

/** A record's values placed in the ledger's columns, converted to what each column holds. */
final class RowPlan {

    /** {@code title} names the column in reasons. */
    private record Placed(int column, String title, CellInput input) {
    }

    private final List<Placed> cells = new ArrayList<>();

    /** False when the column is already taken by another value of the record. */
    boolean place(int column, String title, CellInput input) {
        if (cells.stream().anyMatch(p -> p.column() == column)) {
            return false;
        }
        cells.add(new Placed(column, title, input));
        return true;
    }

    boolean fills(int column) {
        return cells.stream().anyMatch(p -> p.column() == column);
    }

    int size() {
        return cells.size();
    }

    /** Whether the row already holds every value. */
    boolean isIn(Row row) {
        return differences(row).isEmpty();
    }

    /** The titles of the columns whose cell in {@code row} does not hold the planned value (as converted). */
    List<String> differences(Row row) {
        return cells.stream().filter(p -> row == null || !p.input().isIn(row.getCell(p.column())))
                .map(Placed::title).toList();
    }

    /**
     * Writes the values. A cell the row lacks takes the style of the same column in
     * {@code styleSource} (the last data row), else the column's own style, so that a date still
     * shows as a date; a date whose cell has no date format gets one from {@code dates}.
     */
    void writeTo(Row row, Row styleSource, LedgerSheet sheet, DateStyles dates) {
        for (Placed p : cells) {
            Cell cell = row.getCell(p.column());
            if (cell == null) {
                cell = row.createCell(p.column());
                Cell model = styleSource == null ? null : styleSource.getCell(p.column());
                CellStyle style = model != null ? model.getCellStyle() : sheet.columnStyle(p.column());
                if (style != null) {
                    cell.setCellStyle(style);
                }
            }
            p.input().writeTo(cell);
            if (p.input() instanceof CellInput.Date) {
                dates.fit(cell);
            }
        }
    }
}
