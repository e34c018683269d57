package io.scan2ledger.batch;

import java.time.Instant;

/**
 * One run of the nightly batch (or one started by an admin).
 *
 * @param status RUNNING, COMPLETED (every record handled, some may have failed), or ABANDONED (the
 *               process stopped mid-run; its records are picked up by the next run)
 */
public record BatchRun(long id, Trigger trigger, String requestedBy, boolean dryRun, Status status, Instant startedAt,
                       Instant finishedAt, int keyed, int alreadyPresent, int failed, int wouldKey, int inReview,
                       String reportXlsx, String reportPdf) {

    /** RETRY: the catch-up run a ledger asked for when it could not be used (Excel had the workbook open). */
    public enum Trigger { SCHEDULED, MANUAL, RETRY }

    public enum Status { RUNNING, COMPLETED, ABANDONED }
}
