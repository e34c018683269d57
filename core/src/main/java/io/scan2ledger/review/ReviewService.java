package io.scan2ledger.review;

import io.scan2ledger.access.Reader;
import io.scan2ledger.access.Role;
import io.scan2ledger.audit.AuditEntry;
import io.scan2ledger.audit.AuditTrail;
import io.scan2ledger.document.Document;
import io.scan2ledger.document.DocumentRepository;
import io.scan2ledger.document.DocumentState;
import io.scan2ledger.extraction.DocumentField;
import io.scan2ledger.extraction.ReadMethod;
import io.scan2ledger.extraction.ReadingRepository;
import io.scan2ledger.field.Problem;
import io.scan2ledger.support.Transactions;
import io.scan2ledger.template.FieldSpec;
import io.scan2ledger.template.FormTemplate;
import io.scan2ledger.template.Templates;
import io.scan2ledger.validation.ValidationService;
import io.scan2ledger.validation.Validator;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a supervisor does to a document, each step audited: look at it, correct a field (which is
 * re-validated at once), confirm a flagged field, approve (with a second supervisor when the form
 * needs four eyes), reject with a reason, pick the form of an unclassified document, reveal a My Number.
 *
 * <p>Approval means someone looked: each approver must first have confirmed (or corrected) every
 * field that is flagged, themselves. A confirmation covers the problems the field had when it was
 * given; a new value voids it, and a problem raised later needs a new one.
 *
 * <p>Every method first checks that the user may see the document at all; one who may not gets
 * {@link NoSuchElementException} ("not found"), so that a DV-protected resident's document does not
 * even reveal that it exists.
 */
public class ReviewService {

    private final DocumentRepository documents;
    private final ReadingRepository readings;
    private final ApprovalRepository approvals;
    private final ConfirmationRepository confirmations;
    private final ValidationService validation;
    private final Templates templates;
    private final ReviewPolicy policy;
    private final AuditTrail audit;
    private final Transactions tx;
    private final Clock clock;

    public ReviewService(DocumentRepository documents, ReadingRepository readings, ApprovalRepository approvals,
                         ConfirmationRepository confirmations, ValidationService validation, Templates templates, ReviewPolicy policy, AuditTrail audit,
                         Transactions tx, Clock clock) {
        this.documents = documents;
        this.readings = readings;
        this.approvals = approvals;
        this.confirmations = confirmations;
        this.validation = validation;
        this.templates = templates;
        this.policy = policy;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /** The document, if this reader may see it. Audited: the page shows a resident's personal data. */
    public Document open(long documentId, Reader reader, String where) {
        return tx.inTransaction(() -> {
            Document doc = visible(documentId, reader);
            audit.append(AuditEntry.of(reader.username(), "VIEW", documentId).withDetail(where));
            return doc;
        });
    }

    /** Fetches without auditing, for the follow-up requests of a page already audited (images, crops). */
    public Document visible(long documentId, Reader reader) {
        return documents.find(documentId).filter(reader::canSee)
                .orElseThrow(() -> new NoSuchElementException("document " + documentId));
    }

    public Validator.Verdict correct(long documentId, String fieldName, String value, Reader reader) {
        requireSupervisor(reader);
        return tx.inTransaction(() -> {
            Document doc = visible(documentId, reader);
            requireReviewable(doc);
            List<DocumentField> fields = new ArrayList<>(readings.fields(documentId));
            int index = indexOf(fields, fieldName);
            DocumentField old = fields.get(index);
            String typed = value == null ? "" : value;
            fields.set(index, new DocumentField(old.name(), old.type(), typed, old.value(), 1.0, old.page(), old.box(),
                    ReadMethod.MANUAL, List.of(), reader.username(), clock.instant(), old.evidence()));
            readings.replaceFields(documentId, fields);
            if (doc.state() == DocumentState.VALIDATED) {
                move(doc, DocumentState.NEEDS_REVIEW, reader, "corrected after validation");
            }
            // Any earlier approval or confirmation was of the old value. Typing the new one is the
            // corrector's look at the problems shown; problems the new value raises are not covered.
            approvals.clear(documentId);
            confirmations.clearField(documentId, fieldName);
            confirmations.add(documentId, new Confirmation(fieldName, reader.username(), clock.instant(), codes(old)));
            audit.append(AuditEntry.of(reader.username(), "CORRECT", documentId).withDetail("field=" + fieldName));
            return validation.revalidate(documentId);
        });
    }

    /**
     * Confirms that the reader looked at a flagged field and accepts its value as it is. Audited
     * with the field's name, never its value.
     */
    public Confirmation confirm(long documentId, String fieldName, Reader reader) {
        requireSupervisor(reader);
        return tx.inTransaction(() -> {
            requireReviewable(visible(documentId, reader));
            List<DocumentField> fields = readings.fields(documentId);
            DocumentField field = fields.get(indexOf(fields, fieldName));
            if (!field.needsAttention()) {
                throw new ReviewRefused("NOT_FLAGGED", "この項目は確認の必要がありません。",
                        "This field is not flagged; there is nothing to confirm.");
            }
            if (invalid(field)) {
                throw new ReviewRefused("INVALID_FIELD", "誤りのある項目は確認ではなく訂正してください。",
                        "An invalid field must be corrected, not confirmed.");
            }
            Confirmation confirmation = new Confirmation(fieldName, reader.username(), clock.instant(), codes(field));
            confirmations.add(documentId, confirmation);
            audit.append(AuditEntry.of(reader.username(), "CONFIRM", documentId).withDetail("field=" + fieldName));
            return confirmation;
        });
    }

    /** The confirmations of a visible document, oldest first (the screen's and the API's second request). */
    public List<Confirmation> confirmations(long documentId, Reader reader) {
        visible(documentId, reader);
        return confirmations.of(documentId);
    }

    /** The names of the flagged fields this reader has not confirmed or corrected yet, in the fields' order. */
    public List<String> unconfirmed(long documentId, Reader reader) {
        visible(documentId, reader);
        return unconfirmed(readings.fields(documentId), confirmations.of(documentId), reader.username());
    }

    /** Fields flagged now that {@code username} has no confirmation covering. */
    public static List<String> unconfirmed(List<DocumentField> fields, List<Confirmation> given, String username) {
        return fields.stream().filter(DocumentField::needsAttention)
                .filter(f -> given.stream().noneMatch(c -> c.field().equals(f.name())
                        && c.username().equals(username) && c.covers(codes(f))))
                .map(DocumentField::name).toList();
    }

    /**
     * @return the state afterwards: APPROVED, or still NEEDS_REVIEW awaiting the second approval.
     * A refusal is audited ({@code APPROVE_REFUSED} with its code and the fields' names).
     */
    public DocumentState approve(long documentId, Reader reader) {
        requireSupervisor(reader);
        try {
            return tx.inTransaction(() -> approveNow(documentId, reader));
        } catch (ReviewRefused refused) {
            // The refused attempt's transaction rolled back; its record is written on its own.
            String fields = refused.fields().isEmpty() ? "" : " fields=" + String.join(",", refused.fields());
            tx.inTransaction(() -> audit.append(AuditEntry.of(reader.username(), "APPROVE_REFUSED", documentId)
                    .withDetail(refused.code() + fields)));
            throw refused;
        }
    }

    private DocumentState approveNow(long documentId, Reader reader) {
        Document doc = visible(documentId, reader);
        if (doc.state() != DocumentState.NEEDS_REVIEW) {
            throw new ReviewRefused("NOT_IN_REVIEW", "この文書は審査待ちではありません。",
                    "This document is not waiting for review.");
        }
        if (doc.formId() == null) {
            throw new ReviewRefused("NO_FORM", "様式が決まっていません。先に様式を選んでください。",
                    "The form is not known yet. Choose the form first.");
        }
        List<DocumentField> fields = validation.revalidate(documentId).fields();
        long invalid = fields.stream().filter(ReviewService::invalid).count();
        if (invalid > 0) {
            throw new ReviewRefused("INVALID_FIELDS", "誤りのある項目が " + invalid + " 件あります。訂正してから承認してください。",
                    invalid + " field(s) are still invalid. Correct them before approving.");
        }
        List<String> unconfirmed = unconfirmed(fields, confirmations.of(documentId), reader.username());
        if (!unconfirmed.isEmpty()) {
            throw unconfirmedRefusal(doc, unconfirmed);
        }
        List<String> before = approvals.approvers(documentId);
        if (before.contains(reader.username())) {
            throw new ReviewRefused("SAME_APPROVER", "同じ職員が二度承認することはできません。別の審査者の承認が必要です。",
                    "The same person cannot approve twice; a second supervisor must approve.");
        }
        approvals.add(documentId, reader.username());
        boolean needsSecond = policy.fourEyesForms().contains(doc.formId()) && before.isEmpty();
        if (needsSecond) {
            audit.append(AuditEntry.of(reader.username(), "APPROVE_FIRST", documentId)
                    .withDetail("awaiting a second approver"));
            return DocumentState.NEEDS_REVIEW;
        }
        move(doc, DocumentState.APPROVED, reader, before.isEmpty() ? "approved" : "second approval");
        return DocumentState.APPROVED;
    }

    /** Names the fields by their printed labels (the field's name where the form has none). */
    private ReviewRefused unconfirmedRefusal(Document doc, List<String> names) {
        Optional<FormTemplate> form = templates.byId(doc.formId());
        String ja = names.stream().map(n -> form.flatMap(f -> f.field(n)).map(FieldSpec::label).orElse(n))
                .collect(Collectors.joining("、"));
        String en = names.stream().map(n -> form.flatMap(f -> f.field(n))
                .map(s -> s.labelEn() == null || s.labelEn().isBlank() ? n : s.labelEn()).orElse(n))
                .collect(Collectors.joining(", "));
        return new ReviewRefused("UNCONFIRMED_FIELDS",
                "確認していない要確認項目が " + names.size() + " 件あります（" + ja + "）。各項目を確認または訂正してから承認してください。",
                names.size() + " flagged field(s) are not confirmed yet (" + en
                        + "). Confirm or correct each of them before approving.", names);
    }

    private static boolean invalid(DocumentField field) {
        return field.problems().stream().anyMatch(p -> p.severity() == Problem.Severity.INVALID);
    }

    private static Set<String> codes(DocumentField field) {
        return field.problems().stream().map(Problem::code).collect(Collectors.toSet());
    }

    public void reject(long documentId, String reason, Reader reader) {
        requireSupervisor(reader);
        if (reason == null || reason.isBlank()) {
            throw new ReviewRefused("REASON_REQUIRED", "却下の理由を入力してください。", "A reason is required to reject.");
        }
        tx.inTransaction(() -> {
            Document doc = visible(documentId, reader);
            if (!doc.state().canMoveTo(DocumentState.REJECTED)) {
                throw new ReviewRefused("NOT_IN_REVIEW", "この文書は却下できる状態ではありません。",
                        "This document cannot be rejected in its current state.");
            }
            // The reason is the supervisor's own words and may name the resident: it goes to the audit
            // trail (which supervisors and auditors read), never to application logs.
            move(doc, DocumentState.REJECTED, reader, "reason: " + reason.strip());
        });
    }

    /** For an unclassified document: the supervisor names the form; it is read again with that template. */
    public void chooseForm(long documentId, String formId, Reader reader) {
        requireSupervisor(reader);
        templates.byId(formId).orElseThrow(() -> new ReviewRefused("UNKNOWN_FORM", "その様式はありません。",
                "No such form."));
        tx.inTransaction(() -> {
            Document doc = visible(documentId, reader);
            if (doc.state() != DocumentState.NEEDS_REVIEW) {
                throw new ReviewRefused("NOT_IN_REVIEW", "この文書は審査待ちではありません。",
                        "This document is not waiting for review.");
            }
            documents.setForm(documentId, formId, null);
            approvals.clear(documentId);
            confirmations.clear(documentId);
            move(doc, DocumentState.RECEIVED, reader, "form chosen: " + formId);
        });
    }

    /** Shows a My Number in full: allowed to supervisors, and always audited. */
    public String revealMyNumber(long documentId, String fieldName, Reader reader) {
        requireSupervisor(reader);
        return tx.inTransaction(() -> {
            visible(documentId, reader);
            DocumentField field = readings.fields(documentId).get(indexOf(readings.fields(documentId), fieldName));
            if (!field.type().equals("my-number")) {
                throw new ReviewRefused("NOT_MY_NUMBER", "個人番号の項目ではありません。", "Not a My Number field.");
            }
            audit.append(AuditEntry.of(reader.username(), "REVEAL_MY_NUMBER", documentId).withDetail("field=" + fieldName));
            return field.value();
        });
    }

    /** An admin marks (or unmarks) a document as DV-protected. */
    public void setDvProtected(long documentId, boolean protect, Reader reader) {
        if (!reader.has(Role.ADMIN)) {
            throw new ReviewRefused("FORBIDDEN", "管理者のみ操作できます。", "Only an administrator may do this.");
        }
        tx.inTransaction(() -> {
            visible(documentId, reader);
            documents.setDvProtected(documentId, protect);
            audit.append(AuditEntry.of(reader.username(), protect ? "DV_PROTECT" : "DV_UNPROTECT", documentId));
        });
    }

    private void move(Document doc, DocumentState to, Reader reader, String detail) {
        if (!documents.compareAndSetState(doc.id(), doc.state(), to)) {
            throw new ReviewRefused("CHANGED", "他の職員がこの文書を更新しました。画面を開き直してください。",
                    "Someone else changed this document. Please reopen it.");
        }
        audit.append(AuditEntry.of(reader.username(), "STATE", doc.id()).withChange(doc.state(), to).withDetail(detail));
    }

    private static void requireSupervisor(Reader reader) {
        if (!reader.has(Role.SUPERVISOR)) {
            throw new ReviewRefused("FORBIDDEN", "審査者のみ操作できます。", "Only a supervisor may do this.");
        }
    }

    private static void requireReviewable(Document doc) {
        if (doc.state() != DocumentState.NEEDS_REVIEW && doc.state() != DocumentState.VALIDATED) {
            throw new ReviewRefused("NOT_IN_REVIEW", "この文書は訂正・確認できる状態ではありません。",
                    "This document cannot be corrected or confirmed in its current state.");
        }
    }

    private static int indexOf(List<DocumentField> fields, String name) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new ReviewRefused("UNKNOWN_FIELD", "その項目はありません。", "No such field.");
    }

    /** Fields of a visible document (the screen's second request, not audited again). */
    public List<DocumentField> fields(long documentId, Reader reader) {
        visible(documentId, reader);
        return readings.fields(documentId);
    }

    public List<Problem> notes(long documentId, Reader reader) {
        visible(documentId, reader);
        return readings.notes(documentId);
    }

    public Optional<String> formOf(long documentId, Reader reader) {
        return Optional.ofNullable(visible(documentId, reader).formId());
    }
}
