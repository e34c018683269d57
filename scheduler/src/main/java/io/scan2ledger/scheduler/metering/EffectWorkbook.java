package io.scan2ledger.scheduler.metering;

import io.scan2ledger.metering.EffectReport;
import io.scan2ledger.metering.EffectWorkbooks;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The effect report as a workbook, the way a ward's DX report tabulates it: per form, documents
 * automated and hours saved per quarter with the year's totals. Totals are real formulas (evaluated
 * and cached), so the sheet can be extended by hand and still add up.
 */
public class EffectWorkbook implements EffectWorkbooks {

    private static final String[] QUARTERS = {"第1四半期 Q1 (4-6月)", "第2四半期 Q2 (7-9月)", "第3四半期 Q3 (10-12月)",
            "第4四半期 Q4 (1-3月)"};

    @Override
    public byte[] xlsx(EffectReport report) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle hours = wb.createCellStyle();
            hours.setDataFormat(wb.createDataFormat().getFormat("0.0"));

            Sheet sheet = wb.createSheet("効果 Effect");
            text(sheet.createRow(0), 0, "業務効率化の効果（積算） / Effect of automation " + report.year().label(), bold);
            Row head = sheet.createRow(2);
            String[] titles = {"様式 / form", "手入力 分/件 / min per doc", QUARTERS[0], QUARTERS[1], QUARTERS[2],
                    QUARTERS[3], "年間 件数 / documents", "削減時間 / hours saved"};
            for (int c = 0; c < titles.length; c++) {
                text(head, c, titles[c], bold);
            }
            int r = 3;
            for (EffectReport.FormEffect f : report.forms()) {
                Row row = sheet.createRow(r);
                text(row, 0, f.title() + " (" + f.formId() + ")", null);
                row.createCell(1).setCellValue(f.minutesPerDocument());
                for (int q = 0; q < 4; q++) {
                    row.createCell(2 + q).setCellValue(f.documents()[q]);
                }
                int excelRow = r + 1;
                row.createCell(6).setCellFormula("SUM(C" + excelRow + ":F" + excelRow + ")");
                var h = row.createCell(7);
                h.setCellFormula("G" + excelRow + "*B" + excelRow + "/60");
                h.setCellStyle(hours);
                r++;
            }
            Row total = sheet.createRow(r);
            text(total, 0, "合計 / total", bold);
            for (int c = 2; c <= 7; c++) {
                String col = CellReference.convertNumToColString(c);
                var cell = total.createCell(c);
                cell.setCellFormula("SUM(" + col + "4:" + col + r + ")");
                if (c == 7) {
                    cell.setCellStyle(hours);
                }
            }
            r += 2;
            Row pages = sheet.createRow(r++);
            text(pages, 0, "デジタル化した頁数 / pages digitised", bold);
            for (int q = 0; q < 4; q++) {
                pages.createCell(2 + q).setCellValue(report.pages()[q]);
            }
            pages.createCell(6).setCellFormula("SUM(C" + r + ":F" + r + ")");
            Row bots = sheet.createRow(r++);
            text(bots, 0, "自動化した業務数（稼働中のボット） / tasks automated (bots in use)", bold);
            bots.createCell(6).setCellValue(report.botsInUse());
            Row used = sheet.createRow(r);
            text(used, 0, "年度内に入力したボット / bots that keyed this year", null);
            text(used, 6, String.join(", ", report.botsUsed()), null);

            sheet.setColumnWidth(0, 46 * 256);
            for (int c = 1; c <= 7; c++) {
                sheet.setColumnWidth(c, 18 * 256);
            }
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.setForceFormulaRecalculation(true);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}
