package io.scan2ledger.audit;

import java.util.List;

/** Port: the append-only audit trail. */
public interface AuditTrail {

    /**
     * Appends in the caller's transaction. Appends are serialised so that the chain has no forks:
     * the adapter locks the chain head until the transaction ends.
     */
    AuditRecord append(AuditEntry entry);

    List<AuditRecord> historyOf(long documentId);

    /** The newest rows, newest first. */
    List<AuditRecord> recent(int limit);

    /** Checks the whole chain from the first row. */
    AuditVerification verify();
}
