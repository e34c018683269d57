package io.scan2ledger.bots.support;

import io.scan2ledger.bots.excel.ExcelLedgerBot;
import io.scan2ledger.bots.excel.ExcelLedgerSettings;
import io.scan2ledger.bots.fixedwidth.FieldKind;
import io.scan2ledger.bots.fixedwidth.FieldSpec;
import io.scan2ledger.bots.fixedwidth.FixedWidthExportBot;
import io.scan2ledger.bots.fixedwidth.FixedWidthLayout;
import io.scan2ledger.bots.fixedwidth.FixedWidthSettings;
import io.scan2ledger.bots.fixedwidth.LineTerminator;
import io.scan2ledger.ledger.LedgerRecord;
import io.scan2ledger.ledger.LedgerSession;
import io.scan2ledger.ledger.RunContext;
import io.scan2ledger.support.FileMode;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ledgers, backups and export files hold residents' data: 0600 in 0700 folders the bots create,
 * or the mode a share is configured for, whatever the process umask (the build's is usually 022,
 * which would leave them 0644). An export with no records is still a file: header and count-0 trailer.
 */
class PrivateFilesTest {

    private static final Instant NOW = Instant.parse("2026-12-07T13:00:00Z");
    private static final FixedWidthLayout LAYOUT = new FixedWidthLayout("KZ01", 20, null,
            List.of(new FieldSpec("recordType", 1, FieldKind.ALPHANUMERIC), new FieldSpec("runId", 19, FieldKind.NUMERIC)),
            List.of(new FieldSpec("recordType", 1, FieldKind.ALPHANUMERIC), new FieldSpec("受付番号", 19, FieldKind.ALPHANUMERIC)),
            List.of(new FieldSpec("recordType", 1, FieldKind.ALPHANUMERIC), new FieldSpec("recordCount", 19, FieldKind.NUMERIC)),
            null);

    @TempDir
    Path dir;

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    private RunContext run(long id) {
        return new RunContext(id, NOW, false, dir.resolve("evidence"));
    }

    private Path ledger() throws Exception {
        Path file = Files.createDirectories(dir.resolve("share")).resolve("daicho.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("台帳").createRow(0).createCell(0).setCellValue("受付番号");
            wb.write(out);
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        return file;
    }

    private void keyInto(Path workbook, AtomicWriter writer) throws Exception {
        ExcelLedgerBot bot = new ExcelLedgerBot(new ExcelLedgerSettings("hoiku-excel", workbook, "台帳", 1, "受付番号",
                Map.of(), null, null, null, 0, null), Clock.fixed(NOW, ZoneId.of("UTC")), writer);
        try (LedgerSession session = bot.open(run(1))) {
            session.key(new LedgerRecord("S2L-1", 1, "hoiku-moushikomi", Map.of()));
            session.commit();
        }
    }

    private List<Path> export(FixedWidthExportBot bot, long runId) throws Exception {
        try (LedgerSession session = bot.open(run(runId))) {
            session.commit();
        }
        try (Stream<Path> files = Files.list(dir.resolve("exports/kouza"))) {
            return files.sorted().toList();
        }
    }

    @Test
    void theWorkbookItsBackupsAndTheirFolderAreOwnerOnly() throws Exception {
        Path workbook = ledger();

        keyInto(workbook, new AtomicWriter());

        assertThat(mode(workbook)).isEqualTo("rw-------");
        Path backups = workbook.resolveSibling("backup");
        assertThat(mode(backups)).isEqualTo("rwx------");
        try (Stream<Path> files = Files.list(backups)) {
            assertThat(files.toList()).singleElement().satisfies(b -> assertThat(mode(b)).isEqualTo("rw-------"));
        }
    }

    @Test
    void aShareCanBeGivenTheGroupModeItNeeds() throws Exception {
        Path workbook = ledger();

        keyInto(workbook, new AtomicWriter(FileMode.parse("0660")));

        assertThat(mode(workbook)).isEqualTo("rw-rw----");     // not narrowed by a 022 umask
        assertThat(mode(workbook.resolveSibling("backup"))).isEqualTo("rwxrwx---");
    }

    @Test
    void anExportWithNoRecordsIsAPrivateFileWithAHeaderAndACountZeroTrailer() throws Exception {
        FixedWidthExportBot bot = new FixedWidthExportBot(new FixedWidthSettings("kouza-export", LAYOUT,
                dir.resolve("exports/kouza"), "KOUZA_<runId>.dat", LineTerminator.CRLF, null, null));
        assertThat(bot.writesEveryRun()).isTrue();

        List<Path> files = export(bot, 7);

        assertThat(mode(dir.resolve("exports"))).isEqualTo("rwx------");
        assertThat(mode(dir.resolve("exports/kouza"))).isEqualTo("rwx------");
        assertThat(files).singleElement().satisfies(f -> {
            assertThat(f.getFileName().toString()).isEqualTo("KOUZA_7.dat");
            assertThat(mode(f)).isEqualTo("rw-------");
            assertThat(new String(Files.readAllBytes(f), Charset.forName("Windows-31J")))
                    .isEqualTo("10000000000000000007\r\n90000000000000000000\r\n");
        });
    }
}
