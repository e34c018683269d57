package io.scan2ledger.retention;

import io.scan2ledger.audit.AuditEntry;
import io.scan2ledger.audit.AuditTrail;
import io.scan2ledger.document.DocumentRepository;
import io.scan2ledger.document.OriginalStore;
import io.scan2ledger.support.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Keeps personal data no longer than needed: stored originals of finished documents are purged
 * after the retention period (the document, its fields and its audit trail stay), and the courtesy
 * copies in {@code archive/} and {@code error/} after theirs. Every purge is audited.
 */
public class RetentionService {

    private static final Logger log = LoggerFactory.getLogger(RetentionService.class);
    private static final String ACTOR = "system:retention";

    /**
     * @param originals how long after receipt a finished document's original is kept
     * @param archive   how long a taken file's copy stays in archive/
     * @param error     how long a refused file and its reason stay in error/
     */
    public record Periods(Duration originals, Duration archive, Duration error) {
    }

    /** What one pass purged. */
    public record Purged(int originals, int documents, int archiveFiles, int errorFiles) {
    }

    private final DocumentRepository documents;
    private final OriginalStore store;
    private final AuditTrail audit;
    private final Transactions tx;
    private final Clock clock;
    private final Periods periods;
    private final Path archiveDir;
    private final Path errorDir;

    public RetentionService(DocumentRepository documents, OriginalStore store, AuditTrail audit, Transactions tx,
                            Clock clock, Periods periods, Path archiveDir, Path errorDir) {
        this.documents = documents;
        this.store = store;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.periods = periods;
        this.archiveDir = archiveDir;
        this.errorDir = errorDir;
    }

    public Purged run() {
        Instant now = clock.instant();
        int originals = 0;
        int docs = 0;
        for (String sha : documents.purgeableOriginals(now.minus(periods.originals()))) {
            // Recorded first, then deleted: a crash in between leaves a file the next pass finds
            // already marked, never a record pointing at a file that silently vanished.
            List<Long> ids = tx.inTransaction(() -> {
                List<Long> marked = documents.markOriginalPurged(sha, now);
                for (long id : marked) {
                    audit.append(AuditEntry.of(ACTOR, "PURGE_ORIGINAL", id)
                            .withDetail("retention " + periods.originals().toDays() + "d sha=" + sha.substring(0, 12)));
                }
                return marked;
            });
            store.delete(sha);
            originals++;
            docs += ids.size();
        }
        int archive = sweep(archiveDir, now.minus(periods.archive()));
        int error = sweep(errorDir, now.minus(periods.error()));
        if (archive + error > 0) {
            tx.inTransaction(() -> audit.append(AuditEntry.of(ACTOR, "PURGE_FOLDERS", null)
                    .withDetail("archive=" + archive + " error=" + error)));
        }
        log.info("retention.done originals={} documents={} archiveFiles={} errorFiles={}", originals, docs, archive,
                error);
        return new Purged(originals, docs, archive, error);
    }

    private static int sweep(Path dir, Instant olderThan) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int deleted = 0;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                if (file.equals(dir)) {
                    continue;
                }
                if (Files.isRegularFile(file) && Files.getLastModifiedTime(file).toInstant().isBefore(olderThan)) {
                    Files.delete(file);
                    deleted++;
                } else if (Files.isDirectory(file) && isEmpty(file)) {
                    Files.delete(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("retention sweep of " + dir + " stopped", e);
        }
        return deleted;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}
