package io.scan2ledger.bots.excel;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Workbook;

import java.util.HashMap;
import java.util.Map;

/**
 * A date written into a cell whose style has no date format would show as a serial number (a
 * column declared DATE in the bot's settings, on a ledger whose cells are General): such a cell
 * gets its own style with {@code yyyy/mm/dd} added, made once per workbook style so that the
 * workbook does not fill up with copies.
 */
final class DateStyles {

    static final String FORMAT = "yyyy/mm/dd";

    private final Workbook workbook;
    private final Map<Integer, CellStyle> dated = new HashMap<>();

    DateStyles(Workbook workbook) {
        this.workbook = workbook;
    }

    /** Gives the cell, which holds a date, a date format if its style has none. */
    void fit(Cell cell) {
        if (DateUtil.isCellDateFormatted(cell)) {
            return;
        }
        CellStyle style = cell.getCellStyle();
        cell.setCellStyle(dated.computeIfAbsent((int) style.getIndex(), i -> {
            CellStyle copy = workbook.createCellStyle();
            copy.cloneStyleFrom(style);
            copy.setDataFormat(workbook.createDataFormat().getFormat(FORMAT));
            return copy;
        }));
    }
}
