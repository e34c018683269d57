package io.scan2ledger.bots.excel;

import io.scan2ledger.ledger.LedgerUnavailable;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 台帳番号: what the run report and the keying record call a row. From the ledger number
 * column when there is one (a value the record brings, a number made here, or the column's own
 * formula), else {@code <sheet>-<row number>}, which is only stable while nobody sorts the sheet.
 */
final class LedgerNumbers {

    private final LedgerSheet sheet;
    private final ExcelLedgerSettings.LedgerNumbering numbering;
    private final int column;
    private final Pattern numbered;
    private long lastSequence;

    LedgerNumbers(LedgerSheet sheet, ExcelLedgerSettings.LedgerNumbering numbering) throws LedgerUnavailable {
        this.sheet = sheet;
        this.numbering = numbering;
        this.column = numbering == null ? -1 : sheet.columns().require(numbering.column());
        this.numbered = numbering == null || numbering.prefix() == null ? null
                : Pattern.compile(Pattern.quote(numbering.prefix()) + "(\\d{1,18})");
        if (numbered != null) {
            for (int row : sheet.keyedRows()) {
                Matcher m = numbered.matcher(LedgerSheet.text(sheet.row(row).getCell(column)));
                if (m.matches()) {
                    lastSequence = Math.max(lastSequence, Long.parseLong(m.group(1)));
                }
            }
        }
    }

    int column() {
        return column;
    }

    /** Whether this bot fills the column for new rows (it does not when a formula does). */
    boolean fillsColumn() {
        return column >= 0 && !sheet.isFormulaColumn(column);
    }

    /** The number for a new row at {@code row}; {@link #taken} once the row is written. */
    String proposed(int row) {
        if (numbered == null) {
            return fallback(row);
        }
        String sequence = Long.toString(lastSequence + 1);
        int pad = Math.max(0, numbering.digits() - sequence.length());
        return numbering.prefix() + "0".repeat(pad) + sequence;
    }

    void taken(String number) {
        Matcher m = numbered == null ? null : numbered.matcher(number);
        if (m != null && m.matches()) {
            lastSequence = Math.max(lastSequence, Long.parseLong(m.group(1)));
        }
    }

    /** What the row is called. */
    String refOf(int row) {
        Cell cell = column < 0 ? null : sheet.row(row).getCell(column);
        if (cell != null && cell.getCellType() == CellType.FORMULA) {
            sheet.workbook().getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(cell);
        }
        String number = LedgerSheet.text(cell);
        return number.isEmpty() ? fallback(row) : number;
    }

    private String fallback(int row) {
        return sheet.name() + "-" + (row + 1);
    }
}
