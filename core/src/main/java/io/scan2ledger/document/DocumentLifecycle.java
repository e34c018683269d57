package io.scan2ledger.document;

import io.scan2ledger.audit.AuditEntry;
import io.scan2ledger.audit.AuditTrail;
import io.scan2ledger.support.Transactions;

/**
 * Moves documents between states. The state change and its audit row commit together, and the
 * move only happens if the document is still where the caller thinks it is.
 */
public class DocumentLifecycle {

    private final DocumentRepository documents;
    private final AuditTrail audit;
    private final Transactions tx;

    public DocumentLifecycle(DocumentRepository documents, AuditTrail audit, Transactions tx) {
        this.documents = documents;
        this.audit = audit;
        this.tx = tx;
    }

    /**
     * @return true if this call made the move; false if the document had already left {@code from}
     *     (another worker got there first), which callers treat as "nothing to do".
     */
    public boolean move(long documentId, DocumentState from, DocumentState to, String actor, String reason) {
        if (!from.canMoveTo(to)) {
            throw new IllegalStateException("A document cannot move from " + from + " to " + to);
        }
        return tx.inTransaction(() -> {
            if (!documents.compareAndSetState(documentId, from, to)) {
                return false;
            }
            audit.append(AuditEntry.of(actor, "STATE", documentId).withChange(from, to).withDetail(reason));
            return true;
        });
    }
}
