package io.scan2ledger.app;

import io.scan2ledger.audit.AuditChain;
import io.scan2ledger.audit.AuditEntry;
import io.scan2ledger.batch.LedgerRecords;
import io.scan2ledger.cli.CommandRun;
import io.scan2ledger.document.Document;
import io.scan2ledger.document.DocumentRepository;
import io.scan2ledger.intake.QuarantineReason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import static io.scan2ledger.app.ApiClient.sleep;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code audit verify} on the real app and its H2 database, after the edits someone with write
 * access to the database can make: a row rewritten and every plain hash after it recomputed, rows
 * cut off the end with the head moved back, a row deleted from the middle, a changed byte in an
 * online application's stored export. Each test restores the trail it changed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class AuditSealEndToEndTest {

    static final Path HOME = IntakeH2EndToEndTest.tempHome("s2l-audit-seal-");
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String EXPORT = "jidou-teate-audit.csv";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DocumentRepository documents;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        IntakeEndToEndTest.fastIntake(HOME, registry);
    }

    /** Two online applications missing most fields: they settle in review, after which nothing more is audited. */
    @BeforeEach
    void twoOnlineApplicationsAndACheckpoint() {
        if (applications().size() < 2) {
            TestScans.drop(HOME.resolve("inbox/denshi"), EXPORT, ("form,name,kana\n"
                    + "jidou-teate,監査 一郎,カンサ イチロウ\njidou-teate,監査 二郎,カンサ ジロウ\n")
                    .getBytes(StandardCharsets.UTF_8));
            await(() -> applications().size() == 2 && applications().stream()
                    .allMatch(d -> d.state().name().equals("NEEDS_REVIEW")), "applications in review");
            awaitQuiet();
        }
        CommandRun intact = verify();
        assertThat(intact.exitCode()).as(intact.output()).isZero();
        assertThat(intact.output()).contains("audit chain intact: ", "checkpoint written: rows=");
        jdbc.sql("CREATE TABLE audit_backup AS SELECT * FROM audit_event").update();
    }

    @AfterEach
    void restoreTheTrail() {
        // Rows the server appended since (an untampered test's intake) stay.
        jdbc.sql("DELETE FROM audit_event WHERE seq <= (SELECT MAX(seq) FROM audit_backup)").update();
        jdbc.sql("INSERT INTO audit_event SELECT * FROM audit_backup").update();
        jdbc.sql("DROP TABLE audit_backup").update();
        moveHead();
    }

    @Test
    void aRechainedTrailIsFoundAndNamed() {
        Document first = applications().get(0);
        long seq = jdbc.sql("SELECT MIN(seq) FROM audit_event WHERE document_id = ?").param(first.id())
                .query(Long.class).single();
        jdbc.sql("UPDATE audit_event SET actor = 'mallory' WHERE seq = ?").param(seq).update();
        rechainFrom(seq);

        CommandRun broken = verify();
        assertThat(broken.exitCode()).isEqualTo(1);
        assertThat(broken.output()).contains("BROKEN at row " + seq + " (RECEIVE by mallory): seal does not match",
                "document " + first.id() + " (" + LedgerRecords.keyOf(first) + ")", "likewise");
    }

    @Test
    void aCutEndIsFoundAgainstTheLastCheckpoint() throws Exception {
        long checkpointed = lastCheckpointRows();
        // The same checkpoint in the log stream (the test's log file, see the app's pom).
        assertThat(Files.readString(Path.of("target/test-logs/scan2ledger.json")))
                .containsPattern("audit\\.checkpoint head=[0-9a-f]{64} rows=" + checkpointed + " ");
        jdbc.sql("DELETE FROM audit_event WHERE seq > ?").param(checkpointed - 3).update();
        moveHead();

        CommandRun broken = verify();
        assertThat(broken.exitCode()).isEqualTo(1);
        assertThat(broken.output()).containsPattern("rows after " + (checkpointed - 3)
                + " missing: the last checkpoint \\(\\d{4}-.+\\) has " + checkpointed + " rows");
    }

    @Test
    void aDeletedMiddleRowIsNamedAsMissing() {
        long middle = headSeq() / 2;
        jdbc.sql("DELETE FROM audit_event WHERE seq = ?").param(middle).update();

        CommandRun broken = verify();
        assertThat(broken.exitCode()).isEqualTo(1);
        assertThat(broken.output()).contains("MISSING rows " + middle + " ").doesNotContain("BROKEN at row " + (middle + 1));
    }

    @Test
    void aChangedByteInAnOnlineApplicationsExportIsNamedByDocument() throws Exception {
        List<Document> apps = applications();
        String exportSha = jdbc.sql("SELECT batch_sha256 FROM document WHERE id = ?").param(apps.get(0).id())
                .query(String.class).single();
        Path stored = HOME.resolve("store").resolve(exportSha.substring(0, 2)).resolve(exportSha.substring(2, 4))
                .resolve(exportSha);
        byte[] original = Files.readAllBytes(stored);
        byte[] changed = original.clone();
        changed[changed.length - 20] ^= 0x01;
        Files.write(stored, changed);
        try {
            CommandRun broken = verify();
            assertThat(broken.exitCode()).isEqualTo(1);
            assertThat(broken.output()).contains("altered stored original " + exportSha.substring(0, 12) + " of "
                    + "document " + apps.get(0).id() + " (" + LedgerRecords.keyOf(apps.get(0)) + "), document "
                    + apps.get(1).id() + " (" + LedgerRecords.keyOf(apps.get(1)) + ")");
        } finally {
            Files.write(stored, original);
        }
    }

    @Test
    void anOnlineApplicationWithAnUnknownColumnIsQuarantinedForThatReason() throws Exception {
        String name = "jidou-teate-nickname.csv";
        TestScans.drop(HOME.resolve("inbox/denshi"), name, "form,name,nickname\njidou-teate,監査 三郎,サブ\n"
                .getBytes(StandardCharsets.UTF_8));
        await(() -> quarantined(name) != null, "quarantined");
        assertThat(quarantined(name)).isEqualTo("UNKNOWN_COLUMN");
        Path reasonFile = HOME.resolve("error/denshi/" + name + ".reason.txt");
        await(() -> Files.exists(reasonFile), "reason file");
        assertThat(Files.readString(reasonFile)).contains(QuarantineReason.Code.UNKNOWN_COLUMN.japanese(),
                QuarantineReason.Code.UNKNOWN_COLUMN.english(), "unknown column 'nickname'")
                .doesNotContain(QuarantineReason.Code.NOT_A_DOCUMENT.english());
        awaitQuiet();
    }

    /** {@code ./scan2ledger audit verify} beside the running server, as an operator runs it. */
    private static CommandRun verify() {
        return CommandRun.of("audit", "verify", "--scan2ledger.home=" + HOME);
    }

    /** What a database writer without the key does: recompute every plain hash from {@code seq} on and the head. */
    private void rechainFrom(long seq) {
        String prev = jdbc.sql("SELECT prev_hash FROM audit_event WHERE seq = ?").param(seq).query(String.class).single();
        for (long s : jdbc.sql("SELECT seq FROM audit_event WHERE seq >= ? ORDER BY seq").param(seq)
                .query(Long.class).list()) {
            String hash = recompute(s, prev);
            jdbc.sql("UPDATE audit_event SET prev_hash = ?, row_hash = ? WHERE seq = ?").params(prev, hash, s).update();
            prev = hash;
        }
        moveHead();
    }

    private String recompute(long s, String prev) {
        return jdbc.sql("SELECT * FROM audit_event WHERE seq = ?").param(s).query((rs, n) -> AuditChain.hash(s,
                rs.getObject("occurred_at", java.time.OffsetDateTime.class).toInstant(),
                new AuditEntry(rs.getString("actor"), rs.getString("action"),
                        (Long) rs.getObject("document_id", Long.class), rs.getString("before_value"),
                        rs.getString("after_value"), rs.getString("detail")), prev)).single();
    }

    private void moveHead() {
        jdbc.sql("UPDATE audit_head SET last_seq = (SELECT MAX(seq) FROM audit_event),"
                + " last_hash = (SELECT row_hash FROM audit_event WHERE seq = (SELECT MAX(seq) FROM audit_event))"
                + " WHERE id = 1").update();
    }

    private long headSeq() {
        return jdbc.sql("SELECT last_seq FROM audit_head WHERE id = 1").query(Long.class).single();
    }

    private static long lastCheckpointRows() throws Exception {
        List<String> lines = Files.readAllLines(HOME.resolve("audit-checkpoints/checkpoints.log"));
        String last = lines.get(lines.size() - 1);
        return Long.parseLong(last.replaceAll(".* rows=(\\d+) .*", "$1"));
    }

    private List<Document> applications() {
        return jdbc.sql("SELECT id FROM document WHERE original_name = ? ORDER BY id").param(EXPORT)
                .query(Long.class).list().stream().map(id -> documents.find(id).orElseThrow()).toList();
    }

    private String quarantined(String name) {
        return jdbc.sql("SELECT quarantine_code FROM document WHERE original_name = ? AND state = 'QUARANTINED'")
                .param(name).query(String.class).optional().orElse(null);
    }

    /** Until the trail stops growing for a second: what the server does after intake has settled. */
    private void awaitQuiet() {
        long seen = -1;
        while (seen != headSeq()) {
            seen = headSeq();
            sleep(1000);
        }
    }

    private static void await(Supplier<Boolean> condition, String what) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            sleep(100);
        }
    }
}
