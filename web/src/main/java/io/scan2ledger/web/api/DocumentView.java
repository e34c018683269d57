package io.scan2ledger.web.api;

import io.scan2ledger.audit.AuditRecord;
import io.scan2ledger.document.Document;
import io.scan2ledger.intake.QuarantineReason;
import io.scan2ledger.review.Confirmation;

import java.time.Instant;
import java.util.List;

/** A document as the API shows it. */
public record DocumentView(long id, String sha256, String state, String channel, String source, String originalName,
                           String mediaType, long sizeBytes, int pageCount, Instant receivedAt, Instant updatedAt,
                           Long duplicateOf, Quarantine quarantine, String formId, boolean dvProtected,
                           List<FieldView> fields, List<FieldView.ProblemView> notes,
                           List<ConfirmationView> confirmations, List<HistoryEntry> history) {

    /** Who confirmed which flagged field, and when (never the value). */
    public record ConfirmationView(String field, String by, Instant at) {
        static ConfirmationView of(Confirmation c) {
            return new ConfirmationView(c.field(), c.username(), c.at());
        }
    }

    public record Quarantine(String code, String ja, String en) {
    }

    public record HistoryEntry(long seq, Instant at, String actor, String action, String from, String to,
                               String detail) {
        static HistoryEntry of(AuditRecord r) {
            return new HistoryEntry(r.seq(), r.at(), r.entry().actor(), r.entry().action(), r.entry().before(),
                    r.entry().after(), r.entry().detail());
        }
    }

    static DocumentView summary(Document d) {
        return of(d, null, null, null, null);
    }

    static DocumentView of(Document d, List<FieldView> fields, List<FieldView.ProblemView> notes,
                           List<Confirmation> confirmations, List<AuditRecord> history) {
        Quarantine q = null;
        if (d.quarantineCode() != null) {
            QuarantineReason.Code code = QuarantineReason.Code.valueOf(d.quarantineCode());
            q = new Quarantine(code.name(), code.japanese(), code.english());
        }
        return new DocumentView(d.id(), d.sha256(), d.state().name(), d.channel(), d.source().name(),
                d.originalName(), d.mediaType(), d.sizeBytes(), d.pageCount(), d.receivedAt(), d.updatedAt(),
                d.duplicateOf(), q, d.formId(), d.dvProtected(), fields, notes,
                confirmations == null ? null : confirmations.stream().map(ConfirmationView::of).toList(),
                history == null ? null : history.stream().map(HistoryEntry::of).toList());
    }
}
