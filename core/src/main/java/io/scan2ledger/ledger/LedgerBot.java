package io.scan2ledger.ledger;

/**
 * Port: a bot that keys records into one ledger (a legacy web screen, an Excel 台帳, a
 * fixed-width import file). A batch run opens one session per bot, keys its records one by one,
 * then commits.
 */
public interface LedgerBot {

    /** Stable id, as used in configuration and on each keying record (e.g. {@code jidou-teate-web}). */
    String id();

    /**
     * Opens a session (logs in, opens the workbook, starts the file).
     *
     * @throws LedgerUnavailable when the ledger cannot be used right now (the workbook is open in
     *                           Excel, the web ledger is down); the run reports it and retries later
     */
    LedgerSession open(RunContext context) throws LedgerUnavailable;

    /**
     * Whether a record a run was writing when it died (its {@code pendingRef}, the ref returned by
     * {@link LedgerSession#key} before the final step) did reach the ledger. Bots that can look a
     * record up by its key (web screens, workbooks) answer that on their own at the next run; a bot
     * that only writes files answers it here (does the file exist?).
     */
    default boolean reached(String pendingRef) {
        return false;
    }

    /**
     * Whether a run opens a session for this bot even when it has no record to key. An export bot
     * whose importing job expects a file every night (a header and a count-0 trailer) says yes;
     * a bot keying screens or a workbook has nothing to do without records.
     */
    default boolean writesEveryRun() {
        return false;
    }
}
