package io.scan2ledger.audit;

/**
 * One thing that happened, as it is appended to the audit trail: who did what to which document,
 * and the state before and after. {@code detail} holds a reason or the name of a field, never a
 * field's value (the trail is read by auditors, not only by supervisors).
 */
public record AuditEntry(String actor, String action, Long documentId, String before, String after,
                         String detail) {

    public static AuditEntry of(String actor, String action, Long documentId) {
        return new AuditEntry(actor, action, documentId, null, null, null);
    }

    public AuditEntry withChange(Object before, Object after) {
        return new AuditEntry(actor, action, documentId, str(before), str(after), detail);
    }

    public AuditEntry withDetail(String detail) {
        return new AuditEntry(actor, action, documentId, before, after, detail);
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }
}
