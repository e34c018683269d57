package io.scan2ledger.ledger;

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

    /** Releases the browser, file handles or locks; safe to call after a failure. */
    @Override
    void close();
}
