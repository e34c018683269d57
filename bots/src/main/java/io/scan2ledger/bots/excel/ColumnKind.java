package io.scan2ledger.bots.excel;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;

/** What a ledger column holds, judged from its existing cells, so that new values match them. */
enum ColumnKind {
    TEXT, NUMBER, DATE;

    /** The kind of a non-blank cell, or null for a blank one. */
    static ColumnKind of(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? DATE : NUMBER;
            case STRING -> cell.getStringCellValue().isBlank() ? null : TEXT;
            case BOOLEAN -> TEXT;
            default -> null;
        };
    }

    /** For a column with no value yet: what its cell style's number format says. */
    static ColumnKind of(CellStyle style) {
        if (style == null) {
            return TEXT;
        }
        String format = style.getDataFormatString();
        if (DateUtil.isADateFormat(style.getDataFormat(), format)) {
            return DATE;
        }
        return format == null || format.equals("General") || format.equals("@") ? TEXT : NUMBER;
    }
}
