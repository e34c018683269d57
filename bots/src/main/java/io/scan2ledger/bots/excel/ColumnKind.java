package io.scan2ledger.bots.excel;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * What a ledger column holds, so that new values match it: real dates, numbers, or text (codes
 * with leading zeros such as 口座番号 or 郵便番号 stay text). A column's kind is what the ledger
 * declares first (a column setting, or the number format of the cells new rows are written to),
 * and only then what its existing values are.
 */
public enum ColumnKind {
    TEXT, NUMBER, DATE;

    /** The kind of a non-blank cell's value, or null for a blank one. */
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

    /**
     * What a cell style's number format declares: a date format dates, {@code @} text, any other
     * format numbers; null for General (or no style), which declares nothing.
     */
    static ColumnKind declaredBy(CellStyle style) {
        String format = style == null ? null : style.getDataFormatString();
        if (format == null || format.equalsIgnoreCase("General")) {
            return null;
        }
        if (DateUtil.isADateFormat(style.getDataFormat(), format)) {
            return DATE;
        }
        return format.equals("@") ? TEXT : NUMBER;
    }
}
