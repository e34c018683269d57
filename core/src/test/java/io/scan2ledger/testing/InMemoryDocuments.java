package io.scan2ledger.testing;

import io.scan2ledger.audit.AuditChain;
import io.scan2ledger.audit.AuditEntry;
import io.scan2ledger.audit.AuditRecord;
import io.scan2ledger.audit.AuditTrail;
import io.scan2ledger.audit.AuditVerification;
import io.scan2ledger.document.Document;
import io.scan2ledger.document.DocumentQuery;
import io.scan2ledger.document.DocumentRepository;
import io.scan2ledger.document.DocumentState;
import io.scan2ledger.document.NewDocument;
import io.scan2ledger.intake.InboxFolders;
import io.scan2ledger.support.Transactions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/** In-memory stand-ins for the database ports, for unit tests of the core only. */
public final class InMemoryDocuments implements DocumentRepository, AuditTrail, Transactions {

    private final Map<Long, Document> docs = new ConcurrentHashMap<>();
    private final Map<Long, Boolean> pending = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final List<AuditRecord> audit = new ArrayList<>();

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }

    private final Map<Long, String> batches = new ConcurrentHashMap<>();

    @Override
    public Document insert(NewDocument d, String batchSha256) {
        Document doc = insert(d);
        if (batchSha256 != null) {
            batches.put(doc.id(), batchSha256);
        }
        return doc;
    }

    @Override
    public List<Document> findPendingBatch(String channel, String originalName, String batchSha256) {
        return docs.values().stream()
                .filter(d -> pending.get(d.id()) && d.channel().equals(channel)
                        && d.originalName().equals(InboxFolders.safeFileName(originalName))
                        && batchSha256.equals(batches.get(d.id())))
                .sorted(Comparator.comparingLong(Document::id)).toList();
    }

    @Override
    public Document insert(NewDocument d) {
        long id = ids.incrementAndGet();
        Document doc = new Document(id, d.sha256(), d.state(), d.channel(), d.source(), d.originalName(), d.mediaType(),
                d.sizeBytes(), d.pageCount(), d.receivedAt(), d.receivedAt(), d.duplicateOf(), d.quarantineCode(),
                null, false);
        docs.put(id, doc);
        pending.put(id, d.intakePending());
        return doc;
    }

    @Override
    public Optional<Document> find(long id) {
        return Optional.ofNullable(docs.get(id));
    }

    @Override
    public synchronized List<Document> findPendingIntakes() {
        return docs.values().stream().filter(d -> pending.get(d.id())).sorted(Comparator.comparingLong(Document::id))
                .toList();
    }

    @Override
    public Optional<Document> findPendingIntake(String channel, String originalName, String sha256) {
        return docs.values().stream()
                .filter(d -> pending.get(d.id()) && d.channel().equals(channel)
                        && d.originalName().equals(InboxFolders.safeFileName(originalName))
                        && Objects.equals(d.sha256(), sha256))
                .min(Comparator.comparingLong(Document::id));
    }

    @Override
    public Optional<Document> findOriginalBySha(String sha256) {
        return docs.values().stream()
                .filter(d -> sha256.equals(d.sha256()) && d.state() != DocumentState.DUPLICATE
                        && d.state() != DocumentState.QUARANTINED)
                .min(Comparator.comparingLong(Document::id));
    }

    @Override
    public void markLeftInbox(long id, String movedTo) {
        pending.put(id, false);
    }

    public boolean isPending(long id) {
        return pending.get(id);
    }

    @Override
    public boolean compareAndSetState(long id, DocumentState from, DocumentState to) {
        Document d = docs.get(id);
        if (d == null || d.state() != from) {
            return false;
        }
        docs.put(id, new Document(d.id(), d.sha256(), to, d.channel(), d.source(), d.originalName(), d.mediaType(),
                d.sizeBytes(), d.pageCount(), d.receivedAt(), Instant.now(), d.duplicateOf(), d.quarantineCode(),
                d.formId(), d.dvProtected()));
        return true;
    }

    @Override
    public void setForm(long id, String formId, Integer formVersion) {
        update(id, d -> new Document(d.id(), d.sha256(), d.state(), d.channel(), d.source(), d.originalName(),
                d.mediaType(), d.sizeBytes(), d.pageCount(), d.receivedAt(), Instant.now(), d.duplicateOf(),
                d.quarantineCode(), formId, d.dvProtected()));
    }

    @Override
    public void setDvProtected(long id, boolean dvProtected) {
        update(id, d -> new Document(d.id(), d.sha256(), d.state(), d.channel(), d.source(), d.originalName(),
                d.mediaType(), d.sizeBytes(), d.pageCount(), d.receivedAt(), Instant.now(), d.duplicateOf(),
                d.quarantineCode(), d.formId(), dvProtected));
    }

    @Override
    public void setQuarantineCode(long id, String code) {
        update(id, d -> new Document(d.id(), d.sha256(), d.state(), d.channel(), d.source(), d.originalName(),
                d.mediaType(), d.sizeBytes(), d.pageCount(), d.receivedAt(), Instant.now(), d.duplicateOf(),
                code, d.formId(), d.dvProtected()));
    }

    private void update(long id, java.util.function.UnaryOperator<Document> change) {
        docs.computeIfPresent(id, (k, d) -> change.apply(d));
    }

    @Override
    public List<String> purgeableOriginals(Instant receivedBefore) {
        throw new UnsupportedOperationException("retention is tested against a real database");
    }

    @Override
    public List<Long> markOriginalPurged(String sha256, Instant at) {
        throw new UnsupportedOperationException("retention is tested against a real database");
    }

    @Override
    public List<Document> holdingOriginal(String sha256) {
        return docs.values().stream().filter(d -> sha256.equals(d.sha256())).toList();
    }

    @Override
    public List<String> originalsOnRecord() {
        return docs.values().stream().map(Document::sha256).filter(Objects::nonNull).distinct().sorted().toList();
    }

    @Override
    public List<Document> search(DocumentQuery query) {
        return docs.values().stream()
                .filter(d -> query.state().map(s -> s == d.state()).orElse(true))
                .filter(d -> query.channels().isEmpty() || query.channels().contains(d.channel()))
                .sorted(Comparator.comparingLong(Document::id).reversed())
                .limit(query.limit()).toList();
    }

    @Override
    public List<Long> findIdsInStates(Collection<DocumentState> states) {
        return docs.values().stream().filter(d -> states.contains(d.state())).map(Document::id).sorted().toList();
    }

    @Override
    public long countInState(DocumentState state) {
        return docs.values().stream().filter(d -> d.state() == state).count();
    }

    public List<Document> all() {
        return docs.values().stream().sorted(Comparator.comparingLong(Document::id)).toList();
    }

    @Override
    public synchronized AuditRecord append(AuditEntry entry) {
        String prev = audit.isEmpty() ? AuditChain.GENESIS : audit.get(audit.size() - 1).hash();
        long seq = audit.size() + 1;
        Instant at = Instant.now();
        AuditRecord r = new AuditRecord(seq, at, entry, prev, AuditChain.hash(seq, at, entry, prev));
        audit.add(r);
        return r;
    }

    @Override
    public synchronized List<AuditRecord> historyOf(long documentId) {
        return audit.stream().filter(r -> Objects.equals(r.entry().documentId(), documentId)).toList();
    }

    @Override
    public synchronized List<AuditRecord> recent(int limit) {
        List<AuditRecord> newestFirst = new java.util.ArrayList<>(audit);
        java.util.Collections.reverse(newestFirst);
        return newestFirst.subList(0, Math.min(limit, newestFirst.size()));
    }

    @Override
    public synchronized java.util.Optional<AuditRecord> row(long seq) {
        return audit.stream().filter(r -> r.seq() == seq).findFirst();
    }

    @Override
    public synchronized io.scan2ledger.audit.AuditHead head() {
        return audit.isEmpty() ? new io.scan2ledger.audit.AuditHead(0, AuditChain.GENESIS, Long.MAX_VALUE)
                : new io.scan2ledger.audit.AuditHead(audit.size(), audit.get(audit.size() - 1).hash(), Long.MAX_VALUE);
    }

    @Override
    public synchronized AuditVerification verify() {
        return AuditChain.verify(List.copyOf(audit).iterator());
    }
}
