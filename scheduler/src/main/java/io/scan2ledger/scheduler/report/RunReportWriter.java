package io.scan2ledger.scheduler.report;

import io.scan2ledger.batch.BatchRun;
import io.scan2ledger.batch.KeyingEvent;
import io.scan2ledger.batch.LedgerRecords;
import io.scan2ledger.batch.RunReports;
import io.scan2ledger.document.Document;
import io.scan2ledger.document.DocumentRepository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    public Written write(BatchRun run, List<KeyingEvent> events, List<Document> stillInReview) {
        RunReport report = new RunReport(run, events, stillInReview, clock.instant(), zone,
                id -> LedgerRecords.keyOf(id, documents));
        try {
            Files.createDirectories(dir);
            Path xlsx = dir.resolve(String.format("batch-run-%06d.xlsx", run.id()));
            Path pdf = dir.resolve(String.format("batch-run-%06d.pdf", run.id()));
            new RunReportWorkbook(report).writeTo(xlsx);
            new RunReportPdf(report).writeTo(pdf);
            return new Written(xlsx, pdf);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report of run " + run.id(), e);
        }
    }
}
