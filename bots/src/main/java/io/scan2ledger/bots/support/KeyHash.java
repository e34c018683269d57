package io.scan2ledger.bots.support;

import io.scan2ledger.support.Sha256;

/**
 * What logs show of a record key: a key may hold a My Number, so only a short SHA-256 prefix is
 * logged, enough to follow one record through a run's log lines.
 */
public final class KeyHash {

    private KeyHash() {
    }

    public static String of(String key) {
        return Sha256.of(key == null ? "" : key).substring(0, 12);
    }
}
