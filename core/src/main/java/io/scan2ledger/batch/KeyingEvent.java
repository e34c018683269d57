package io.scan2ledger.batch;

import java.time.Instant;
import java.util.List;

/** What one run did with one document and one bot: the lines of the run report. */
public record KeyingEvent(long runId, long documentId, String botId, String formId, Outcome outcome, String ledgerRef,
                          String reason, List<String> evidence, Instant at) {

    /**
     * PAUSED: not attempted, because the bot had failed with system errors several times in a row
     * this run; the record stays as it was and a catch-up run is scheduled.
     */
    public enum Outcome { KEYED, ALREADY_PRESENT, FAILED, WOULD_KEY, PAUSED }

    public KeyingEvent {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
