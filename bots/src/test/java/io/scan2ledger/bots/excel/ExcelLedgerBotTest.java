package io.scan2ledger.bots.excel;

import io.scan2ledger.bots.support.AtomicWriter;
import io.scan2ledger.bots.support.CapturedLogs;
import io.scan2ledger.ledger.KeyingOutcome;
import io.scan2ledger.ledger.LedgerBot;
import io.scan2ledger.ledger.LedgerRecord;
import io.scan2ledger.ledger.LedgerSession;
import io.scan2ledger.ledger.LedgerUnavailable;
import io.scan2ledger.ledger.RunContext;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.scan2ledger.bots.excel.LedgerWorkbookFixture.MEMO;
import static io.scan2ledger.bots.excel.LedgerWorkbookFixture.Variant.NO_TOTALS_ROW;
import static io.scan2ledger.bots.excel.LedgerWorkbookFixture.Variant.SHARED_FORMULAS_AND_PREPARED_ROWS;
import static io.scan2ledger.bots.excel.LedgerWorkbookFixture.Variant.TOTALS_BELOW;
import static io.scan2ledger.bots.excel.LedgerWorkbookFixture.SHEET;
import static io.scan2ledger.bots.excel.LedgerWorkbookFixture.SUMMARY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExcelLedgerBotTest {

    private static final Duration RETRY = Duration.ofMinutes(7);
    private static final Instant NOW = Instant.parse("2026-11-22T14:30:00Z");

    @TempDir
    Path dir;

    private ExcelLedgerSettings settings(Path workbook, ExcelLedgerSettings.Mode mode, int keepBackups) {
        return new ExcelLedgerSettings("kodomo-excel", workbook, SHEET, LedgerWorkbookFixture.HEADER_ROW_NUMBER, "受付番号",
                Map.of("applicant", "氏名"), mode, new ExcelLedgerSettings.LedgerNumbering("台帳番号", "R7-", 4),
                RETRY, keepBackups, ZoneId.of("Asia/Tokyo"));
    }

    private ExcelLedgerBot bot(Path workbook) {
        return bot(workbook, ExcelLedgerSettings.Mode.APPEND, AtomicWriter.StageHook.NONE);
    }

    private ExcelLedgerBot bot(Path workbook, ExcelLedgerSettings.Mode mode, AtomicWriter.StageHook hook) {
        return new ExcelLedgerBot(settings(workbook, mode, 0), Clock.fixed(NOW, ZoneId.of("UTC")), new AtomicWriter(hook));
    }

    private RunContext run(long id, boolean dryRun) {
        return new RunContext(id, NOW, dryRun, dir.resolve("evidence"));
    }

    private static LedgerRecord record(String key, String date, String name, String price, String quantity, String kind) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("受付日", date);
        values.put("applicant", name);
        values.put("単価", price);
        values.put("数量", quantity);
        values.put("区分", kind);
        return new LedgerRecord(key, 500 + key.hashCode() % 100, "jidou-teate", values);
    }

    private static final List<LedgerRecord> THREE = List.of(
            record("U-1006", "2025-05-10", "伊藤 健", "2,500", "3", "新規"),
            record("U-1007", "2025/5/11", "渡辺 真理", "3000", "1", "変更"),
            record("U-1008", "2025-05-12", "中村 優", "4200", "2", "廃止"));

    @Test
    void appendsRowsBelowTheDataKeepingStylesFormulasTotalsDropdownsAndOtherSheets() throws Exception {
        Path file = LedgerWorkbookFixture.write(dir, TOTALS_BELOW);
        byte[] original = Files.readAllBytes(file);
        List<String> memoBefore;
        try (XSSFWorkbook before = read(file)) {
            memoBefore = describe(before.getSheet(MEMO));
        }

        List<KeyingOutcome> outcomes = keyAndCommit(bot(file), run(42, false), THREE);

        assertThat(outcomes).containsExactly(new KeyingOutcome.Keyed("R7-0006"), new KeyingOutcome.Keyed("R7-0007"),
                new KeyingOutcome.Keyed("R7-0008"));
        try (XSSFWorkbook wb = read(file)) {
            XSSFSheet sheet = wb.getSheet(SHEET);
            Row template = sheet.getRow(8);
            Row first = sheet.getRow(9);
            // values and types
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("R7-0006");
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("U-1006");
            assertThat(DateUtil.isCellDateFormatted(first.getCell(2))).isTrue();
            assertThat(first.getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2025, 5, 10));
            assertThat(sheet.getRow(10).getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2025, 5, 11));
            assertThat(first.getCell(3).getStringCellValue()).isEqualTo("伊藤 健");
            assertThat(first.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(2500.0);
            assertThat(first.getCell(5).getNumericCellValue()).isEqualTo(3.0);
            assertThat(first.getCell(7).getStringCellValue()).isEqualTo("新規");
            // every new row looks like the last old data row
            for (int r = 9; r <= 11; r++) {
                Row row = sheet.getRow(r);
                assertThat(row.getHeight()).isEqualTo(template.getHeight());
                for (int c = 0; c < 8; c++) {
                    XSSFCellStyle expected = (XSSFCellStyle) template.getCell(c).getCellStyle();
                    XSSFCellStyle actual = (XSSFCellStyle) row.getCell(c).getCellStyle();
                    assertThat(actual.getIndex()).as("style of %s", row.getCell(c).getAddress()).isEqualTo(expected.getIndex());
                    assertThat(actual.getFont().getFontName()).isEqualTo(expected.getFont().getFontName());
                    assertThat(actual.getFillForegroundColor()).isEqualTo(expected.getFillForegroundColor());
                    assertThat(actual.getBorderRight()).isEqualTo(expected.getBorderRight());
                    assertThat(actual.getDataFormatString()).isEqualTo(expected.getDataFormatString());
                }
                assertThat(row.getCell(6).getCellFormula()).isEqualTo("E" + (r + 1) + "*F" + (r + 1));
            }
            // the totals row moved below the new rows and takes them in
            Row totals = sheet.getRow(12);
            assertThat(totals.getCell(3).getStringCellValue()).isEqualTo("合計");
            assertThat(totals.getCell(5).getCellFormula()).isEqualTo("SUM(F5:F12)");
            assertThat(totals.getCell(6).getCellFormula()).isEqualTo("SUM(G5:G12)");
            XSSFSheet summary = wb.getSheet(SUMMARY);
            assertThat(summary.getRow(3).getCell(2).getCellFormula()).isEqualTo("SUM(受付台帳!G5:G12)");
            assertThat(summary.getRow(2).getCell(2).getCellFormula()).isEqualTo("SUM(受付台帳!E:E)");
            double amounts = 55_000 + 2500 * 3 + 3000 + 4200 * 2;
            // the cached results written with the file (what a non-calculating reader sees) ...
            assertThat(sheet.getRow(11).getCell(6).getNumericCellValue()).isEqualTo(8400.0);
            assertThat(totals.getCell(6).getNumericCellValue()).isEqualTo(amounts);
            assertThat(totals.getCell(5).getNumericCellValue()).isEqualTo(21.0);
            assertThat(summary.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(8.0);
            assertThat(summary.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(15_000 + 9_700);
            assertThat(summary.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(amounts);
            // ... agree with a fresh evaluation, and Excel is told to recalculate anyway
            FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            assertThat(evaluator.evaluate(totals.getCell(6)).getNumberValue()).isEqualTo(amounts);
            assertThat(evaluator.evaluate(summary.getRow(3).getCell(2)).getNumberValue()).isEqualTo(amounts);
            assertThat(evaluator.evaluate(summary.getRow(1).getCell(2)).getNumberValue()).isEqualTo(8.0);
            assertThat(wb.getForceFormulaRecalculation()).isTrue();
            // the dropdown covers the new rows
            List<XSSFDataValidation> validations = sheet.getDataValidations();
            assertThat(validations).hasSize(1);
            assertThat(validations.get(0).getRegions().getCellRangeAddresses())
                    .containsExactly(CellRangeAddress.valueOf("H5:H12"));
            assertThat(validations.get(0).getValidationConstraint().getExplicitListValues())
                    .containsExactly(LedgerWorkbookFixture.KINDS);
            // layout kept: title merge, frozen pane, column widths; other sheets untouched
            assertThat(sheet.getMergedRegions()).containsExactly(CellRangeAddress.valueOf("A1:H1"));
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 4);
            assertThat(sheet.getColumnWidth(3)).isEqualTo(16 * 256);
            assertThat(describe(wb.getSheet(MEMO))).isEqualTo(memoBefore);
            assertThat(wb.getSheet(MEMO).getColumnWidth(0)).isEqualTo(40 * 256);
        }
        // backed up before the save, and no temporary file left
        List<Path> backups;
        try (Stream<Path> files = Files.list(dir.resolve("backup"))) {
            backups = files.toList();
        }
        assertThat(backups).hasSize(1);
        assertThat(backups.get(0).getFileName().toString()).isEqualTo("受付台帳.42.20261122-233000000.xlsx");
        assertThat(Files.readAllBytes(backups.get(0))).isEqualTo(original);
        assertThat(leftovers(dir)).isEmpty();
    }

    @Test
    void withoutATotalsRowRangesEndingAtTheLastDataRowStillGrow() throws Exception {
        Path file = LedgerWorkbookFixture.write(dir, NO_TOTALS_ROW);

        keyAndCommit(bot(file), run(43, false), THREE);

        try (XSSFWorkbook wb = read(file)) {
            XSSFSheet sheet = wb.getSheet(SHEET);
            assertThat(sheet.getLastRowNum()).isEqualTo(11);
            assertThat(sheet.getRow(11).getCell(1).getStringCellValue()).isEqualTo("U-1008");
            Cell total = wb.getSheet(SUMMARY).getRow(3).getCell(2);
            assertThat(total.getCellFormula()).isEqualTo("SUM(受付台帳!G5:G12)");
            assertThat(total.getNumericCellValue()).isEqualTo(73_900.0);
            assertThat(sheet.getDataValidations().get(0).getRegions().getCellRangeAddresses())
                    .containsExactly(CellRangeAddress.valueOf("H5:H12"));
        }
    }

    @Test
    void preparedRowsAreFilledFirstAndExcelsSharedFormulasAreCopiedRight() throws Exception {
        Path file = LedgerWorkbookFixture.write(dir, SHARED_FORMULAS_AND_PREPARED_ROWS);
        try (XSSFWorkbook before = read(file)) {
            assertThat(before.getSheet(SHEET).getRow(8).getCell(6).getCTCell().getF().getT().toString()).isEqualTo("shared");
        }

        keyAndCommit(bot(file), run(52, false), THREE);

        try (XSSFWorkbook wb = read(file)) {
            XSSFSheet sheet = wb.getSheet(SHEET);
            FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            double[] amounts = {1000, 4000, 9000, 16_000, 25_000, 7500, 3000, 8400};
            for (int r = 4; r <= 11; r++) {
                Cell amount = sheet.getRow(r).getCell(6);
                assertThat(amount.getCellFormula()).isEqualTo("E" + (r + 1) + "*F" + (r + 1));
                assertThat(amount.getNumericCellValue()).as("cached %s", amount.getAddress()).isEqualTo(amounts[r - 4]);
                assertThat(evaluator.evaluate(amount).getNumberValue()).isEqualTo(amounts[r - 4]);
            }
            // rows 10 and 11 were filled in place; the third record pushed the totals row down
            assertThat(sheet.getRow(9).getCell(1).getStringCellValue()).isEqualTo("U-1006");
            assertThat(sheet.getRow(11).getCell(1).getStringCellValue()).isEqualTo("U-1008");
            Row totals = sheet.getRow(12);
            assertThat(totals.getCell(6).getCellFormula()).isEqualTo("SUM(G5:G12)");
            assertThat(totals.getCell(6).getNumericCellValue()).isEqualTo(73_900.0);
            assertThat(evaluator.evaluate(totals.getCell(6)).getNumberValue()).isEqualTo(73_900.0);
        }
    }

    @Test
    void aRunningTotalOfTheRowsAboveIsNotTakenForATotalsRow() throws Exception {
        Path file = LedgerWorkbookFixture.write(dir, TOTALS_BELOW);
        try (XSSFWorkbook wb = read(file)) {
            XSSFSheet sheet = wb.getSheet(SHEET);
            sheet.getRow(3).createCell(8).setCellValue("前回累計");
            for (int r = 5; r <= 8; r++) {
                sheet.getRow(r).createCell(8).setCellFormula("SUM(G$5:G" + r + ")");
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }

        keyAndCommit(bot(file), run(53, false), THREE);

        try (XSSFWorkbook wb = read(file)) {
            XSSFSheet sheet = wb.getSheet(SHEET);
            assertThat(sheet.getRow(9).getCell(1).getStringCellValue()).isEqualTo("U-1006");
            assertThat(sheet.getRow(9).getCell(8).getCellFormula()).isEqualTo("SUM(G$5:G9)");
            assertThat(sheet.getRow(11).getCell(8).getNumericCellValue()).isEqualTo(55_000 + 7500 + 3000);
            assertThat(sheet.getRow(12).getCell(3).getStringCellValue()).isEqualTo("合計");
            assertThat(sheet.getRow(12).getCell(6).getCellFormula()).isEqualTo("SUM(G5:G12)");
        }
    }

    @Test
    void rerunningTheSameRecordsAddsNothingAndLeavesTheFileAlone() throws Exception {
        Path file = LedgerWorkbookFixture.write(dir, TOTALS_BELOW);
        keyAndCommit(bot(file), run(42, false), THREE);
        byte[] afterFirstRun = Files.readAllBytes(file);

        List<KeyingOutcome> again = keyAndCommit(bot(file), run(44, false), THREE);

        assertThat(again).containsExactly(new KeyingOutcome.AlreadyPresent("R7-0006"),
                new KeyingOutcome.AlreadyPresent("R7-0007"), new KeyingOutcome.AlreadyPresent("R7-0008"));
        assertThat(Files.readAllBytes(file)).isEqualTo(afterFirstRun);
        try (XSSFWorkbook wb = read(file)) {
            assertThat(wb.getSheet(SHEET).getLastRowNum()).isEqualTo(12);
        }
    }

    @Test
    void aKeyKeyedTwiceInOneSessionIsRecognised() throws Exception {
        Path file = LedgerWorkbookFixture.write(dir, TOTALS_BELOW);

        List<KeyingOutcome> outcomes = keyAndCommit(bot(file), run(42, false), List.of(THREE.get(0), THREE.get(0)));

        assertThat(outcomes).containsExactly(new KeyingOutcome.Keyed("R7-0006"), new KeyingOutcome.AlreadyPresent("R7-0006"));
        try (XSSFWorkbook wb = read(file)) {
            assertThat(wb.getSheet(SHEET).getRow(10).getCell(3).getStringCellValue()).isEqualTo("合計");
        }
    }

    @Test
    void upsertUpdatesTheRowInPlaceAndLeavesAnUnchangedRowAlone() throws Exception {
        Path file = LedgerWorkbookFixture.write(dir, TOTALS_BELOW);
        LedgerRecord changed = record("U-1002", "2025-04-02", "鈴木 花子", "2000", "9", "変更");
        LedgerRecord same = record("U-1003", "2025-04-03", "佐藤 次郎", "3000", "3", "廃止");

        List<KeyingOutcome> outcomes = keyAndCommit(bot(file, ExcelLedgerSettings.Mode.UPSERT, AtomicWriter.StageHook.NONE),
                run(45, false), List.of(changed, same, THREE.get(0)));

        assertThat(outcomes).containsExactly(new KeyingOutcome.Keyed("R7-0002"), new KeyingOutcome.AlreadyPresent("R7-0003"),
                new KeyingOutcome.Keyed("R7-0006"));
        try (XSSFWorkbook wb = read(file)) {
            XSSFSheet sheet = wb.getSheet(SHEET);
            Row row = sheet.getRow(5);
            assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(9.0);
            assertThat(row.getCell(6).getCellFormula()).isEqualTo("E6*F6");
            assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(18_000.0);
            assertThat(sheet.getRow(10).getCell(6).getNumericCellValue()).isEqualTo(55_000 + 14_000 + 7_500);
        }
    }

    @Test
    void anOwnerFileMeansTheWorkbookIsOpenAndNothingIsWritten() throws Exception {
        Path file = LedgerWorkbookFixture.write(dir, TOTALS_BELOW);
        byte[] original = Files.readAllBytes(file);
        for (String owner : List.of("~$受付台帳.xlsx", ".~lock.受付台帳.xlsx#")) {
            Path lock = Files.writeString(dir.resolve(owner), "KUYAKUSHO\\tanaka");

            assertThatThrownBy(() -> bot(file).open(run(46, false)))
                    .isInstanceOfSatisfying(LedgerUnavailable.class, e -> {
                        assertThat(e.retryAfter()).isEqualTo(RETRY);
                        assertThat(e.getMessage()).contains(owner);
                    });
            Files.delete(lock);
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(original);
        assertThat(dir.resolve("backup")).doesNotExist();
    }

    @Test
    void theDefaultRetryIsTenMinutes() {
        ExcelLedgerSettings defaults = new ExcelLedgerSettings("b", dir.resolve("x.xlsx"), SHEET, 1, "受付番号",
                null, null, null, null, 0, null);
        assertThat(defaults.retryAfter()).isEqualTo(Duration.ofMinutes(10));
        assertThat(defaults.keepBackups()).isEqualTo(30);
        assertThat(defaults.mode()).isEqualTo(ExcelLedgerSettings.Mode.APPEND);
    }

    @Test
    void aWorkbookOpenedOrChangedDuringTheRunIsNotOverwritten() throws Exception {
        Path file = LedgerWorkbookFixture.write(dir, TOTALS_BELOW);
        try (LedgerSession session = bot(file).open(run(47, false))) {
            session.key(THREE.get(0));
            // a clerk saves their own change meanwhile
            try (XSSFWorkbook wb = read(file); OutputStream out = Files.newOutputStream(file)) {
                wb.getSheet(SHEET).getRow(4).getCell(3).setCellValue("山田 太郎（訂正）");
                wb.write(out);
            }
            byte[] clerks = Files.readAllBytes(file);

            assertThatThrownBy(session::commit).isInstanceOf(LedgerUnavailable.class).hasMessageContaining("changed");
            assertThat(Files.readAllBytes(file)).isEqualTo(clerks);
        }
        assertThat(leftovers(dir)).isEmpty();

        try (LedgerSession session = bot(file).open(run(48, false))) {
            session.key(THREE.get(0));
            Files.writeString(dir.resolve("~$受付台帳.xlsx"), "owner");
            assertThatThrownBy(session::commit).isInstanceOf(LedgerUnavailable.class).hasMessageContaining("open elsewhere");
        }
    }

    @Test
    void aDryRunComputesTheRowsButWritesNothing() throws Exception {
        Path file = LedgerWorkbookFixture.write(dir, TOTALS_BELOW);
        byte[] original = Files.readAllBytes(file);

        List<KeyingOutcome> outcomes;
        try (CapturedLogs logs = new CapturedLogs()) {
            outcomes = keyAndCommit(bot(file), run(49, true), List.of(THREE.get(0), THREE.get(1), record("U-1001",
                    "2025-04-01", "山田 太郎", "1000", "1", "新規")));
            assertThat(String.join("\n", logs.lines())).doesNotContain("伊藤", "渡辺", "U-1006", "U-1001");
        }

        assertThat(outcomes).containsExactly(
                new KeyingOutcome.WouldKey("would be appended: sheet 受付台帳 row 10, 7 columns"),
                new KeyingOutcome.WouldKey("would be appended: sheet 受付台帳 row 11, 7 columns"),
                new KeyingOutcome.AlreadyPresent("R7-0001"));
        assertThat(Files.readAllBytes(file)).isEqualTo(original);
        assertThat(dir.resolve("backup")).doesNotExist();
        assertThat(leftovers(dir)).isEmpty();
    }

    @Test
    void aCrashWhileSavingLeavesTheOriginalIntact() throws Exception {
        Path file = LedgerWorkbookFixture.write(dir, TOTALS_BELOW);
        byte[] original = Files.readAllBytes(file);
        for (AtomicWriter.Stage stage : AtomicWriter.Stage.values()) {
            AtomicWriter.StageHook crash = reached -> {
                if (reached == stage) {
                    throw new IOException("disk full (simulated at " + reached + ")");
                }
            };
            try (LedgerSession session = bot(file, ExcelLedgerSettings.Mode.APPEND, crash).open(run(50, false))) {
                session.key(THREE.get(0));
                assertThatThrownBy(session::commit).isInstanceOf(LedgerUnavailable.class).hasMessageContaining("unchanged");
            }
            assertThat(Files.readAllBytes(file)).as("after a crash at %s", stage).isEqualTo(original);
            assertThat(leftovers(dir)).isEmpty();
        }
    }

    @Test
    void valuesTheLedgerCannotTakeAreRefusedWithoutNamingThem() throws Exception {
        Path file = LedgerWorkbookFixture.write(dir, TOTALS_BELOW);
        byte[] original = Files.readAllBytes(file);
        List<KeyingOutcome> outcomes = keyAndCommit(bot(file), run(51, false), List.of(
                record("U-2001", "令和7年5月1日", "伊藤 健", "2500", "1", "新規"),
                record("U-2002", "2025-05-01", "伊藤 健", "二千五百", "1", "新規"),
                record(" ", "2025-05-01", "伊藤 健", "2500", "1", "新規")));

        assertThat(outcomes).allSatisfy(o -> assertThat(o).isInstanceOfSatisfying(KeyingOutcome.Failed.class, f -> {
            assertThat(f.retryable()).isFalse();
            assertThat(f.reason()).doesNotContain("令和", "二千", "伊藤");
        }));
        assertThat(((KeyingOutcome.Failed) outcomes.get(0)).reason()).contains("受付日");
        assertThat(((KeyingOutcome.Failed) outcomes.get(1)).reason()).contains("単価");
        assertThat(Files.readAllBytes(file)).isEqualTo(original);
    }

    @Test
    void aRecordsValuesWithoutAColumnAreLeftOut() throws Exception {
        // A record carries every field of its form; the 台帳 takes the columns it has.
        Path file = LedgerWorkbookFixture.write(dir, TOTALS_BELOW);
        Map<String, String> values = new LinkedHashMap<>(THREE.get(1).values());
        values.put("続柄", "長男");

        List<KeyingOutcome> outcomes = keyAndCommit(bot(file), run(52, false),
                List.of(new LedgerRecord("U-2003", 1, "jidou-teate", values)));

        assertThat(outcomes).singleElement().isInstanceOf(KeyingOutcome.Keyed.class);
        try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(file.toFile())) {
            for (var sheet : wb) {
                for (var row : sheet) {
                    for (var cell : row) {
                        assertThat(cell.toString()).doesNotContain("長男");
                    }
                }
            }
        }
    }

    @Test
    void onlyTheNewestBackupsAreKept() throws Exception {
        Path file = LedgerWorkbookFixture.write(dir, TOTALS_BELOW);
        for (int i = 0; i < 3; i++) {
            Clock clock = Clock.fixed(NOW.plusSeconds(i), ZoneId.of("UTC"));
            ExcelLedgerBot bot = new ExcelLedgerBot(settings(file, ExcelLedgerSettings.Mode.APPEND, 2), clock, new AtomicWriter());
            keyAndCommit(bot, run(60 + i, false), List.of(record("U-30" + i, "2025-06-01", "伊藤 健", "100", "1", "新規")));
        }
        try (Stream<Path> files = Files.list(dir.resolve("backup"))) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("受付台帳.61.20261122-233001000.xlsx", "受付台帳.62.20261122-233002000.xlsx");
        }
    }

    private List<KeyingOutcome> keyAndCommit(LedgerBot bot, RunContext run, List<LedgerRecord> records) throws LedgerUnavailable {
        List<KeyingOutcome> outcomes = new ArrayList<>();
        try (LedgerSession session = bot.open(run)) {
            for (LedgerRecord r : records) {
                outcomes.add(session.key(r));
            }
            session.commit();
        }
        return outcomes;
    }

    private static XSSFWorkbook read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<String> describe(XSSFSheet sheet) {
        List<String> cells = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                cells.add(LedgerWorkbookFixture.describe(cell));
            }
        }
        return cells;
    }

    private static List<Path> leftovers(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
        }
    }
}
