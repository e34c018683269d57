package io.scan2ledger.scheduler.report;

import io.scan2ledger.batch.BatchRun;
import io.scan2ledger.batch.KeyingEvent;
import io.scan2ledger.batch.RunReports;
import io.scan2ledger.document.Document;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.LongFunction;

/** What a run report says, once, for both the workbook and the PDF. */
record RunReport(BatchRun run, List<KeyingEvent> events, List<Document> stillInReview, List<RunReports.BotNote> notes,
                 Instant writtenAt, ZoneId zone, LongFunction<String> receptionNumbers) {

    /** The summary lines: label (ja / en) and count. */
    record Line(String ja, String en, long count) {
    }

    List<Line> summary() {
        return List.of(
                new Line("入力済み", "Keyed", count(KeyingEvent.Outcome.KEYED)),
                new Line("登録済みのため入力せず", "Already present (not keyed again)",
                        count(KeyingEvent.Outcome.ALREADY_PRESENT)),
                new Line("失敗（再実行または審査へ）", "Failed (retried or back to review)", count(KeyingEvent.Outcome.FAILED)),
                new Line("一時停止（再実行予約）", "Paused (catch-up run scheduled)", count(KeyingEvent.Outcome.PAUSED)),
                new Line("試行（登録せず）", "Trial run: would key", count(KeyingEvent.Outcome.WOULD_KEY)),
                new Line("審査待ち", "Still in review", stillInReview.size()));
    }

    long count(KeyingEvent.Outcome outcome) {
        return events.stream().filter(e -> e.outcome() == outcome).count();
    }

    String title() {
        return "バッチ実行報告 / Batch run report  No." + run.id() + (run.dryRun() ? "（試行 / trial）" : "");
    }

    String started() {
        return RunReportWriter.WHEN.format(run.startedAt().atZone(zone));
    }

    String written() {
        return RunReportWriter.WHEN.format(writtenAt.atZone(zone));
    }

    static String outcome(KeyingEvent.Outcome outcome) {
        return switch (outcome) {
            case KEYED -> "入力済み / keyed";
            case ALREADY_PRESENT -> "登録済み / already present";
            case FAILED -> "失敗 / failed";
            case WOULD_KEY -> "試行 / would key";
            case PAUSED -> "一時停止 / paused";
        };
    }

    /** A document's reception number (its ledger key). */
    String reception(long documentId) {
        return receptionNumbers.apply(documentId);
    }

    /** Days a document has waited for review. */
    long ageDays(Document d) {
        return Duration.between(d.receivedAt(), writtenAt).toDays();
    }
}
