package io.scan2ledger.audit;

/** The chain head as the database records it, and the row sealing began at (the cut-over). */
public record AuditHead(long seq, String hash, long sealedFrom) {
}
