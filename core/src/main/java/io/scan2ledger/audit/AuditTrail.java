package io.scan2ledger.audit;

import java.util.List;
import java.util.Optional;

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

    /** One row by its sequence number; empty when there is none. */
    Optional<AuditRecord> row(long seq);

    /** The head as recorded with the rows (what a checkpoint copies out of the database). */
    AuditHead head();

    /** Checks the whole chain from the first row up to the head: links, hashes and seals. */
    AuditVerification verify();
}
