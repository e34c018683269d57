package io.scan2ledger.audit;

import io.scan2ledger.document.DocumentRepository;

import java.util.List;
import java.util.Optional;

/**
 * {@code audit verify}: the chain with its seals, the chain against the checkpoints kept outside
 * the database, and every stored original. When all is intact a checkpoint is written, so the
 * state just verified is the baseline for the next check; when not, none is (it would bless the change).
 */
public final class AuditVerifier {

    private final AuditTrail trail;
    private final AuditCheckpoints checkpoints;
    private final StoredOriginalsCheck originals;
    private final DocumentRepository documents;

    public AuditVerifier(AuditTrail trail, AuditCheckpoints checkpoints, StoredOriginalsCheck originals,
                         DocumentRepository documents) {
        this.trail = trail;
        this.checkpoints = checkpoints;
        this.originals = originals;
        this.documents = documents;
    }

    public AuditReport verify() {
        AuditVerification walked = trail.verify();
        AuditVerification chain = walked.with(checkpoints.check(walked));
        StoredOriginalsCheck.Result stored = originals.run();
        List<String> named = chain.findings().stream().map(this::named).toList();
        Optional<AuditCheckpoint> checkpoint = chain.intact() && stored.findings().isEmpty()
                ? checkpoints.write("verify") : Optional.empty();
        return new AuditReport(chain, named, stored, checkpoint);
    }

    private String named(AuditFinding f) {
        if (f.documentId() == null) {
            return f.text();
        }
        return f.text() + " — " + documents.find(f.documentId()).map(AuditReport::nameOf)
                .orElse("document " + f.documentId() + " (no longer on record)");
    }
}
