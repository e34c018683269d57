package io.scan2ledger.review;

import java.util.List;

/** Port: who has approved a document so far (for the four-eyes rule). Joins the caller's transaction. */
public interface ApprovalRepository {

    void add(long documentId, String username);

    List<String> approvers(long documentId);

    void clear(long documentId);
}
