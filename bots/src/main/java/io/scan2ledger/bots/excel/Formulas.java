package io.scan2ledger.bots.excel;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.formula.FormulaParser;
import org.apache.poi.ss.formula.FormulaRenderer;
import org.apache.poi.ss.formula.FormulaShifter;
import org.apache.poi.ss.formula.FormulaType;
import org.apache.poi.ss.formula.ptg.Area2DPtgBase;
import org.apache.poi.ss.formula.ptg.Area3DPxg;
import org.apache.poi.ss.formula.ptg.AreaPtgBase;
import org.apache.poi.ss.formula.ptg.Ptg;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFEvaluationWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads and rewrites formulas through POI's parser, so that references are moved as Excel would
 * move them (relative ones shift, $-anchored ones stay) instead of by text substitution.
 */
final class Formulas {

    private final XSSFWorkbook workbook;
    private final XSSFEvaluationWorkbook parsing;

    Formulas(XSSFWorkbook workbook) {
        this.workbook = workbook;
        this.parsing = XSSFEvaluationWorkbook.create(workbook);
    }

    /** The formula of {@code cell} as it reads when copied down to {@code toRow} (=D5*E5 becomes =D6*E6). */
    String copiedTo(Cell cell, int toRow) {
        int sheetIndex = workbook.getSheetIndex(cell.getSheet());
        int fromRow = cell.getRowIndex();
        Ptg[] ptgs = parse(cell.getCellFormula(), FormulaType.CELL, sheetIndex, fromRow);
        FormulaShifter.createForRowCopy(sheetIndex, cell.getSheet().getSheetName(), fromRow, fromRow,
                toRow - fromRow, SpreadsheetVersion.EXCEL2007).adjustFormula(ptgs, sheetIndex);
        return FormulaRenderer.toFormulaString(parsing, ptgs);
    }

    /** The cell's formula as POI writes it, for comparing formulas regardless of spacing or case. */
    String normalized(Cell cell) {
        int sheetIndex = workbook.getSheetIndex(cell.getSheet());
        return FormulaRenderer.toFormulaString(parsing, parse(cell.getCellFormula(), FormulaType.CELL, sheetIndex, cell.getRowIndex()));
    }

    /**
     * The formula with its ranges on {@code ledgerSheet} stretched by {@code growth}, or empty when
     * none changed (the formula is then left exactly as the clerk wrote it).
     *
     * @param hostSheet the sheet index the formula lives on, -1 for a workbook-wide name
     */
    Optional<String> grown(String formula, FormulaType type, int hostSheet, int hostRow, String ledgerSheet, Growth growth) {
        Ptg[] ptgs = parse(formula, type, hostSheet, hostRow);
        boolean changed = false;
        for (AreaPtgBase area : areasOn(ptgs, hostSheet, ledgerSheet)) {
            int last = growth.lastRow(area.getFirstRow(), area.getLastRow());
            if (last != area.getLastRow()) {
                area.setLastRow(last);
                changed = true;
            }
        }
        return changed ? Optional.of(FormulaRenderer.toFormulaString(parsing, ptgs)) : Optional.empty();
    }

    /** The ranges on {@code sheetName} that the cell's formula reads. */
    List<AreaPtgBase> areasOn(Cell cell, String sheetName) {
        int sheetIndex = workbook.getSheetIndex(cell.getSheet());
        return areasOn(parse(cell.getCellFormula(), FormulaType.CELL, sheetIndex, cell.getRowIndex()), sheetIndex, sheetName);
    }

    private List<AreaPtgBase> areasOn(Ptg[] ptgs, int hostSheet, String sheetName) {
        boolean hostIsTarget = hostSheet >= 0 && workbook.getSheetName(hostSheet).equals(sheetName);
        List<AreaPtgBase> areas = new ArrayList<>();
        for (Ptg ptg : ptgs) {
            if (ptg instanceof Area3DPxg area3d) {
                if (sheetName.equals(area3d.getSheetName()) && area3d.getLastSheetName() == null) {
                    areas.add(area3d);
                }
            } else if (ptg instanceof Area2DPtgBase area && hostIsTarget) {
                areas.add(area);
            }
        }
        return areas;
    }

    private Ptg[] parse(String formula, FormulaType type, int sheetIndex, int row) {
        return FormulaParser.parse(formula, parsing, type, sheetIndex, row);
    }
}
