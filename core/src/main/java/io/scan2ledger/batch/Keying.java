package io.scan2ledger.batch;

import java.time.Instant;
import java.util.List;

/**
 * Where one document stands with one bot: the record that makes "never keyed twice" hold across
 * runs and restarts.
 *
 * @param pendingRef  where the record is being written when the bot can only tell after the fact
 *                    (a fixed-width file and line): set before the bot's final step, so a run that
 *                    died after the file was written can be recognised as done
 * @param evidence    screenshots and page HTML of the last failure
 */
public record Keying(long documentId, String botId, Status status, String ledgerRef, String pendingRef, int attempts,
                     Long lastRunId, String reason, List<String> evidence, boolean retryable, Instant updatedAt) {

    public enum Status {
        /** A run is keying it now (or died while doing so: then the next run checks before keying again). */
        IN_PROGRESS,
        KEYED,
        /** The ledger already held the record's key: linked, not keyed again. */
        ALREADY_PRESENT,
        FAILED;

        public boolean done() {
            return this == KEYED || this == ALREADY_PRESENT;
        }
    }

    public Keying {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
