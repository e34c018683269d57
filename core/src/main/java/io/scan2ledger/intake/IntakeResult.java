package io.scan2ledger.intake;

import io.scan2ledger.document.Document;

import java.util.Optional;

/** What intake did with one file. */
public record IntakeResult(Outcome outcome, Optional<Document> document, Optional<QuarantineReason> reason) {

    public enum Outcome {
        /** Stored, recorded and moved on: a new document. */
        RECEIVED,
        /** The same bytes were received before; recorded as a duplicate and not processed again. */
        DUPLICATE,
        /** Recorded as quarantined and moved to the error folder with the reason beside it. */
        QUARANTINED,
        /** An earlier attempt recorded this file but died before moving it; the move was finished now. */
        RESUMED,
        /** The file still looks half-written; left where it is for a later poll. */
        NOT_YET,
        /** Taken before, but its inbox would not let it be removed (read-only); skipped without reading it. */
        ALREADY_TAKEN
    }

    static IntakeResult of(Outcome outcome, Document document, QuarantineReason reason) {
        return new IntakeResult(outcome, Optional.of(document), Optional.ofNullable(reason));
    }

    static IntakeResult notYet() {
        return new IntakeResult(Outcome.NOT_YET, Optional.empty(), Optional.empty());
    }

    static IntakeResult alreadyTaken() {
        return new IntakeResult(Outcome.ALREADY_TAKEN, Optional.empty(), Optional.empty());
    }
}
