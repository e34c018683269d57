package io.scan2ledger.extraction;

import io.scan2ledger.field.Problem;

import java.util.List;

/** Port: the pages, fields and document-level notes produced by reading a document. Joins the caller's transaction. */
public interface ReadingRepository {

    void replacePages(long documentId, List<PageRead> pages);

    List<PageRead> pages(long documentId);

    void replaceFields(long documentId, List<DocumentField> fields);

    List<DocumentField> fields(long documentId);

    /** Document-level doubts (unclassified, registration failed...), replaced as a whole. */
    void replaceNotes(long documentId, List<Problem> notes);

    List<Problem> notes(long documentId);
}
