package io.scan2ledger.bots.excel;

/**
 * How ranges follow the ledger when a row is added below its last data row: a range written
 * outside the data rows that spans the whole data block (from the first data row or above, down
 * to exactly the last data row: a total, a dropdown, a print area) is stretched to take in the
 * new row. Ranges that stop elsewhere (F5:F100 already covers it, F:F needs nothing) are left
 * as they are. All rows are 0-based.
 *
 * @param firstDataRow the row below the header
 * @param oldLastRow   the last data row before the append
 * @param newRow       the appended row ({@code oldLastRow + 1})
 */
record Growth(int firstDataRow, int oldLastRow, int newRow) {

    /** The range's new last row. */
    int lastRow(int firstRow, int lastRow) {
        boolean spansData = oldLastRow >= firstDataRow && firstRow >= 0 && firstRow <= firstDataRow;
        return spansData && lastRow == oldLastRow ? newRow : lastRow;
    }

    /** Whether a formula at {@code row} of the ledger sheet is one of the data rows' own. */
    boolean isDataRow(int row) {
        return row >= firstDataRow && row <= newRow;
    }
}
