package io.scan2ledger.bots.excel;

import org.apache.poi.ss.formula.FormulaType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTDataValidation;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTDataValidations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything in the workbook that refers to the ledger's rows by range: totals and other formulas
 * (on any sheet), defined names (print area too), dropdowns (data validation) and conditional
 * formats. After a row is added they are made to cover it, by the rule in {@link Growth}.
 */
final class LedgerRanges {

    private static final Logger log = LoggerFactory.getLogger(LedgerRanges.class);

    private final XSSFWorkbook workbook;
    private final XSSFSheet ledger;
    private final Formulas formulas;
    /** Formula cells that read ranges of the ledger sheet; found once, as a pass over every cell per row is slow. */
    private final List<Cell> readers = new ArrayList<>();

    LedgerRanges(XSSFWorkbook workbook, XSSFSheet ledger, Formulas formulas) {
        this.workbook = workbook;
        this.ledger = ledger;
        this.formulas = formulas;
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA && readsLedger(cell)) {
                        readers.add(cell);
                    }
                }
            }
        }
    }

    /**
     * Formula cells on the ledger sheet that total the rows above them from the first data row
     * down. A formula filled down from the row above (a data row's own running total) is not one.
     */
    List<Cell> totalsOn(int firstDataRow) {
        return readers.stream()
                .filter(cell -> cell.getSheet() == ledger)
                .filter(cell -> formulas.areasOn(cell, ledger.getSheetName()).stream().anyMatch(area ->
                        area.getFirstRow() <= firstDataRow && area.getLastRow() >= firstDataRow
                                && area.getLastRow() < cell.getRowIndex()))
                .filter(cell -> !isFilledDown(cell))
                .toList();
    }

    /** Whether the same formula (moved by a row) stands in the row above or below: a column filled down. */
    private boolean isFilledDown(Cell cell) {
        try {
            String own = formulas.normalized(cell);
            for (int neighbour : new int[] {cell.getRowIndex() - 1, cell.getRowIndex() + 1}) {
                Row row = neighbour < 0 ? null : ledger.getRow(neighbour);
                Cell other = row == null ? null : row.getCell(cell.getColumnIndex());
                if (other != null && other.getCellType() == CellType.FORMULA
                        && formulas.copiedTo(other, cell.getRowIndex()).equals(own)) {
                    return true;
                }
            }
            return false;
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    /**
     * Stretches the ranges after a row was added.
     *
     * @param rowsShifted whether the rows from {@code growth.newRow()} down were moved one row down
     *                    first (POI moves formulas and conditional formats with them, not dropdowns)
     */
    void grow(Growth growth, boolean rowsShifted) {
        int sheetIndex = workbook.getSheetIndex(ledger);
        for (Cell cell : readers) {
            if (cell.getSheet() == ledger && growth.isDataRow(cell.getRowIndex())) {
                continue; // a row's own formula (a running balance) must not take in the rows below it
            }
            formulas.grown(cell.getCellFormula(), FormulaType.CELL, workbook.getSheetIndex(cell.getSheet()),
                    cell.getRowIndex(), ledger.getSheetName(), growth).ifPresent(cell::setCellFormula);
        }
        for (XSSFName name : workbook.getAllNames()) {
            if (name.getRefersToFormula() != null && !name.isFunctionName()) {
                growName(name, growth);
            }
        }
        growValidations(growth, rowsShifted);
        growConditionalFormats(growth);
        log.debug("ledger.excel.ranges-grown sheet={} row={} readers={}", sheetIndex, growth.newRow() + 1, readers.size());
    }

    private boolean readsLedger(Cell cell) {
        try {
            return !formulas.areasOn(cell, ledger.getSheetName()).isEmpty();
        } catch (RuntimeException unreadable) {
            // e.g. a function POI does not know; such a formula is left as it is, which the log says
            log.warn("ledger.excel.formula-unreadable sheet={} cell={}", cell.getSheet().getSheetName(),
                    cell.getAddress().formatAsString());
            return false;
        }
    }

    private void growName(XSSFName name, Growth growth) {
        try {
            formulas.grown(name.getRefersToFormula(), FormulaType.NAMEDRANGE, name.getSheetIndex(), 0,
                    ledger.getSheetName(), growth).ifPresent(name::setRefersToFormula);
        } catch (RuntimeException unreadable) {
            log.warn("ledger.excel.name-unreadable name={}", name.getNameName());
        }
    }

    /** Dropdowns are edited in the sheet XML: POI's validation API cannot change a validation's cells. */
    private void growValidations(Growth growth, boolean rowsShifted) {
        CTDataValidations validations = ledger.getCTWorksheet().getDataValidations();
        if (validations == null) {
            return;
        }
        for (CTDataValidation validation : validations.getDataValidationArray()) {
            List<String> cells = new ArrayList<>();
            for (Object ref : validation.getSqref()) {
                CellRangeAddress range = CellRangeAddress.valueOf(ref.toString());
                if (rowsShifted) {
                    range = shifted(range, growth.newRow());
                }
                cells.add(grown(range, growth).formatAsString());
            }
            validation.setSqref(cells);
        }
    }

    private void growConditionalFormats(Growth growth) {
        XSSFSheetConditionalFormatting formats = ledger.getSheetConditionalFormatting();
        for (int i = 0; i < formats.getNumConditionalFormattings(); i++) {
            XSSFConditionalFormatting format = formats.getConditionalFormattingAt(i);
            CellRangeAddress[] ranges = format.getFormattingRanges();
            CellRangeAddress[] grown = new CellRangeAddress[ranges.length];
            boolean changed = false;
            for (int r = 0; r < ranges.length; r++) {
                grown[r] = grown(ranges[r], growth);
                changed |= grown[r].getLastRow() != ranges[r].getLastRow();
            }
            if (changed) {
                format.setFormattingRanges(grown);
            }
        }
    }

    /** As Excel does on inserting a row: ranges below move down, ranges across the row grow by one. */
    private static CellRangeAddress shifted(CellRangeAddress range, int insertedRow) {
        if (range.getFirstRow() < 0 || range.getLastRow() < insertedRow) {
            return range;
        }
        int first = range.getFirstRow() >= insertedRow ? range.getFirstRow() + 1 : range.getFirstRow();
        return new CellRangeAddress(first, range.getLastRow() + 1, range.getFirstColumn(), range.getLastColumn());
    }

    private static CellRangeAddress grown(CellRangeAddress range, Growth growth) {
        int last = growth.lastRow(range.getFirstRow(), range.getLastRow());
        return last == range.getLastRow() ? range
                : new CellRangeAddress(range.getFirstRow(), last, range.getFirstColumn(), range.getLastColumn());
    }
}
