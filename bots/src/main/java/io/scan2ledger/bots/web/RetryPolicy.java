package io.scan2ledger.bots.web;

import java.time.Duration;

/**
 * How often a record is tried when the ledger fails in passing (a 500 page, a timeout, a stale
 * element), and how long to wait in between: {@code backoff}, times {@code multiplier} after each
 * further failure, at most {@code maxBackoff}. {@code retryAfter} is what a run is told when the
 * ledger cannot be reached at all.
 */
public record RetryPolicy(int attempts, Duration backoff, double multiplier, Duration maxBackoff,
                          Duration retryAfter) {

    public RetryPolicy {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
        if (multiplier < 1) {
            throw new IllegalArgumentException("multiplier must be at least 1");
        }
        if (backoff.isNegative() || maxBackoff.compareTo(backoff) < 0) {
            throw new IllegalArgumentException("backoff must be from 0 to maxBackoff");
        }
    }

    /** The pause after failed attempt {@code attempt} (1 = the first). */
    public Duration pauseAfter(int attempt) {
        double millis = backoff.toMillis() * Math.pow(multiplier, attempt - 1);
        return millis >= maxBackoff.toMillis() ? maxBackoff : Duration.ofMillis(Math.round(millis));
    }
}
