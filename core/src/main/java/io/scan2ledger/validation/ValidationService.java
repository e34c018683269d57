package io.scan2ledger.validation;

import io.scan2ledger.audit.AuditEntry;
import io.scan2ledger.audit.AuditTrail;
import io.scan2ledger.document.Document;
import io.scan2ledger.document.DocumentRepository;
import io.scan2ledger.document.DocumentState;
import io.scan2ledger.extraction.DocumentField;
import io.scan2ledger.extraction.ReadingRepository;
import io.scan2ledger.field.Problem;
import io.scan2ledger.review.ReviewPolicy;
import io.scan2ledger.support.Transactions;
import io.scan2ledger.template.FormTemplate;
import io.scan2ledger.template.Templates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The validation stage: EXTRACTED → VALIDATED (straight through to the bots) or NEEDS_REVIEW,
 * with every field's problems stored for the supervisor. {@link #revalidate} runs the same checks
 * after a correction without moving the document.
 */
public class ValidationService {

    private static final Logger log = LoggerFactory.getLogger(ValidationService.class);
    private static final String ACTOR = "system:validation";

    private final DocumentRepository documents;
    private final ReadingRepository readings;
    private final Templates templates;
    private final Validator validator;
    private final AuditTrail audit;
    private final Transactions tx;
    private final Set<String> dvFields;
    private final ReviewPolicy policy;

    /**
     * @param dvFields names of tick-box fields that, when ticked, mark the document DV-protected
     *                 (DV等支援措置: a resident whose address must be kept from an abuser)
     * @param policy   forms that need four eyes never go straight through, however sure the reading
     */
    public ValidationService(DocumentRepository documents, ReadingRepository readings, Templates templates,
                             Validator validator, AuditTrail audit, Transactions tx, Set<String> dvFields,
                             ReviewPolicy policy) {
        this.documents = documents;
        this.readings = readings;
        this.templates = templates;
        this.validator = validator;
        this.audit = audit;
        this.tx = tx;
        this.dvFields = Set.copyOf(dvFields);
        this.policy = policy;
    }

    /** @return the state afterwards (unchanged if the document was not EXTRACTED) */
    public DocumentState validate(long documentId) {
        return tx.inTransaction(() -> {
            Optional<Document> found = documents.find(documentId);
            if (found.isEmpty() || found.get().state() != DocumentState.EXTRACTED) {
                return found.map(Document::state).orElse(null);
            }
            Document doc = found.get();
            Validator.Verdict verdict = check(doc);
            boolean fourEyes = policy.fourEyesForms().contains(doc.formId());
            DocumentState next = verdict.straightThrough() && !fourEyes ? DocumentState.VALIDATED
                    : DocumentState.NEEDS_REVIEW;
            if (!documents.compareAndSetState(documentId, DocumentState.EXTRACTED, next)) {
                return documents.find(documentId).map(Document::state).orElse(null);
            }
            long flagged = verdict.fields().stream().filter(DocumentField::needsAttention).count();
            audit.append(AuditEntry.of(ACTOR, "STATE", documentId).withChange(DocumentState.EXTRACTED, next)
                    .withDetail("fieldsFlagged=" + flagged + " notes=" + readings.notes(documentId).size()
                            + (fourEyes ? " fourEyes" : "")));
            log.info("validation.done document={} state={} fieldsFlagged={}", documentId, next, flagged);
            return next;
        });
    }

    /** Re-checks a document's fields (after a correction) and stores the new problems; the state does not change. */
    public Validator.Verdict revalidate(long documentId) {
        return tx.inTransaction(() -> check(documents.find(documentId).orElseThrow()));
    }

    private Validator.Verdict check(Document doc) {
        FormTemplate template = templateOf(doc);
        List<Problem> notes = readings.notes(doc.id());
        Validator.Verdict verdict = validator.validate(template, readings.fields(doc.id()), notes);
        readings.replaceFields(doc.id(), verdict.fields());
        protectIfTicked(doc, verdict.fields());
        return verdict;
    }

    /** A ticked DV field protects the document at once; clearing the tick never unprotects it (an admin does). */
    private void protectIfTicked(Document doc, List<DocumentField> fields) {
        boolean ticked = fields.stream().anyMatch(f -> dvFields.contains(f.name()) && "true".equals(f.value()));
        if (ticked && !doc.dvProtected()) {
            documents.setDvProtected(doc.id(), true);
            audit.append(AuditEntry.of(ACTOR, "DV_PROTECT", doc.id()).withDetail("ticked on the form"));
        }
    }

    private FormTemplate templateOf(Document doc) {
        return Optional.ofNullable(doc.formId()).flatMap(templates::byId)
                .orElseThrow(() -> new IllegalStateException("document " + doc.id() + " has no known form"));
    }
}
