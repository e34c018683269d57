package io.scan2ledger.batch;

import io.scan2ledger.document.Document;

import java.nio.file.Path;
import java.util.List;

/** Port: writes the report of a finished run, as a workbook and as a printable PDF. */
public interface RunReports {

    /** The files written. */
    record Written(Path xlsx, Path pdf) {
    }

    Written write(BatchRun run, List<KeyingEvent> events, List<Document> stillInReview);
}
