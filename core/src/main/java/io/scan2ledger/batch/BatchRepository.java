package io.scan2ledger.batch;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Port: batch runs, the keying of each document by each bot, and per-run events. Joins the caller's transaction. */
public interface BatchRepository {

    /**
     * Starts a run if no other live run holds the batch lock. A run whose heartbeat is older than
     * {@code stale} is dead (its process stopped): it is marked ABANDONED and the lock passes on,
     * so a crashed run never blocks the next one.
     *
     * @return the new run, or empty while another live run is going
     */
    Optional<BatchRun> start(BatchRun.Trigger trigger, String requestedBy, boolean dryRun, Duration stale);

    /**
     * Marks the run holding the batch lock ABANDONED and frees the lock, when that run is dead as
     * {@link #start} judges it. Done at start-up, so that a run killed with its process does not
     * show RUNNING until the next run.
     *
     * @return the run marked ABANDONED; empty when the lock is free or its run is alive
     */
    Optional<Long> abandonDead(Duration stale);

    /** Keeps the lock alive during a long run. */
    void heartbeat(long runId);

    void finish(long runId, int keyed, int alreadyPresent, int failed, int wouldKey, int inReview, String reportXlsx,
                String reportPdf);

    Optional<BatchRun> run(long runId);

    List<BatchRun> recentRuns(int limit);

    Optional<Keying> keying(long documentId, String botId);

    List<Keying> keyings(long documentId);

    void saveKeying(Keying keying);

    void addEvent(KeyingEvent event);

    List<KeyingEvent> events(long runId);
}
