package io.scan2ledger.intake;

import io.scan2ledger.support.Redact;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Tracks whether the document store can be written. While it cannot (typically a full disk), every
 * poll fails again on every waiting file; the operator is told once when it starts and once when it
 * is over, not once per file and poll.
 */
class StoreOutage {

    private static final Logger log = LoggerFactory.getLogger(StoreOutage.class);

    private final AtomicLong failedAttempts = new AtomicLong();

    IntakeDeferred failed(String channel, RuntimeException cause) {
        String why = Redact.throwable(cause);
        if (failedAttempts.getAndIncrement() == 0) {
            log.error("intake.store-failed channel={} cause={} : the document store cannot be written (disk full?). "
                    + "Files stay in their inboxes and are taken once it can be written again.", channel, why);
        } else {
            log.debug("intake.store-still-failing channel={} cause={}", channel, why);
        }
        return new IntakeDeferred("the document store cannot be written; the file stays in its inbox", cause);
    }

    void recovered() {
        long failed = failedAttempts.getAndSet(0);
        if (failed > 0) {
            log.info("intake.store-recovered failedAttempts={} : the document store can be written again; "
                    + "waiting files are being taken", failed);
        }
    }
}
