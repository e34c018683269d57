package io.scan2ledger.scheduler.report;

import io.scan2ledger.batch.BatchRun;
import io.scan2ledger.batch.KeyingEvent;
import io.scan2ledger.batch.LedgerRecords;
import io.scan2ledger.batch.RunReports;
import io.scan2ledger.document.Document;
import io.scan2ledger.document.DocumentRepository;

import io.scan2ledger.support.FileMode;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The report of a batch run, as an .xlsx for the office and a printable PDF: records keyed,
 * failed (with reasons and links to the evidence), still in review, and skipped as already
 * present. Documents appear by reception number only: the report is passed around the office, so it
 * carries no resident's personal data (the ledgers and the review screen have that).
 */
public class RunReportWriter implements RunReports {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Path dir;
    private final ZoneId zone;
    private final Clock clock;
    private final DocumentRepository documents;

    public RunReportWriter(Path dir, ZoneId zone, Clock clock, DocumentRepository documents) {
        this.dir = dir;
        this.documents = documents;
        this.zone = zone;
        this.clock = clock;
    }

    @Override
    public Written write(BatchRun run, List<KeyingEvent> events, List<Document> stillInReview, List<BotNote> notes) {
        RunReport report = new RunReport(run, events, stillInReview, notes, clock.instant(), zone,
                id -> LedgerRecords.keyOf(id, documents));
        try {
            FileMode.OWNER_ONLY.createDirectories(dir);
            Path xlsx = dir.resolve(String.format("batch-run-%06d.xlsx", run.id()));
            Path pdf = dir.resolve(String.format("batch-run-%06d.pdf", run.id()));
            save(xlsx, new RunReportWorkbook(report)::writeTo);
            save(pdf, new RunReportPdf(report)::writeTo);
            return new Written(xlsx, pdf);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report of run " + run.id(), e);
        }
    }

    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Written beside, then moved into place, so a half-written report never shows up; owner-only
     * from creation, since it names the office's failures and evidence files.
     */
    private static void save(Path file, Content content) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        try (OutputStream out = FileMode.OWNER_ONLY.newOutputStream(tmp)) {
            content.writeTo(out);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
