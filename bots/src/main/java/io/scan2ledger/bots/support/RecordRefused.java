package io.scan2ledger.bots.support;

import io.scan2ledger.ledger.KeyingOutcome;

import java.util.List;

/**
 * A record the ledger cannot take as it is (a value too long, not a date, a character the ledger's
 * charset lacks); retrying cannot help. The reason names fields and columns, never values.
 */
public class RecordRefused extends Exception {

    public RecordRefused(String reason) {
        super(reason, null, false, false);
    }

    public KeyingOutcome.Failed outcome() {
        return new KeyingOutcome.Failed(getMessage(), List.of(), false);
    }
}
