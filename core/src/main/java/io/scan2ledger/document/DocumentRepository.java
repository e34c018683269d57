package io.scan2ledger.document;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Port: where documents are recorded. Every call joins the caller's transaction, if any. */
public interface DocumentRepository {

    /** Inserts and returns the stored document. */
    Document insert(NewDocument document);

    Optional<Document> find(long id);

    /**
     * The document recorded from this very file in an earlier attempt that did not get to move the
     * file out of the inbox (the process died in between). Same channel, name and bytes.
     */
    Optional<Document> findPendingIntake(String channel, String originalName, String sha256);

    /** Every document still marked as being taken in (recorded, its file not yet known to be moved). */
    List<Document> findPendingIntakes();

    /**
     * Inserts a document that came out of a batch file (an e-application export), remembering the
     * file's hash so that a crash before the file left the inbox can be finished later.
     */
    Document insert(NewDocument document, String batchSha256);

    /** Documents recorded from this very batch file whose move out of the inbox was not finished. */
    List<Document> findPendingBatch(String channel, String originalName, String batchSha256);

    /** The first accepted document with these bytes: neither a duplicate nor quarantined. */
    Optional<Document> findOriginalBySha(String sha256);

    /** The file has left its inbox; where it went (archive or error folder). */
    void markLeftInbox(long id, String movedTo);

    /**
     * Moves the document from one state to another only if it is still in {@code from}
     * (compare-and-set), so two workers can never both move the same document.
     */
    boolean compareAndSetState(long id, DocumentState from, DocumentState to);

    /** Records which form (template id and version) the document was read as; null clears it. */
    void setForm(long id, String formId, Integer formVersion);

    /** Marks a document DV-protected (only readers with the DV right see it), or clears the mark. */
    void setDvProtected(long id, boolean dvProtected);

    void setQuarantineCode(long id, String code);

    List<Document> search(DocumentQuery query);

    /**
     * Stored originals that retention may purge: every document holding those bytes is finished
     * (KEYED, REJECTED, QUARANTINED, DUPLICATE), was received before {@code receivedBefore}, and has
     * not been purged yet.
     */
    List<String> purgeableOriginals(java.time.Instant receivedBefore);

    /** Records that the original with these bytes was purged, on every document holding it; returns their ids. */
    List<Long> markOriginalPurged(String sha256, java.time.Instant at);

    /**
     * The addresses of every original the store should still hold (not purged): each document's
     * own bytes and the file it came in (an online-application export holding several records).
     */
    List<String> originalsOnRecord();

    /** The documents whose own bytes or source file are stored under this address, by id. */
    List<Document> holdingOriginal(String sha256);

    List<Long> findIdsInStates(Collection<DocumentState> states);

    long countInState(DocumentState state);
}
