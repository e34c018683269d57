package io.scan2ledger.web.api;

import io.scan2ledger.access.Reader;
import io.scan2ledger.review.ReviewService;

import java.util.List;

/**
 * A document after a correction or a confirmation: its state, every field with its new problems (a
 * rule may span fields), and the flagged fields the caller has still to confirm before approving.
 */
public record Revalidated(long id, String state, List<FieldView> fields, List<String> unconfirmed) {

    public static Revalidated of(ReviewService review, long id, Reader reader) {
        return new Revalidated(id, review.visible(id, reader).state().name(), FieldView.all(review.fields(id, reader)),
                review.unconfirmed(id, reader));
    }
}
