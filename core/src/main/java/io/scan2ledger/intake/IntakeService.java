package io.scan2ledger.intake;

import io.scan2ledger.audit.AuditEntry;
import io.scan2ledger.audit.AuditTrail;
import io.scan2ledger.document.Document;
import io.scan2ledger.document.DocumentRepository;
import io.scan2ledger.document.DocumentState;
import io.scan2ledger.document.Source;
import io.scan2ledger.document.NewDocument;
import io.scan2ledger.document.OriginalStore;
import io.scan2ledger.intake.IntakeResult.Outcome;
import io.scan2ledger.support.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Takes one file into scan2ledger. The order is what makes intake safe:
 * <ol>
 *   <li>look inside the file (a half-written scan is left for the next poll);</li>
 *   <li>copy it into the content-addressed store and force it to disk;</li>
 *   <li>record the document and its audit row in one transaction;</li>
 *   <li>only then move the file out of the inbox, and note where it went.</li>
 * </ol>
 * If the process dies after step 3, the file is still in the inbox; the next attempt finds the
 * record still marked "pending" for this channel, name and hash, and only finishes the move.
 * So nothing is lost and nothing is recorded twice.
 */
public class IntakeService {

    private static final Logger log = LoggerFactory.getLogger(IntakeService.class);

    private final DocumentInspector inspector;
    private final OriginalStore store;
    private final DocumentRepository documents;
    private final AuditTrail audit;
    private final Transactions tx;
    private final InboxFolders folders;
    private final IntakeSettings settings;
    private final Clock clock;
    private final LeftInInbox leftInInbox;
    private final StoreOutage storeOutage = new StoreOutage();
    private final Object recordLock = new Object();
    private volatile CrashPoint crashPoint = CrashPoint.NONE;

    public IntakeService(DocumentInspector inspector, OriginalStore store, DocumentRepository documents,
                         AuditTrail audit, Transactions tx, IntakeSettings settings, Clock clock) {
        this.inspector = inspector;
        this.store = store;
        this.documents = documents;
        this.audit = audit;
        this.tx = tx;
        this.settings = settings;
        this.clock = clock;
        this.folders = new InboxFolders(settings, clock);
        this.leftInInbox = new LeftInInbox(settings.archiveDir().resolve(".left-in-inbox"));
    }

    public IntakeResult take(IncomingFile in) {
        Path file = in.file();
        Optional<String> identity = LeftInInbox.identify(in);
        if (leftInInbox.contains(identity)) {
            log.debug("intake.skip reason=left-in-read-only-inbox channel={}", in.channel());
            return IntakeResult.alreadyTaken();
        }
        Inspection inspection = inspectSafely(file);
        if (inspection instanceof Inspection.LooksIncomplete incomplete) {
            // A scanner may still be writing a file in a folder; an upload is whole once its request
            // has ended, so a cut-off upload is refused at once (and answered), never left waiting.
            if (in.source() == Source.FOLDER && age(file).compareTo(settings.incompleteGrace()) < 0) {
                log.debug("intake.wait reason=looks-incomplete channel={}", in.channel());
                return IntakeResult.notYet();
            }
            inspection = Inspection.refused(QuarantineReason.Code.INCOMPLETE, incomplete.detail());
        }
        // Files we refuse without reading (links, oversized) have no hash; everything else is stored first.
        String sha256 = storable(inspection) ? store(in) : null;

        Recorded recorded = record(in, inspection, sha256);
        crashPoint.reached(CrashPoint.AFTER_RECORD);

        Document doc = recorded.document();
        InboxFolders.Moved moved = doc.state() == DocumentState.QUARANTINED
                ? folders.quarantine(file, doc, recorded.reason(), InboxFolders.IfStuck.COPY)
                : folders.archive(file, doc, InboxFolders.IfStuck.COPY);
        crashPoint.reached(CrashPoint.AFTER_MOVE);
        documents.markLeftInbox(doc.id(), moved.to().toString());
        log.info("intake.{} document={} sha={} state={} channel={} source={}",
                recorded.outcome().name().toLowerCase(), doc.id(), doc.shortSha(), doc.state(),
                doc.channel(), doc.source());
        if (moved.stillInInbox()) {
            identity.ifPresent(id -> leftInInbox.remember(id, doc.id()));
            log.warn("intake.left-in-inbox document={} sha={} channel={} : the inbox would not let the file be "
                    + "removed (read-only?). A copy was filed and the original is skipped from now on; "
                    + "remove it from the inbox by hand or make the inbox writable.", doc.id(), doc.shortSha(),
                    doc.channel());
        }
        return IntakeResult.of(recorded.outcome(), doc, recorded.reason());
    }

    /**
     * A process killed after moving a file out of its inbox, but before recording the move, leaves
     * the document marked pending. At start-up such a document, filed and gone from its inbox, is
     * settled; one whose file is still in its inbox is left for the next poll to resume.
     *
     * @param inboxes each channel's inbox folder
     * @return how many were settled
     */
    public int settlePending(Map<String, Path> inboxes) {
        int settled = 0;
        for (Document doc : documents.findPendingIntakes()) {
            Path inbox = inboxes.get(doc.channel());
            if (inbox != null && Files.exists(inbox.resolve(doc.originalName()), LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            Optional<Path> filed = folders.filed(doc);
            if (filed.isPresent()) {
                documents.markLeftInbox(doc.id(), filed.get().toString());
                log.info("intake.settled document={} sha={} channel={} : filed before the last stop", doc.id(),
                        doc.shortSha(), doc.channel());
                settled++;
            }
        }
        return settled;
    }

    /** Copies the file into the store; when the store cannot be written, the file is left for a later poll. */
    private String store(IncomingFile in) {
        String sha256;
        try {
            sha256 = store.put(in.file());
        } catch (UncheckedIOException e) {
            throw storeOutage.failed(in.channel(), e);
        }
        storeOutage.recovered();
        return sha256;
    }

    private record Recorded(Outcome outcome, Document document, QuarantineReason reason) {
    }

    private Recorded record(IncomingFile in, Inspection inspection, String sha256) {
        // One decision at a time in this process, so two copies of the same bytes arriving together
        // cannot both become "the first". Across nodes a unique index on the original's hash backs this up.
        synchronized (recordLock) {
            return tx.inTransaction(() -> {
                var pending = documents.findPendingIntake(in.channel(), in.originalName(), sha256);
                if (pending.isPresent()) {
                    Document doc = pending.get();
                    QuarantineReason reason = inspection instanceof Inspection.Refused r ? r.reason() : null;
                    return new Recorded(Outcome.RESUMED, doc, reason);
                }
                Instant now = clock.instant();
                if (inspection instanceof Inspection.Refused refused) {
                    Document doc = insert(in, sha256, DocumentState.QUARANTINED, null, 0, null,
                            refused.reason().code().name(), now);
                    audit.append(AuditEntry.of(in.actor(), "RECEIVE", doc.id())
                            .withChange(null, DocumentState.QUARANTINED)
                            .withDetail("source=" + in.source() + " reason=" + refused.reason().code()));
                    return new Recorded(Outcome.QUARANTINED, doc, refused.reason());
                }
                Inspection.Readable readable = (Inspection.Readable) inspection;
                var original = documents.findOriginalBySha(sha256);
                DocumentState state = original.isPresent() ? DocumentState.DUPLICATE : DocumentState.RECEIVED;
                Long duplicateOf = original.map(Document::id).orElse(null);
                Document doc = insert(in, sha256, state, readable.kind(), readable.pageCount(), duplicateOf, null, now);
                audit.append(AuditEntry.of(in.actor(), "RECEIVE", doc.id()).withChange(null, state)
                        .withDetail("source=" + in.source()
                                + (duplicateOf == null ? "" : " duplicateOf=" + duplicateOf)));
                return new Recorded(duplicateOf == null ? Outcome.RECEIVED : Outcome.DUPLICATE, doc, null);
            });
        }
    }

    private Document insert(IncomingFile in, String sha256, DocumentState state, FileKind kind, int pages,
                            Long duplicateOf, String quarantineCode, Instant now) {
        long size = sizeOrZero(in.file());
        return documents.insert(new NewDocument(sha256, state, in.channel(), in.source(),
                InboxFolders.safeFileName(in.originalName()), kind == null ? null : kind.mediaType(), size, pages,
                now, duplicateOf, quarantineCode, true));
    }

    private Inspection inspectSafely(Path file) {
        if (Files.isSymbolicLink(file) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Inspection.refused(QuarantineReason.Code.NOT_A_REGULAR_FILE, null);
        }
        long size = sizeOrZero(file);
        if (size == 0) {
            return Inspection.refused(QuarantineReason.Code.EMPTY_FILE, null);
        }
        if (size > settings.maxFileBytes()) {
            return Inspection.refused(QuarantineReason.Code.TOO_LARGE,
                    "size " + size + " bytes > limit " + settings.maxFileBytes());
        }
        return inspector.inspect(file);
    }

    private static boolean storable(Inspection inspection) {
        return !(inspection instanceof Inspection.Refused r)
                || (r.reason().code() != QuarantineReason.Code.NOT_A_REGULAR_FILE
                    && r.reason().code() != QuarantineReason.Code.TOO_LARGE);
    }

    private Duration age(Path file) {
        try {
            return Duration.between(Files.getLastModifiedTime(file).toInstant(), clock.instant());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long sizeOrZero(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * Test hook for crash-recovery tests: with the system property
     * {@code scan2ledger.test.crash-point} set, the process halts at that point, exactly like a
     * power cut or SIGKILL (no shutdown hooks run). Never set in production.
     */
    public void setCrashPoint(CrashPoint point) {
        this.crashPoint = point;
    }

    public enum CrashPoint {
        NONE, AFTER_RECORD, AFTER_MOVE;

        void reached(CrashPoint point) {
            if (this == point) {
                log.warn("intake.crash-point reached point={} (test hook): halting", point);
                Runtime.getRuntime().halt(137);
            }
        }
    }
}
