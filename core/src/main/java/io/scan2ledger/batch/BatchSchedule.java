package io.scan2ledger.batch;

import java.time.Instant;
import java.util.Optional;

/** Port: the nightly schedule, as an admin sees and steers it. */
public interface BatchSchedule {

    void pause();

    void resume();

    boolean paused();

    /** When the scheduled run fires next (in the past while a misfired run waits to catch up); empty when paused. */
    Optional<Instant> nextRun();

    String cron();

    /**
     * A one-off catch-up run at {@code when}, for records whose ledger could not be used and said
     * when to try again; an earlier pending retry stands. Paused with the schedule.
     */
    void retryAt(Instant when);

    /**
     * Drops the pending catch-up run: a later run has covered its records (they were keyed, or
     * failed in a way no retry fixes), so firing it would be an empty run.
     */
    void cancelRetry();

    /** The pending catch-up run, if any. */
    Optional<Instant> nextRetry();
}
