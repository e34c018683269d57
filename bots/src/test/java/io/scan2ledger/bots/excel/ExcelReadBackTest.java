package io.scan2ledger.bots.excel;

import io.scan2ledger.bots.support.AtomicWriter;
import io.scan2ledger.bots.support.Sessions;
import io.scan2ledger.ledger.KeyingOutcome;
import io.scan2ledger.ledger.LedgerRecord;
import io.scan2ledger.ledger.LedgerSession;
import io.scan2ledger.ledger.LedgerUnavailable;
import io.scan2ledger.ledger.RunContext;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.scan2ledger.bots.excel.LedgerWorkbookFixture.SHEET;
import static io.scan2ledger.bots.excel.LedgerWorkbookFixture.Variant.TOTALS_BELOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Keyed means verified: the rows are checked in memory and in the saved file read back from disk. */
class ExcelReadBackTest {

    private static final Instant NOW = Instant.parse("2026-12-07T14:30:00Z");

    @TempDir
    Path dir;

    private ExcelLedgerBot bot(Path workbook, ExcelLedgerSettings.Mode mode, AtomicWriter writer) {
        return new ExcelLedgerBot(new ExcelLedgerSettings("kodomo-excel", workbook, SHEET,
                LedgerWorkbookFixture.HEADER_ROW_NUMBER, "受付番号", Map.of("applicant", "氏名"), mode,
                new ExcelLedgerSettings.LedgerNumbering("台帳番号", "R7-", 4), Duration.ofMinutes(7), 5,
                ZoneId.of("Asia/Tokyo")), Clock.fixed(NOW, ZoneId.of("UTC")), writer);
    }

    private static LedgerRecord record(long documentId, String key, String date, String name, String price) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("受付日", date);
        values.put("applicant", name);
        values.put("単価", price);
        values.put("数量", "1");
        values.put("区分", "新規");
        return new LedgerRecord(key, documentId, "jidou-teate", values);
    }

    /**
     * Writes the workbook, then changes the name and price of the row holding {@code key} before the
     * bytes reach the disk: what a faulty save or a conversion POI reads back differently would do.
     */
    private static AtomicWriter corrupting(String key) {
        return new AtomicWriter() {
            @Override
            public Staged stage(Path target, Content content) throws IOException {
                return super.stage(target, out -> corrupt(content, out, key));
            }
        };
    }

    private static void corrupt(AtomicWriter.Content content, OutputStream out, String key) throws IOException {
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        content.writeTo(written);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(written.toByteArray()))) {
            for (Row row : wb.getSheet(SHEET)) {
                if (row.getCell(1) != null && key.equals(row.getCell(1).toString())) {
                    row.getCell(3).setCellValue("改ざん 太郎");
                    row.getCell(4).setCellValue(9999);
                }
            }
            wb.write(out);
        }
    }

    private static List<KeyingOutcome> keyCommitAndVerify(ExcelLedgerBot bot, RunContext run, List<LedgerRecord> records)
            throws LedgerUnavailable {
        return Sessions.keyCommitAndVerify(bot.open(run), records);
    }

    private RunContext run(long id) {
        return new RunContext(id, NOW, false, dir.resolve("evidence"));
    }

    @Test
    void aRowThatReadsBackDifferentlyIsAVerifyMismatchNamingItsColumnsAndTheLedgerIsNotReplaced() throws Exception {
        Path file = LedgerWorkbookFixture.write(dir, TOTALS_BELOW);
        byte[] original = Files.readAllBytes(file);
        List<LedgerRecord> records = List.of(record(1, "U-2001", "2025-05-10", "伊藤 健", "2500"),
                record(2, "U-2002", "2025-05-11", "渡辺 真理", "3000"));

        List<KeyingOutcome> outcomes = keyCommitAndVerify(bot(file, ExcelLedgerSettings.Mode.APPEND,
                corrupting("U-2002")), run(70), records);

        KeyingOutcome.Failed mismatch = (KeyingOutcome.Failed) outcomes.get(1);
        assertThat(mismatch.cause()).isEqualTo(KeyingOutcome.Failed.Cause.VERIFY_MISMATCH);
        assertThat(mismatch.retryable()).isFalse();
        assertThat(mismatch.reason()).startsWith("VERIFY_MISMATCH(氏名,単価)")
                .doesNotContain("渡辺").doesNotContain("改ざん").doesNotContain("3000").doesNotContain("9999");
        // The other record never reached the ledger: tried again next run, not keyed.
        KeyingOutcome.Failed notSaved = (KeyingOutcome.Failed) outcomes.get(0);
        assertThat(notSaved.cause()).isEqualTo(KeyingOutcome.Failed.Cause.SYSTEM_ERROR);
        assertThat(Files.readAllBytes(file)).isEqualTo(original);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aRowThatReadsBackAsWrittenIsKeyedAndSaved() throws Exception {
        Path file = LedgerWorkbookFixture.write(dir, TOTALS_BELOW);
        List<KeyingOutcome> outcomes = keyCommitAndVerify(bot(file, ExcelLedgerSettings.Mode.APPEND,
                corrupting("U-9999")), run(71), List.of(record(1, "U-2001", "2025-05-10", "伊藤 健", "2,500")));
        assertThat(outcomes).containsExactly(new KeyingOutcome.Keyed("R7-0006"));
        try (XSSFWorkbook wb = read(file)) {
            assertThat(wb.getSheet(SHEET).getRow(9).getCell(1).getStringCellValue()).isEqualTo("U-2001");
        }
    }

    @Test
    void appendingAKeyTheLedgerHoldsWithOtherValuesIsAKeyConflictAndEqualValuesAreAlreadyPresent() throws Exception {
        Path file = LedgerWorkbookFixture.write(dir, TOTALS_BELOW);
        ExcelLedgerBot bot = bot(file, ExcelLedgerSettings.Mode.APPEND, new AtomicWriter());
        keyCommitAndVerify(bot, run(72), List.of(record(1, "U-2001", "2025-05-10", "伊藤 健", "2500")));
        byte[] before = Files.readAllBytes(file);

        List<KeyingOutcome> outcomes = keyCommitAndVerify(bot, run(73), List.of(
                record(1, "U-2001", "2025/5/10", "伊藤 健", "2,500"),          // the same record, written differently
                record(3, "U-1001", "2025-04-01", "別人 花子", "100")));        // U-1001 is 山田 太郎's

        assertThat(outcomes.get(0)).isEqualTo(new KeyingOutcome.AlreadyPresent("R7-0006"));
        KeyingOutcome.Failed conflict = (KeyingOutcome.Failed) outcomes.get(1);
        assertThat(conflict.cause()).isEqualTo(KeyingOutcome.Failed.Cause.KEY_CONFLICT);
        assertThat(conflict.reason()).startsWith("KEY_CONFLICT(").contains("氏名").contains("R7-0001")
                .doesNotContain("山田").doesNotContain("別人");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void upsertKeepsUpdatingARowWithOtherValues() throws Exception {
        Path file = LedgerWorkbookFixture.write(dir, TOTALS_BELOW);
        List<KeyingOutcome> outcomes = keyCommitAndVerify(bot(file, ExcelLedgerSettings.Mode.UPSERT, new AtomicWriter()),
                run(74), List.of(record(3, "U-1001", "2025-04-01", "山田 太朗", "100")));
        assertThat(outcomes).containsExactly(new KeyingOutcome.Keyed("R7-0001"));
        try (XSSFWorkbook wb = read(file)) {
            assertThat(wb.getSheet(SHEET).getRow(4).getCell(3).getStringCellValue()).isEqualTo("山田 太朗");
        }
    }

    @Test
    void aDateGoingIntoACellWithNoDateFormatGetsOneAndReadsBackAsTheDate() throws Exception {
        Path file = LedgerWorkbookFixture.write(dir, TOTALS_BELOW);
        // A clerk typed text into U-1002's date cell and cleared its style: a date written there
        // would show as a serial number (45778), unless the cell is given a date format.
        try (XSSFWorkbook wb = read(file)) {
            XSSFSheet sheet = wb.getSheet(SHEET);
            sheet.getRow(5).getCell(2).setCellStyle(wb.createCellStyle());
            sheet.getRow(5).getCell(2).setCellValue("不明");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        ExcelLedgerBot bot = bot(file, ExcelLedgerSettings.Mode.UPSERT, new AtomicWriter());
        try (LedgerSession session = bot.open(run(75))) {
            assertThat(session.key(record(4, "U-1002", "2025-04-02", "鈴木 花子", "100")))
                    .isInstanceOf(KeyingOutcome.Keyed.class);
            session.commit();
            assertThat(session.verified()).isEmpty();
        }
        try (XSSFWorkbook wb = read(file)) {
            var cell = wb.getSheet(SHEET).getRow(5).getCell(2);
            assertThat(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)).isTrue();
            assertThat(cell.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(java.time.LocalDate.of(2025, 4, 2));
        }
    }

    private List<Path> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
        }
    }

    private static XSSFWorkbook read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }
}
