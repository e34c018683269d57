package io.scan2ledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.scan2ledger.persistence.EmbeddedDatabase;
import io.scan2ledger.support.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged app as a real process, killed at the worst moments and started again on the same
 * data: nothing dropped is lost, nothing is recorded twice, and the audit chain still verifies.
 */
class CrashRecoveryIT {

    @TempDir
    Path home;

    @Test
    void aCrashBetweenStoreAndMoveLosesNothingAndDuplicatesNothing() throws Exception {
        byte[] pdf = TestScans.pdf("crash-between-store-and-move");
        String sha = Sha256.hex(Sha256.newDigest().digest(pdf));
        Path inbox = home.resolve("inbox/madoguchi");
        // The intake commits the document, then the process halts before moving the file.
        dropAndHaltAt("AFTER_RECORD", inbox, "転入届.pdf", pdf);
        assertThat(inbox.resolve("転入届.pdf")).exists();
        assertThat(rows("SELECT state, intake_pending FROM document WHERE sha256 = '" + sha + "'"))
                .containsExactly("RECEIVED|TRUE");

        try (AppProcess app = AppProcess.start(home)) {
            JsonNode doc = app.api().awaitDocument(d -> sha.equals(d.path("sha256").asText())
                    && !inbox.resolve("転入届.pdf").toFile().exists(), Duration.ofSeconds(20)).orElseThrow();
            assertThat(doc.path("state").asText()).isIn("RECEIVED", "NEEDS_REVIEW");
        }
        assertThat(rows("SELECT intake_pending FROM document WHERE sha256 = '" + sha + "'")).containsExactly("FALSE");
        assertThat(rows("SELECT COUNT(*) FROM audit_event WHERE action = 'RECEIVE'")).containsExactly("1");
        try (Stream<Path> archived = Files.walk(home.resolve("archive"))) {
            assertThat(archived.filter(p -> p.getFileName().toString().endsWith("_" + sha.substring(0, 12) + ".pdf.sealed")))
                    .hasSize(1);
        }
        assertThat(AppProcess.command(home, "audit", "verify").exitCode()).isZero();
    }

    @Test
    void aCrashBetweenMoveAndItsRecordIsSettledAtTheNextStart() throws Exception {
        byte[] pdf = TestScans.pdf("crash-between-move-and-record");
        String sha = Sha256.hex(Sha256.newDigest().digest(pdf));
        Path inbox = home.resolve("inbox/kodomo");
        // The file is filed in archive/, then the process halts before recording that it was.
        dropAndHaltAt("AFTER_MOVE", inbox, "転居届.pdf", pdf);
        assertThat(inbox.resolve("転居届.pdf")).doesNotExist();
        assertThat(rows("SELECT intake_pending FROM document WHERE sha256 = '" + sha + "'")).containsExactly("TRUE");

        try (AppProcess app = AppProcess.start(home)) {
            app.api().awaitDocument(d -> sha.equals(d.path("sha256").asText()), Duration.ofSeconds(20)).orElseThrow();
        }
        assertThat(rows("SELECT intake_pending FROM document WHERE sha256 = '" + sha + "'")).containsExactly("FALSE");
        assertThat(rows("SELECT COUNT(*) FROM document WHERE sha256 = '" + sha + "'")).containsExactly("1");
    }

    @Test
    void sigkillAtRandomMomentsDuringADropStream() throws Exception {
        Random random = new Random(20261123L);
        Map<String, String> dropped = new HashMap<>();   // sha -> file name
        Path[] inboxes = {home.resolve("inbox/madoguchi"), home.resolve("inbox/kodomo")};
        AtomicInteger sequence = new AtomicInteger();
        for (int cycle = 0; cycle < 3; cycle++) {
            AppProcess app = AppProcess.start(home);
            List<Thread> writers = new ArrayList<>();
            Thread writer = new Thread(() -> {
                for (int i = 0; i < 15; i++) {
                    int n = sequence.incrementAndGet();
                    byte[] pdf = TestScans.pdf("stream-" + n);
                    String name = "scan-" + n + ".pdf";
                    synchronized (dropped) {
                        dropped.put(Sha256.hex(Sha256.newDigest().digest(pdf)), name);
                    }
                    TestScans.drop(inboxes[n % 2], name, pdf);
                    ApiClient.sleep(60);
                }
            });
            writers.add(writer);
            writer.start();
            // Kill somewhere in the middle of the stream: files are being stored, recorded and moved.
            ApiClient.sleep(800 + random.nextInt(1200));
            app.kill();
            for (Thread t : writers) {
                t.join();
            }
        }
        try (AppProcess app = AppProcess.start(home)) {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline && (inboxCount(inboxes) > 0 || documentCount() < dropped.size())) {
                ApiClient.sleep(250);
            }
        }
        assertThat(inboxCount(inboxes)).as("files left in the inboxes").isZero();
        for (Map.Entry<String, String> e : dropped.entrySet()) {
            // Exactly one document per dropped file, taken and moved on (test pages are no known form).
            assertThat(rows("SELECT state FROM document WHERE sha256 = '" + e.getKey() + "'"))
                    .as(e.getValue()).hasSize(1).allMatch(state -> !state.equals("DUPLICATE"));
        }
        assertThat(documentCount()).isEqualTo(dropped.size());
        assertThat(rows("SELECT COUNT(*) FROM document WHERE intake_pending = TRUE")).containsExactly("0");
        AppProcess.CommandResult verify = AppProcess.command(home, "audit", "verify");
        assertThat(verify.exitCode()).as(verify.output()).isZero();
    }

    @Test
    void aBatchRunThatDiedWithItsProcessIsAbandonedAtTheNextStart() throws Exception {
        try (AppProcess app = AppProcess.start(home)) {
            app.api().get("/api/batches", "admin", "admin-demo");
        }
        // What a SIGKILL mid-run leaves: a RUNNING run holding the lock for a process now gone
        // (this host, a pid that is not running), with a heartbeat that is still fresh.
        String host = io.scan2ledger.support.ProcessIdentity.current().host();
        execute("INSERT INTO batch_run (id, trigger_kind, requested_by, dry_run, status, started_at)"
                + " VALUES (77, 'SCHEDULED', 'system:schedule', FALSE, 'RUNNING', CURRENT_TIMESTAMP)");
        execute("UPDATE batch_lock SET run_id = 77, heartbeat_at = CURRENT_TIMESTAMP, holder = '" + host
                + "/2147483000/1' WHERE id = 1");

        try (AppProcess app = AppProcess.start(home)) {
            ApiClient.Response answer = app.api().get("/api/batches/77", "admin", "admin-demo");
            JsonNode run = answer.body();
            assertThat(run.path("status").asText()).as("HTTP %d %s", answer.status(), run).isEqualTo("ABANDONED");
            assertThat(run.hasNonNull("finishedAt")).isTrue();
        }
        assertThat(rows("SELECT run_id FROM batch_lock WHERE id = 1")).containsExactly("null");
    }

    @Test
    void auditVerifyPassesOnRealHistoryAndNamesATamperedRow() throws Exception {
        try (AppProcess app = AppProcess.start(home)) {
            for (int i = 0; i < 3; i++) {
                String name = "audit-" + i + ".pdf";
                TestScans.drop(home.resolve("inbox/zeimu"), name, TestScans.pdf(name));
                // A blank page is no known form: it settles in review, after which nothing more is audited.
                app.api().awaitDocument(ApiClient.named(name).and(d -> "NEEDS_REVIEW".equals(d.path("state").asText())),
                        Duration.ofSeconds(30)).orElseThrow();
            }
            // verify runs beside the live server (H2 AUTO_SERVER)
            AppProcess.CommandResult intact = AppProcess.command(home, "audit", "verify");
            assertThat(intact.exitCode()).as(intact.output()).isZero();
            long rows = Long.parseLong(rows("SELECT COUNT(*) FROM audit_event").get(0));
            assertThat(rows).isGreaterThanOrEqualTo(3);
            assertThat(intact.output()).contains("audit chain intact: " + rows + " rows");
        }
        assertThat(AppProcess.command(home, "audit", "verify").output()).contains("stored originals intact: 3 files");

        execute("UPDATE audit_event SET actor = 'mallory' WHERE seq = 2");
        AppProcess.CommandResult broken = AppProcess.command(home, "audit", "verify");
        assertThat(broken.exitCode()).isEqualTo(1);
        assertThat(broken.output()).contains("BROKEN at row 2");

        // A stored original altered on disk is found too.
        Path stored;
        try (Stream<Path> files = Files.walk(home.resolve("store"))) {
            stored = files.filter(p -> p.getFileName().toString().matches("[0-9a-f]{64}")).findFirst().orElseThrow();
        }
        byte[] sealed = Files.readAllBytes(stored);
        sealed[sealed.length - 20] ^= 0x01;
        Files.write(stored, sealed);
        assertThat(AppProcess.command(home, "audit", "verify").output()).contains("stored originals BROKEN: 1 of 3");
    }

    /** Starts the app armed to halt at {@code point} (like a power cut) and drops one file for it to take. */
    private void dropAndHaltAt(String point, Path inbox, String name, byte[] pdf) throws Exception {
        try (AppProcess app = AppProcess.start(home, "scan2ledger.test.crash-point=" + point)) {
            TestScans.drop(inbox, name, pdf);
            assertThat(app.awaitExit(Duration.ofSeconds(30))).isEqualTo(137);
        }
    }

    private static long inboxCount(Path[] inboxes) throws Exception {
        long n = 0;
        for (Path inbox : inboxes) {
            try (Stream<Path> files = Files.list(inbox)) {
                n += files.filter(p -> !p.getFileName().toString().startsWith(".")).count();
            }
        }
        return n;
    }

    private long documentCount() throws SQLException {
        return Long.parseLong(rows("SELECT COUNT(*) FROM document").get(0));
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + home.resolve("db/scan2ledger") + ";AUTO_SERVER=TRUE",
                "sa", EmbeddedDatabase.password(home.resolve("db/scan2ledger")));
    }

    private List<String> rows(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                out.add(row.toString());
            }
            return out;
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
