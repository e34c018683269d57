package io.scan2ledger.audit;

import io.scan2ledger.document.DocumentRepository;
import io.scan2ledger.document.OriginalStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every stored original of every source (scans, uploads, online-application records and the
 * export files they came in) against its address, and the store's listing against the documents
 * table: a file on record but gone is missing; a stored file no document names is counted apart.
 */
public final class StoredOriginalsCheck {

    /** At most this many documents are named for one file (an export can hold hundreds of records). */
    private static final int NAMED = 3;

    private final OriginalStore store;
    private final DocumentRepository documents;

    public StoredOriginalsCheck(OriginalStore store, DocumentRepository documents) {
        this.store = store;
        this.documents = documents;
    }

    /**
     * @param stored     files in the store
     * @param onRecord   addresses the documents table names
     * @param notOnRecord files in the store no document names (left by an intake that failed before its commit)
     */
    public record Result(int stored, int onRecord, int notOnRecord, List<AuditFinding> findings) {
    }

    public Result run() {
        Set<String> onRecord = new TreeSet<>(documents.originalsOnRecord());
        Set<String> stored = new TreeSet<>(store.addresses());
        Set<String> all = new TreeSet<>(onRecord);
        all.addAll(stored);
        List<AuditFinding> findings = new ArrayList<>();
        for (String sha : all) {
            if (!store.verify(sha)) {
                findings.add(AuditFinding.of((stored.contains(sha) ? "altered" : "missing") + " stored original "
                        + sha.substring(0, 12) + " of " + holders(sha) + " / 原本の" + (stored.contains(sha)
                        ? "改ざん" : "欠落") + "があります"));
            }
        }
        int notOnRecord = (int) stored.stream().filter(sha -> !onRecord.contains(sha)).count();
        return new Result(stored.size(), onRecord.size(), notOnRecord, findings);
    }

    private String holders(String sha) {
        var holders = documents.holdingOriginal(sha);
        if (holders.isEmpty()) {
            return "no document (not on record)";
        }
        List<String> named = holders.stream().limit(NAMED).map(d -> AuditReport.nameOf(d)).toList();
        return String.join(", ", named) + (holders.size() > NAMED ? " and " + (holders.size() - NAMED) + " more" : "");
    }
}
