package io.scan2ledger.web.api;

import io.scan2ledger.access.Reader;
import io.scan2ledger.review.ReviewService;

import java.util.List;

/** A document after a correction: its state and every field with its new problems (a rule may span fields). */
public record Revalidated(long id, String state, List<FieldView> fields) {

    public static Revalidated of(ReviewService review, long id, Reader reader) {
        return new Revalidated(id, review.visible(id, reader).state().name(), FieldView.all(review.fields(id, reader)));
    }
}
