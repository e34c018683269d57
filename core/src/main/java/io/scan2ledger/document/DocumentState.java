package io.scan2ledger.document;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a document is in its life. The allowed moves are listed here, once, so that no stage can
 * invent a shortcut (for example VALIDATED straight to KEYED without a bot having keyed it).
 */
public enum DocumentState {
    /** Stored and recorded; waiting for extraction. */
    RECEIVED,
    /** Fields read from the pages; waiting for validation. */
    EXTRACTED,
    /** A field failed a rule or is below its confidence threshold: a supervisor must look. */
    NEEDS_REVIEW,
    /** Every field valid and confident: goes to the bots without review (straight through). */
    VALIDATED,
    /** A supervisor approved it. */
    APPROVED,
    /** Every ledger bot for the form has keyed it. */
    KEYED,
    /** A bot failed; the reason is recorded and the next run retries it. */
    KEY_FAILED,
    /** A supervisor rejected it, with a reason. */
    REJECTED,
    /** The file could not be taken (not a document, broken, too large...); the reason is recorded. */
    QUARANTINED,
    /** The same bytes were received before; this record points at the first one. */
    DUPLICATE;

    private static final Set<DocumentState> FINAL = EnumSet.of(KEYED, REJECTED, QUARANTINED, DUPLICATE);

    public boolean isFinal() {
        return FINAL.contains(this);
    }

    /** States that the pipeline itself moves on from, so they resume after a restart. */
    public boolean isMachineStage() {
        return this == RECEIVED || this == EXTRACTED;
    }

    public boolean canMoveTo(DocumentState next) {
        return switch (this) {
            case RECEIVED -> next == EXTRACTED || next == NEEDS_REVIEW || next == QUARANTINED;
            case EXTRACTED -> next == NEEDS_REVIEW || next == VALIDATED || next == RECEIVED;
            // A supervisor's correction re-validates; an unclassified document goes back to extraction.
            case NEEDS_REVIEW -> next == APPROVED || next == REJECTED || next == NEEDS_REVIEW
                    || next == RECEIVED;
            case VALIDATED -> next == KEYED || next == KEY_FAILED || next == NEEDS_REVIEW;
            case APPROVED -> next == KEYED || next == KEY_FAILED || next == NEEDS_REVIEW;
            case KEY_FAILED -> next == KEYED || next == KEY_FAILED || next == NEEDS_REVIEW;
            case KEYED, REJECTED, QUARANTINED, DUPLICATE -> false;
        };
    }
}
