package io.scan2ledger.audit;

import java.time.Instant;

/** An audit row as stored, with its place in the hash chain. */
public record AuditRecord(long seq, Instant at, AuditEntry entry, String prevHash, String hash) {
}
