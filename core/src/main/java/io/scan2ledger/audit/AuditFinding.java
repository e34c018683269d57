package io.scan2ledger.audit;

/**
 * One thing {@code audit verify} found wrong: the row it concerns ({@code 0} for none, e.g. a
 * checkpoint line or a stored file), the document the row names (as stored, possibly rewritten),
 * and the text in English and Japanese.
 */
public record AuditFinding(long seq, Long documentId, String text) {

    public static AuditFinding of(String text) {
        return new AuditFinding(0, null, text);
    }
}
