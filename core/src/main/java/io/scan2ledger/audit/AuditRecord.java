package io.scan2ledger.audit;

import java.time.Instant;

/**
 * An audit row as stored, with its place in the hash chain and its seal ({@link AuditSeal}: the
 * key id and the MAC of {@code hash}); rows written before sealing began have neither.
 */
public record AuditRecord(long seq, Instant at, AuditEntry entry, String prevHash, String hash, String sealKey,
                          String seal) {

    /** A row of the plain chain, unsealed. */
    public AuditRecord(long seq, Instant at, AuditEntry entry, String prevHash, String hash) {
        this(seq, at, entry, prevHash, hash, null, null);
    }
}
