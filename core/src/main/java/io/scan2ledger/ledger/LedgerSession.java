package io.scan2ledger.ledger;

import java.util.List;
import java.util.Map;

/**
 * One bot's work within one batch run. Not thread-safe: one session, one thread.
 */
public interface LedgerSession extends AutoCloseable {

    /**
     * Keys one record, unless the ledger already holds its key (then it is linked, not keyed again).
     * Never throws for a record-level failure: that is a {@link KeyingOutcome.Failed}, so one bad
     * record never stops the rest of the run.
     */
    KeyingOutcome key(LedgerRecord record);

    /**
     * Makes the keyed records durable where the ledger needs a final step (saving the workbook,
     * closing the export file). Outcomes returned by {@link #key} are provisional until this returns.
     *
     * @throws LedgerUnavailable when the final step failed; none of this session's records count as keyed
     */
    void commit() throws LedgerUnavailable;

    /**
     * After {@link #commit()}: the outcomes that replace what {@link #key} returned, by document id,
     * because reading the committed ledger back showed otherwise (a VERIFY_MISMATCH, or a record
     * left unwritten since another one's mismatch kept the whole file or workbook from being
     * saved). A record not in the map stands as {@link #key} returned it. Bots that check each
     * record as they key it (a web screen's read-back) have nothing to add.
     */
    default Map<Long, KeyingOutcome> verified() {
        return Map.of();
    }

    /**
     * What the run report should say about the ledger as a whole rather than one record, e.g. rows
     * whose existing cells disagree with the type their column declares. Row numbers and column
     * titles only, never values.
     */
    default List<String> notes() {
        return List.of();
    }

    /** Releases the browser, file handles or locks; safe to call after a failure. */
    @Override
    void close();
}
