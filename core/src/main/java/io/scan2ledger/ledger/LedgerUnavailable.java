package io.scan2ledger.ledger;

import java.time.Duration;

/** The ledger cannot be used right now; the run retries after {@code retryAfter}. */
public class LedgerUnavailable extends Exception {

    private final Duration retryAfter;

    public LedgerUnavailable(String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.retryAfter = retryAfter;
    }

    public LedgerUnavailable(String message, Duration retryAfter) {
        this(message, retryAfter, null);
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
