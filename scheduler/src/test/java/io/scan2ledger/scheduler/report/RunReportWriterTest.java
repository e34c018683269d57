package io.scan2ledger.scheduler.report;

import io.scan2ledger.batch.BatchRun;
import io.scan2ledger.batch.RunReports;
import io.scan2ledger.document.DocumentRepository;
import io.scan2ledger.support.OwnerOnly;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/** Reports are owner-only whatever the umask (they name evidence files), and carry the bots' ledger notes. */
class RunReportWriterTest {

    @TempDir
    Path temp;

    @Test
    void reportsAndTheirFolderAreOwnerOnlyAndShowTheBotsNotes() throws Exception {
        Instant now = Instant.parse("2026-12-07T13:00:00Z");
        Path dir = temp.resolve("reports");
        RunReportWriter writer = new RunReportWriter(dir, ZoneId.of("Asia/Tokyo"), Clock.fixed(now, ZoneId.of("UTC")),
                mock(DocumentRepository.class));
        BatchRun run = new BatchRun(7, BatchRun.Trigger.SCHEDULED, "test", false, BatchRun.Status.RUNNING, now, null,
                0, 0, 0, 0, 0, null, null);

        RunReports.Written written = writer.write(run, List.of(), List.of(),
                List.of(new RunReports.BotNote("hoiku-excel", "申込日: 行 4, 5 は文字列 / rows 4, 5 hold text")));

        assertThat(Files.getPosixFilePermissions(dir)).isEqualTo(OwnerOnly.DIRECTORY);
        assertThat(Files.getPosixFilePermissions(written.xlsx())).isEqualTo(OwnerOnly.FILE);
        assertThat(Files.getPosixFilePermissions(written.pdf())).isEqualTo(OwnerOnly.FILE);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(written.xlsx()))) {
            Sheet notes = wb.getSheet("台帳の注記 Ledger notes");
            assertThat(notes.getRow(1).getCell(0).getStringCellValue()).isEqualTo("hoiku-excel");
            assertThat(notes.getRow(1).getCell(1).getStringCellValue()).contains("rows 4, 5");
        }
    }
}
