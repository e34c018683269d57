package io.scan2ledger.audit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The chain head at a moment, kept outside the database: how many rows there were, the hash of
 * the last one, and the row sealing began at. One line of the checkpoint file, sealed with the
 * audit key so that a line cannot be forged without it:
 * {@code at=2026-12-07T03:00:00Z rows=152 head=<sha256> sealedFrom=1 by=schedule key=k1 mac=<hmac>}.
 */
public record AuditCheckpoint(Instant at, long rows, String head, long sealedFrom, String by, String keyId,
                              String mac) {

    /** A new checkpoint, sealed with the active key. */
    public static AuditCheckpoint sealed(Instant at, long rows, String head, long sealedFrom, String by,
                                         AuditSeal seal) {
        AuditCheckpoint unsealed = new AuditCheckpoint(at, rows, head, sealedFrom, by, seal.activeKeyId(), null);
        return new AuditCheckpoint(at, rows, head, sealedFrom, by, seal.activeKeyId(), seal.seal(unsealed.body()));
    }

    /** Everything the MAC covers. */
    String body() {
        return "at=" + at + " rows=" + rows + " head=" + head + " sealedFrom=" + sealedFrom + " by=" + by
                + " key=" + keyId;
    }

    public String line() {
        return body() + " mac=" + mac;
    }

    public AuditSeal.Check check(AuditSeal seal) {
        return seal.check(keyId, body(), mac);
    }

    /** Reads a line written by {@link #line()}; empty when it is not one. */
    public static Optional<AuditCheckpoint> parse(String line) {
        Map<String, String> kv = new LinkedHashMap<>();
        for (String part : line.strip().split(" ")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                kv.put(part.substring(0, eq), part.substring(eq + 1));
            }
        }
        try {
            return Optional.of(new AuditCheckpoint(Instant.parse(kv.get("at")), Long.parseLong(kv.get("rows")),
                    require(kv, "head"), Long.parseLong(kv.get("sealedFrom")), require(kv, "by"), require(kv, "key"),
                    require(kv, "mac")));
        } catch (RuntimeException notACheckpoint) {
            return Optional.empty();
        }
    }

    private static String require(Map<String, String> kv, String key) {
        String v = kv.get(key);
        if (v == null || v.isEmpty()) {
            throw new IllegalArgumentException("no " + key);
        }
        return v;
    }
}
