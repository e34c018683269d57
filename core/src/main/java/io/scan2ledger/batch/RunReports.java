package io.scan2ledger.batch;

import io.scan2ledger.document.Document;

import java.nio.file.Path;
import java.util.List;

/** Port: writes the report of a finished run, as a workbook and as a printable PDF. */
public interface RunReports {

    /** The files written. */
    record Written(Path xlsx, Path pdf) {
    }

    /**
     * A bot's remark about its ledger as a whole (not about one record), shown in the report.
     *
     * @param botId the bot that made it
     * @param text  names columns and rows, never values
     */
    record BotNote(String botId, String text) {
    }

    Written write(BatchRun run, List<KeyingEvent> events, List<Document> stillInReview, List<BotNote> notes);
}
