package io.scan2ledger.app;

import io.scan2ledger.access.Reader;
import io.scan2ledger.access.Role;
import io.scan2ledger.audit.AuditTrail;
import io.scan2ledger.document.Document;
import io.scan2ledger.document.DocumentQuery;
import io.scan2ledger.document.DocumentRepository;
import io.scan2ledger.document.DocumentState;
import io.scan2ledger.document.OriginalStore;
import io.scan2ledger.retention.RetentionService;
import io.scan2ledger.review.ReviewService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Retention on the real app: finished documents' originals are purged and audited; unfinished ones are kept. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class RetentionEndToEndTest {

    static final Path HOME = IntakeH2EndToEndTest.tempHome("s2l-retention-");

    @Autowired
    DocumentRepository documents;
    @Autowired
    OriginalStore store;
    @Autowired
    ReviewService review;
    @Autowired
    RetentionService retention;
    @Autowired
    AuditTrail audit;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        IntakeEndToEndTest.fastIntake(HOME, registry);
        registry.add("scan2ledger.retention.originals", () -> "0s");
        registry.add("scan2ledger.retention.archive", () -> "0s");
        registry.add("scan2ledger.retention.error", () -> "365d");
    }

    @Test
    void finishedDocumentsLoseTheirOriginalAfterTheRetentionPeriodAndOthersKeepIt() throws Exception {
        TestScans.drop(HOME.resolve("inbox/madoguchi"), "to-reject.pdf", TestScans.pdf("to-reject"));
        TestScans.drop(HOME.resolve("inbox/madoguchi"), "still-open.pdf", TestScans.pdf("still-open"));
        Document rejected = awaitReview("to-reject.pdf");
        Document open = awaitReview("still-open.pdf");
        Reader supervisor = new Reader("supervisor", Set.of(Role.SUPERVISOR), Set.of(), false);
        review.reject(rejected.id(), "重複申請のため / duplicate application", supervisor);

        RetentionService.Purged purged = retention.run();

        assertThat(purged.originals()).isEqualTo(1);
        assertThat(store.contains(rejected.sha256())).isFalse();
        assertThat(store.contains(open.sha256())).isTrue();
        assertThat(documents.originalsOnRecord()).contains(open.sha256()).doesNotContain(rejected.sha256());
        assertThat(audit.historyOf(rejected.id())).anyMatch(r -> r.entry().action().equals("PURGE_ORIGINAL"));
        // The document itself, with its history, stays.
        assertThat(documents.find(rejected.id()).orElseThrow().state()).isEqualTo(DocumentState.REJECTED);
        try (Stream<Path> archived = Files.walk(HOME.resolve("archive"))) {
            assertThat(archived.filter(Files::isRegularFile)).isEmpty();
        }
        assertThat(audit.verify().intact()).isTrue();
        assertThat(retention.run().originals()).isZero();
    }

    private Document awaitReview(String name) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            var found = documents.search(DocumentQuery.all(100)).stream()
                    .filter(d -> d.originalName().equals(name) && d.state() == DocumentState.NEEDS_REVIEW).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError(name + " not in review within 30 s");
    }
}
