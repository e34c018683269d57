package io.scan2ledger.bots.excel;

import io.scan2ledger.bots.support.AtomicWriter;
import io.scan2ledger.ledger.KeyingOutcome;
import io.scan2ledger.ledger.LedgerRecord;
import io.scan2ledger.ledger.LedgerSession;
import io.scan2ledger.ledger.RunContext;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Types the ledger expects: dates become date cells, numbers numbers, codes with leading zeros
 * text, as the ledger declares them (a prepared row's or a column's number format, or the bot's
 * column setting) before what existing values are; rows already holding another type are named in
 * the run report, not retyped.
 */
class ExcelColumnKindsTest {

    private static final Instant NOW = Instant.parse("2026-12-07T13:00:00Z");
    private static final String SHEET = "申込台帳";
    private static final String[] TITLES = {"受付番号", "申込日", "児童生年月日", "口座番号", "人数"};

    @TempDir
    Path dir;

    /** A header in row 1 and whatever {@code layout} adds (prepared rows, data rows, column formats). */
    private Path ledger(Consumer<XSSFWorkbook> layout) throws IOException {
        Path file = dir.resolve("daicho.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Row header = wb.createSheet(SHEET).createRow(0);
            for (int c = 0; c < TITLES.length; c++) {
                header.createCell(c).setCellValue(TITLES[c]);
            }
            layout.accept(wb);
            wb.write(out);
        }
        return file;
    }

    private static CellStyle format(XSSFWorkbook wb, String format) {
        CellStyle style = wb.createCellStyle();
        style.setDataFormat(wb.createDataFormat().getFormat(format));
        return style;
    }

    private List<KeyingOutcome> key(Path file, Map<String, ColumnKind> kinds, List<String> notes, LedgerRecord... records) {
        ExcelLedgerSettings settings = new ExcelLedgerSettings("hoiku-excel", file, SHEET, 1, "受付番号", Map.of(),
                null, null, null, 0, null).withColumnKinds(kinds);
        ExcelLedgerBot bot = new ExcelLedgerBot(settings, Clock.fixed(NOW, ZoneId.of("UTC")), new AtomicWriter());
        try (LedgerSession session = bot.open(new RunContext(1, NOW, false, dir.resolve("evidence")))) {
            List<KeyingOutcome> outcomes = java.util.Arrays.stream(records).map(session::key).toList();
            session.commit();
            notes.addAll(session.notes());
            return outcomes;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static LedgerRecord record(String key, String applied, String born, String account, String count) {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        values.put("申込日", applied);
        values.put("児童生年月日", born);
        values.put("口座番号", account);
        values.put("人数", count);
        return new LedgerRecord(key, Math.abs(key.hashCode()), "hoiku-moushikomi", values);
    }

    private static XSSFWorkbook read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static void assertDate(Cell cell, LocalDate expected) {
        assertThat(cell.getCellType()).as(cell.getAddress().formatAsString()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(cell)).as(cell.getAddress().formatAsString()).isTrue();
        assertThat(cell.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(expected);
    }

    @Test
    void anEmptyLedgerFollowsItsColumnFormatsAndTheBotsColumnSettings() throws Exception {
        // Header only: 申込日 declared by Excel's column format, 児童生年月日 by the bot's setting.
        Path file = ledger(wb -> wb.getSheet(SHEET).setDefaultColumnStyle(1, format(wb, "yyyy/mm/dd")));

        List<String> notes = new java.util.ArrayList<>();
        List<KeyingOutcome> outcomes = key(file, Map.of("児童生年月日", ColumnKind.DATE, "人数", ColumnKind.NUMBER), notes,
                record("S2L-1", "2024-07-30", "2021/4/2", "0012345", "2"));

        assertThat(outcomes).allMatch(o -> o instanceof KeyingOutcome.Keyed);
        try (XSSFWorkbook wb = read(file)) {
            Row row = wb.getSheet(SHEET).getRow(1);
            assertDate(row.getCell(1), LocalDate.of(2024, 7, 30));
            assertDate(row.getCell(2), LocalDate.of(2021, 4, 2));
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("0012345");   // a code stays text
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(2.0);
        }
        assertThat(notes).isEmpty();
    }

    @Test
    void anEmptyLedgerWithPreparedRowsTakesTheirDateFormatNotText() throws Exception {
        // The bundled 台帳's layout: prepared rows whose date columns are formatted yyyy/mm/dd, no value yet.
        Path file = ledger(wb -> {
            Sheet sheet = wb.getSheet(SHEET);
            CellStyle date = format(wb, "yyyy/mm/dd");
            CellStyle text = format(wb, "@");
            for (int r = 1; r <= 5; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < TITLES.length; c++) {
                    Cell cell = row.createCell(c);
                    if (c == 1 || c == 2) {
                        cell.setCellStyle(date);
                    } else if (c == 3) {
                        cell.setCellStyle(text);
                    }
                }
            }
        });

        key(file, Map.of(), new java.util.ArrayList<>(), record("S2L-1", "2024-07-30", "2021-04-02", "0012345", "2"),
                record("S2L-2", "2024-07-31", "2020-12-24", "0099999", "1"));

        try (XSSFWorkbook wb = read(file)) {
            Sheet sheet = wb.getSheet(SHEET);
            assertDate(sheet.getRow(1).getCell(1), LocalDate.of(2024, 7, 30));
            assertDate(sheet.getRow(2).getCell(2), LocalDate.of(2020, 12, 24));
            assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo("0099999");
            assertThat(sheet.getRow(3).getCell(0).getCellType()).isEqualTo(CellType.BLANK);   // prepared rows filled in order
        }
    }

    @Test
    void aLedgerHoldingTextDatesGetsRealDatesAndTheReportNamesTheRowsItCouldNotType() throws Exception {
        // Two rows an earlier version wrote: text dates in cells formatted yyyy/mm/dd; and a real date.
        Path file = ledger(wb -> {
            Sheet sheet = wb.getSheet(SHEET);
            CellStyle date = format(wb, "yyyy/mm/dd");
            String[][] rows = {{"S2L-1", "2024-07-30"}, {"S2L-2", "2024-07-31"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                row.createCell(0).setCellValue(rows[r][0]);
                row.createCell(1).setCellValue(rows[r][1]);
                row.getCell(1).setCellStyle(date);
                row.createCell(2).setCellStyle(date);
            }
            Row typed = sheet.createRow(3);
            typed.createCell(0).setCellValue("S2L-3");
            typed.createCell(1).setCellValue(LocalDate.of(2024, 8, 1));
            typed.getCell(1).setCellStyle(date);
            typed.createCell(2).setCellStyle(date);
        });
        byte[] before = Files.readAllBytes(file);

        List<String> notes = new java.util.ArrayList<>();
        key(file, Map.of(), notes, record("S2L-4", "2024-08-02", "2021-04-02", "", ""));

        assertThat(Files.readAllBytes(file)).isNotEqualTo(before);
        try (XSSFWorkbook wb = read(file)) {
            Sheet sheet = wb.getSheet(SHEET);
            assertDate(sheet.getRow(4).getCell(1), LocalDate.of(2024, 8, 2));
            assertDate(sheet.getRow(4).getCell(2), LocalDate.of(2021, 4, 2));
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("2024-07-30");   // left alone
        }
        assertThat(notes).singleElement().satisfies(note -> {
            assertThat(note).contains("申込日").contains("DATE").contains("rows 2, 3 ");
            assertThat(note).doesNotContain("2024");   // row numbers, never values
        });
    }

    @Test
    void aCodeWithLeadingZerosIsNeverWrittenAsANumber() throws Exception {
        Path file = ledger(wb -> { });

        List<KeyingOutcome> outcomes = key(file, Map.of("口座番号", ColumnKind.NUMBER), new java.util.ArrayList<>(),
                record("S2L-1", "2024-07-30", "2021-04-02", "0012345", "1"));

        assertThat(outcomes).singleElement().isInstanceOfSatisfying(KeyingOutcome.Failed.class, f -> {
            assertThat(f.reason()).contains("口座番号").contains("leading zeros").doesNotContain("0012345");
            assertThat(f.retryable()).isFalse();
        });
    }
}
