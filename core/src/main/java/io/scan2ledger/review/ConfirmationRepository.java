package io.scan2ledger.review;

import java.util.List;

/** Port: the confirmations of a document's flagged fields. Joins the caller's transaction. */
public interface ConfirmationRepository {

    /** Records a confirmation; it replaces that person's earlier one of the same field. */
    void add(long documentId, Confirmation confirmation);

    /** Oldest first. */
    List<Confirmation> of(long documentId);

    /** Voids every confirmation of one field (its value changed). */
    void clearField(long documentId, String field);

    void clear(long documentId);
}
