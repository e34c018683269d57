package io.scan2ledger.app;

import io.scan2ledger.support.FileMode;
import io.scan2ledger.support.Home;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The demo's Excel 台帳: created in the data directory the first time the demo runs, laid out like
 * a ward's own (title rows, a styled header, prepared rows with borders, a dropdown column and a
 * count formula), so the Excel bot has a realistic workbook to append to. Never in production,
 * where the bot works on the office's real 台帳.
 */
@Component
@Profile("demo")
public class DemoLedgers {

    static final String[] COLUMNS = {"受付番号", "台帳番号", "申込日", "保護者氏名", "保護者フリガナ", "電話番号", "児童氏名",
            "児童生年月日", "第1希望", "第2希望", "第3希望", "入所判定"};

    public DemoLedgers(Home home) {
        Path workbook = home.resolve("ledgers/hoiku-daicho.xlsx");
        if (!Files.exists(workbook)) {
            create(workbook);
        }
    }

    static void create(Path file) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("申込台帳");
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle title = wb.createCellStyle();
            title.setFont(bold);
            CellStyle header = bordered(wb);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle body = bordered(wb);
            CellStyle date = bordered(wb);
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy/mm/dd"));

            sheet.createRow(0).createCell(0).setCellValue("保育施設等 利用申込 台帳");
            sheet.getRow(0).getCell(0).setCellStyle(title);
            sheet.createRow(1).createCell(0).setCellValue("緑ヶ丘区 子ども家庭部 保育課（デモ用）");
            Row head = sheet.createRow(2);
            for (int c = 0; c < COLUMNS.length; c++) {
                head.createCell(c).setCellValue(COLUMNS[c]);
                head.getCell(c).setCellStyle(header);
                sheet.setColumnWidth(c, (c == 3 || c == 4 || c >= 8 ? 22 : 14) * 256);
            }
            // Prepared rows: borders and formats in place, values to be filled in.
            for (int r = 3; r < 23; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < COLUMNS.length; c++) {
                    row.createCell(c).setCellStyle(c == 2 || c == 7 ? date : body);
                }
            }
            Row total = sheet.createRow(24);
            total.createCell(0).setCellValue("件数");
            total.createCell(1).setCellFormula("COUNTA(A4:A23)");
            DataValidationHelper dv = sheet.getDataValidationHelper();
            DataValidation decision = dv.createValidation(dv.createExplicitListConstraint(new String[]{"未判定", "内定",
                    "保留"}), new CellRangeAddressList(3, 22, 11, 11));
            sheet.addValidationData(decision);
            sheet.createFreezePane(1, 3);
            wb.createSheet("施設一覧").createRow(0).createCell(0).setCellValue("施設名は区の施設一覧のとおり");
            // Residents' data will be keyed into it: owner-only, as the bots write it.
            FileMode.OWNER_ONLY.createDirectories(file.getParent());
            try (OutputStream out = FileMode.OWNER_ONLY.newOutputStream(file)) {
                wb.write(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the demo ledger " + file, e);
        }
    }

    private static CellStyle bordered(XSSFWorkbook wb) {
        CellStyle s = wb.createCellStyle();
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }
}
