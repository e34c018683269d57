package io.scan2ledger.bots.excel;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCellFormula;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellFormulaType;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A 台帳 as a ward keeps it: two title rows, a styled header in row 4, five data rows (5-9) with
 * a date, a yen amount and a per-row formula, a dropdown, a summary sheet (whole-column totals and
 * a range ending at the last data row), an unrelated memo sheet, column widths and a frozen pane;
 * and, by {@link Variant}, a totals row below the data.
 */
final class LedgerWorkbookFixture {

    static final String SHEET = "受付台帳";
    static final String SUMMARY = "集計";
    static final String MEMO = "メモ";
    static final int HEADER_ROW_NUMBER = 4;
    static final String[] TITLES = {"台帳番号", "受付番号", "受付日", "氏名", "単価", "数量", "金額", "区分"};
    static final String[] KINDS = {"新規", "変更", "廃止"};

    private LedgerWorkbookFixture() {
    }

    enum Variant {
        /** Totals in row 10, right below the data: =SUM(G5:G9). */
        TOTALS_BELOW,
        /** No totals row on the ledger sheet; only the summary sheet totals it. */
        NO_TOTALS_ROW,
        /**
         * As Excel saves a filled-down column: G5:G11 is one shared formula; rows 10-11 are
         * prepared (styled, formula only, no values) and the totals row 12 sums down to row 11.
         */
        SHARED_FORMULAS_AND_PREPARED_ROWS
    }

    static Path write(Path dir, Variant variant) throws IOException {
        Path file = dir.resolve(SHEET + ".xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            build(wb, variant);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            if (variant == Variant.SHARED_FORMULAS_AND_PREPARED_ROWS) {
                shareColumnG(wb.getSheet(SHEET), 4, 10);
            }
            wb.write(out);
        }
        return file;
    }

    /** Rewrites G(first+1):G(last+1) as one shared formula, the way Excel stores a filled-down column. */
    private static void shareColumnG(XSSFSheet sheet, int first, int last) {
        for (int r = first; r <= last; r++) {
            CTCellFormula f = sheet.getRow(r).getCell(6).getCTCell().getF();
            f.setT(STCellFormulaType.SHARED);
            f.setSi(0);
            if (r == first) {
                f.setRef("G" + (first + 1) + ":G" + (last + 1));
            } else {
                f.setStringValue("");
            }
        }
    }

    private static void build(XSSFWorkbook wb, Variant variant) {
        XSSFSheet sheet = wb.createSheet(SHEET);
        XSSFFont titleFont = wb.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 16);
        XSSFCellStyle titleStyle = wb.createCellStyle();
        titleStyle.setFont(titleFont);
        Row title = sheet.createRow(0);
        title.createCell(0).setCellValue("児童手当 受付台帳");
        title.getCell(0).setCellStyle(titleStyle);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 7));
        sheet.createRow(1).createCell(0).setCellValue("令和7年度　中央区役所 子育て支援課");

        XSSFFont bold = wb.createFont();
        bold.setBold(true);
        XSSFCellStyle headerStyle = bordered(wb);
        headerStyle.setFont(bold);
        headerStyle.setFillForegroundColor(IndexedColors.LIGHT_CORNFLOWER_BLUE.getIndex());
        headerStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        Row header = sheet.createRow(HEADER_ROW_NUMBER - 1);
        for (int c = 0; c < TITLES.length; c++) {
            header.createCell(c).setCellValue(TITLES[c]);
            header.getCell(c).setCellStyle(headerStyle);
        }

        XSSFFont dataFont = wb.createFont();
        dataFont.setFontName("ＭＳ ゴシック");
        dataFont.setColor(IndexedColors.DARK_BLUE.getIndex());
        CellStyle text = bordered(wb);
        text.setFont(dataFont);
        CellStyle date = bordered(wb);
        date.setDataFormat(wb.createDataFormat().getFormat("yyyy/mm/dd"));
        CellStyle yen = bordered(wb);
        yen.setDataFormat(wb.createDataFormat().getFormat("\"¥\"#,##0"));
        yen.setFillForegroundColor(IndexedColors.LEMON_CHIFFON.getIndex());
        yen.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        CellStyle count = bordered(wb);
        count.setDataFormat(wb.createDataFormat().getFormat("0"));
        CellStyle[] styles = {text, text, date, text, yen, count, yen, text};

        String[] names = {"山田 太郎", "鈴木 花子", "佐藤 次郎", "高橋 美咲", "田中 一郎"};
        for (int i = 0; i < 5; i++) {
            int r = HEADER_ROW_NUMBER + i;
            Row row = sheet.createRow(r);
            row.setHeightInPoints(21.75f);
            row.createCell(0).setCellValue(String.format("R7-%04d", i + 1));
            row.createCell(1).setCellValue("U-" + (1001 + i));
            row.createCell(2).setCellValue(LocalDate.of(2025, 4, 1 + i));
            row.createCell(3).setCellValue(names[i]);
            row.createCell(4).setCellValue(1000 * (i + 1));
            row.createCell(5).setCellValue(i + 1);
            row.createCell(6).setCellFormula("E" + (r + 1) + "*F" + (r + 1));
            row.createCell(7).setCellValue(KINDS[i % 3]);
            for (int c = 0; c < styles.length; c++) {
                row.getCell(c).setCellStyle(styles[c]);
            }
        }
        int totalsRow = 9;
        if (variant == Variant.SHARED_FORMULAS_AND_PREPARED_ROWS) {
            for (int r = 9; r <= 10; r++) {
                Row prepared = sheet.createRow(r);
                prepared.setHeightInPoints(21.75f);
                for (int c = 0; c < styles.length; c++) {
                    prepared.createCell(c).setCellStyle(styles[c]);
                }
                prepared.getCell(6).setCellFormula("E" + (r + 1) + "*F" + (r + 1));
            }
            totalsRow = 11;
        }
        if (variant != Variant.NO_TOTALS_ROW) {
            Row totals = sheet.createRow(totalsRow);
            totals.createCell(3).setCellValue("合計");
            totals.createCell(5).setCellFormula("SUM(F5:F" + totalsRow + ")");
            totals.createCell(6).setCellFormula("SUM(G5:G" + totalsRow + ")");
            totals.getCell(6).setCellStyle(yen);
        }

        DataValidationHelper dv = sheet.getDataValidationHelper();
        sheet.addValidationData(dv.createValidation(dv.createExplicitListConstraint(KINDS), new CellRangeAddressList(4, 8, 7, 7)));
        int[] widths = {12, 10, 12, 16, 10, 6, 12, 8};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.createFreezePane(0, HEADER_ROW_NUMBER);

        XSSFSheet summary = wb.createSheet(SUMMARY);
        String[][] lines = {
                {"件数", "COUNTA(受付台帳!B:B)-1"},
                {"単価合計", "SUM(受付台帳!E:E)"},
                {"金額合計", "SUM(受付台帳!G5:G9)"},
        };
        for (int i = 0; i < lines.length; i++) {
            Row row = summary.createRow(i + 1);
            row.createCell(1).setCellValue(lines[i][0]);
            row.createCell(2).setCellFormula(lines[i][1]);
        }

        XSSFSheet memo = wb.createSheet(MEMO);
        memo.createRow(0).createCell(0).setCellValue("引継ぎメモ: 3月分は別綴り");
        memo.createRow(2).createCell(1).setCellValue(12345.5);
        memo.setColumnWidth(0, 40 * 256);
    }

    private static XSSFCellStyle bordered(XSSFWorkbook wb) {
        XSSFCellStyle style = wb.createCellStyle();
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.HAIR);
        return style;
    }

    /** A cell's content as text, for comparing a sheet before and after. */
    static String describe(Cell cell) {
        return cell.getAddress() + "=" + cell.getCellType() + ":" + cell + "@" + cell.getCellStyle().getIndex();
    }
}
