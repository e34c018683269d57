package io.scan2ledger.batch;

import io.scan2ledger.ledger.KeyingOutcome;

import java.time.Duration;

/**
 * When a run stops sending records to a bot: after {@code afterSystemErrors} system errors in a
 * row (the ledger is down or broken, so every further record would fail the same way and add load
 * and evidence of personal data for nothing). Its remaining records stay as they were and a
 * catch-up run comes {@code retryAfter} later.
 */
public record BotPause(int afterSystemErrors, Duration retryAfter) {

    public static final BotPause DEFAULT = new BotPause(3, Duration.ofMinutes(30));

    public BotPause {
        if (afterSystemErrors < 1) {
            throw new IllegalArgumentException("afterSystemErrors must be at least 1");
        }
        if (retryAfter == null || retryAfter.isNegative() || retryAfter.isZero()) {
            throw new IllegalArgumentException("retryAfter must be positive");
        }
    }

    /** A fresh count for one bot in one run. */
    Streak streak() {
        return new Streak();
    }

    /** Consecutive system errors: another kind of failure leaves the count, a success resets it. */
    final class Streak {

        private int systemErrors;

        /** Counts the outcome; true once the bot is to be paused. */
        boolean add(KeyingOutcome outcome) {
            if (outcome instanceof KeyingOutcome.Failed failed) {
                if (failed.cause() == KeyingOutcome.Failed.Cause.SYSTEM_ERROR) {
                    systemErrors++;
                }
            } else {
                systemErrors = 0;
            }
            return tripped();
        }

        boolean tripped() {
            return systemErrors >= afterSystemErrors;
        }

        int systemErrors() {
            return systemErrors;
        }
    }
}
