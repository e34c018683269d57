package io.scan2ledger.bots.excel;

import io.scan2ledger.ledger.LedgerUnavailable;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The ledger sheet as rows: a header, data rows (one per key) and, possibly, totals rows below
 * them. New rows go right below the last data row; when a totals row (or anything else) stands
 * there, the rows below are moved down first, as when a clerk inserts a row. All rows are 0-based.
 */
final class LedgerSheet {

    private final XSSFWorkbook workbook;
    private final XSSFSheet sheet;
    private final Formulas formulas;
    private final LedgerRanges ranges;
    private final int headerRow;
    private final LedgerColumns columns;
    private final int keyColumn;
    private final Set<Integer> totalsRows = new TreeSet<>();
    private final Map<String, Integer> rowByKey = new HashMap<>();
    private final Set<String> repeatedKeys = new HashSet<>();
    private final Map<Integer, ColumnKind> kinds = new HashMap<>();
    private final Map<Integer, ColumnKind> declared;
    private int lastDataRow;

    private LedgerSheet(XSSFWorkbook workbook, XSSFSheet sheet, int headerRow, LedgerColumns columns, int keyColumn,
                        Map<Integer, ColumnKind> declared) {
        this.declared = declared;
        this.workbook = workbook;
        this.sheet = sheet;
        this.headerRow = headerRow;
        this.columns = columns;
        this.keyColumn = keyColumn;
        this.formulas = new Formulas(workbook);
        this.ranges = new LedgerRanges(workbook, sheet, formulas);
        ranges.totalsOn(firstDataRow()).forEach(cell -> totalsRows.add(cell.getRowIndex()));
        int firstTotals = totalsRows.isEmpty() ? Integer.MAX_VALUE : totalsRows.iterator().next();
        lastDataRow = headerRow;
        for (int r = firstDataRow(); r <= sheet.getLastRowNum(); r++) {
            String key = keyOf(r);
            if (key.isEmpty() || totalsRows.contains(r)) {
                continue;
            }
            if (rowByKey.putIfAbsent(key, r) != null) {
                repeatedKeys.add(key);
            }
            if (r < firstTotals) {
                lastDataRow = r;
            }
        }
    }

    /**
     * Reads the sheet's layout; refuses a sheet this bot cannot add rows to safely.
     *
     * @param columnKinds column title to the kind the bot's configuration declares for it
     */
    static LedgerSheet open(XSSFWorkbook workbook, String sheetName, int headerRow, String keyTitle,
                            Map<String, ColumnKind> columnKinds, Duration retryAfter) throws LedgerUnavailable {
        XSSFSheet sheet = workbook.getSheet(sheetName);
        Row header = sheet == null ? null : sheet.getRow(headerRow);
        if (header == null) {
            throw new LedgerUnavailable("the workbook has no sheet " + sheetName + " with a header row "
                    + (headerRow + 1), retryAfter);
        }
        if (!sheet.getTables().isEmpty()) {
            // A table's own range and structured references would have to grow too; not supported yet.
            throw new LedgerUnavailable("sheet " + sheetName + " holds an Excel table (テーブル), which this bot does not extend",
                    retryAfter);
        }
        LedgerColumns columns = new LedgerColumns(header, retryAfter);
        Map<Integer, ColumnKind> declared = new HashMap<>();
        for (Map.Entry<String, ColumnKind> kind : columnKinds.entrySet()) {
            declared.put(columns.require(kind.getKey()), kind.getValue());
        }
        LedgerSheet ledger = new LedgerSheet(workbook, sheet, headerRow, columns, columns.require(keyTitle), declared);
        ledger.checkTemplateFormulas(retryAfter);
        return ledger;
    }

    String name() {
        return sheet.getSheetName();
    }

    XSSFWorkbook workbook() {
        return workbook;
    }

    LedgerColumns columns() {
        return columns;
    }

    int keyColumn() {
        return keyColumn;
    }

    int firstDataRow() {
        return headerRow + 1;
    }

    /** The row holding {@code key}, or -1. */
    int rowOf(String key) {
        return rowByKey.getOrDefault(key.strip(), -1);
    }

    boolean isRepeated(String key) {
        return repeatedKeys.contains(key.strip());
    }

    /** Rows holding a key, for numbering: a 台帳番号 is never reused. */
    Iterable<Integer> keyedRows() {
        return rowByKey.values();
    }

    Row row(int index) {
        return sheet.getRow(index);
    }

    /** The last data row, whose styles and formulas a new row copies; null in an empty ledger. */
    Row template() {
        return lastDataRow > headerRow ? sheet.getRow(lastDataRow) : null;
    }

    boolean isFormulaColumn(int column) {
        Row template = template();
        Cell cell = template == null ? null : template.getCell(column);
        return cell != null && cell.getCellType() == CellType.FORMULA;
    }

    /**
     * What the column holds: what the ledger declares for it (see {@link #declaredKind}), else the
     * kind of its latest value, else text. A declaration wins over existing values, so a column
     * whose earlier rows were typed wrongly does not keep being written wrongly.
     */
    ColumnKind kindOf(int column) {
        return kinds.computeIfAbsent(column, c -> {
            ColumnKind declared = declaredKind(c);
            if (declared != null) {
                return declared;
            }
            for (int r = lastDataRow; r > headerRow; r--) {
                ColumnKind kind = ColumnKind.of(cellAt(r, c));
                if (kind != null) {
                    return kind;
                }
            }
            return ColumnKind.TEXT;
        });
    }

    /**
     * The kind the ledger declares for the column, or null: the bot's column setting, else the
     * number format of the cell the next row is written to (a prepared row's, or the last data
     * row's that a new row copies), else the column's own style (Excel's column format).
     */
    private ColumnKind declaredKind(int column) {
        if (declared.containsKey(column)) {
            return declared.get(column);
        }
        Cell model = cellAt(preparedRow() ? nextRow() : lastDataRow > headerRow ? lastDataRow : -1, column);
        ColumnKind kind = model == null ? null : ColumnKind.declaredBy(model.getCellStyle());
        return kind != null ? kind : ColumnKind.declaredBy(sheet.getColumnStyle(column));
    }

    /** Whether the row a new record goes to is a prepared one (formatted, no values), filled in place. */
    private boolean preparedRow() {
        Row next = sheet.getRow(nextRow());
        return next != null && !totalsRows.contains(nextRow()) && !holdsValues(next);
    }

    /** The column's style for a cell a new row lacks (Excel's column format), or null. */
    CellStyle columnStyle(int column) {
        return sheet.getColumnStyle(column);
    }

    /**
     * Data rows (numbered as Excel shows them) whose cell in a declared column holds another kind
     * of value than declared, by column index: rows written before the declaration was followed
     * (text dates), or typed by hand. The bot does not retype them; the run report lists them.
     */
    Map<Integer, List<Integer>> untypedRows() {
        Map<Integer, List<Integer>> untyped = new TreeMap<>();
        for (int c = 0; c < sheet.getRow(headerRow).getLastCellNum(); c++) {
            ColumnKind declaredKind = declaredKind(c);
            if (declaredKind == null || isFormulaColumn(c)) {
                continue;
            }
            for (int r : new TreeSet<>(rowByKey.values())) {
                ColumnKind held = ColumnKind.of(cellAt(r, c));
                if (held != null && held != declaredKind) {
                    untyped.computeIfAbsent(c, k -> new ArrayList<>()).add(r + 1);
                }
            }
        }
        return untyped;
    }

    private Cell cellAt(int row, int column) {
        Row r = row < 0 ? null : sheet.getRow(row);
        return r == null ? null : r.getCell(column);
    }

    /** Where {@link #append} puts the next row. */
    int nextRow() {
        return lastDataRow + 1;
    }

    /**
     * Adds an empty row below the last data row, styled and with formulas as the row above, and
     * makes totals, dropdowns and formats cover it. Returns its index; the caller fills it and
     * then calls {@link #keyed}.
     */
    int append() {
        int newRow = nextRow();
        Growth growth = new Growth(firstDataRow(), lastDataRow, newRow);
        Row occupant = sheet.getRow(newRow);
        boolean shift = occupant != null && (totalsRows.contains(newRow) || holdsValues(occupant));
        if (shift) {
            sheet.shiftRows(newRow, sheet.getLastRowNum(), 1);
            moveDown(newRow);
        }
        XSSFRow row = sheet.getRow(newRow) == null ? sheet.createRow(newRow) : sheet.getRow(newRow);
        Row template = template();
        if (template != null) {
            copyLayout((XSSFRow) template, row);
        }
        ranges.grow(growth, shift);
        lastDataRow = newRow;
        return newRow;
    }

    void keyed(String key, int row) {
        rowByKey.put(key.strip(), row);
    }

    /** A cell's value as text, the same whether the cell holds 123 as a number or as text. */
    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue().strip();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }

    private String keyOf(int row) {
        Row r = sheet.getRow(row);
        return r == null ? "" : text(r.getCell(keyColumn));
    }

    /** Fails at open, not in the middle of a run, when POI cannot copy a formula of the last data row. */
    private void checkTemplateFormulas(Duration retryAfter) throws LedgerUnavailable {
        Row template = template();
        if (template == null) {
            return;
        }
        for (Cell cell : template) {
            if (cell.getCellType() == CellType.FORMULA) {
                try {
                    formulas.copiedTo(cell, template.getRowNum() + 1);
                } catch (RuntimeException e) {
                    throw new LedgerUnavailable("the formula in " + cell.getAddress().formatAsString()
                            + " cannot be copied to a new row", retryAfter, e);
                }
            }
        }
    }

    /** Whether a row holds anything but formulas and formatting (a label, a value). */
    private static boolean holdsValues(Row row) {
        for (Cell cell : row) {
            if (cell.getCellType() != CellType.FORMULA && cell.getCellType() != CellType.BLANK) {
                return true;
            }
        }
        return false;
    }

    private void moveDown(int fromRow) {
        rowByKey.replaceAll((key, row) -> row >= fromRow ? row + 1 : row);
        List<Integer> moved = totalsRows.stream().map(row -> row >= fromRow ? row + 1 : row).toList();
        totalsRows.clear();
        totalsRows.addAll(moved);
    }

    /** Styles, row height, merged cells and (shifted) formulas of {@code template}; no values. */
    private void copyLayout(XSSFRow template, XSSFRow row) {
        if (template.isFormatted()) {
            row.setRowStyle(template.getRowStyle());
        }
        if (template.getCTRow().isSetHt()) {
            row.setHeight(template.getHeight());
        }
        for (Cell from : template) {
            Cell to = row.getCell(from.getColumnIndex(), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
            to.setCellStyle(from.getCellStyle());
            if (from.getCellType() == CellType.FORMULA) {
                to.setCellFormula(formulas.copiedTo(from, row.getRowNum()));
            } else {
                to.setBlank();
            }
        }
        for (CellRangeAddress merged : List.copyOf(sheet.getMergedRegions())) {
            CellRangeAddress copy = new CellRangeAddress(row.getRowNum(), row.getRowNum(),
                    merged.getFirstColumn(), merged.getLastColumn());
            boolean free = sheet.getMergedRegions().stream().noneMatch(copy::intersects);
            if (merged.getFirstRow() == template.getRowNum() && merged.getLastRow() == template.getRowNum() && free) {
                sheet.addMergedRegionUnsafe(copy);
            }
        }
    }
}
