package io.scan2ledger.app;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production profile with PostgreSQL restarted in the middle of a stream of scans: the app
 * rides it out with no one touching it. Files dropped while the database is away wait in their
 * inbox; nothing is lost, nothing is recorded twice.
 */
class PostgresOutageIT {

    @TempDir
    Path home;
    PostgresDatabase database;

    @AfterEach
    void drop() {
        if (database != null) {
            database.drop();
        }
    }

    @Test
    void theAppRecoversFromADatabaseRestartWithoutManualAction() throws Exception {
        database = PostgresDatabase.createOrSkip();
        String cluster = cluster();
        List<String> args = List.of("--spring.profiles.active=demo,postgres",
                "--spring.datasource.url=" + database.url(), "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=", "--scan2ledger.extraction.sweep-interval=5s");
        Path inbox = home.resolve("inbox/madoguchi");
        try (AppProcess app = AppProcess.start(home, args)) {
            for (int i = 0; i < 5; i++) {
                TestScans.drop(inbox, "before-" + i + ".pdf", TestScans.pdf("before-" + i));
            }
            await(() -> count("SELECT COUNT(*) FROM document") == 5, "first scans recorded");

            Process restart = new ProcessBuilder("pg_ctlcluster", "--skip-systemctl-redirect", cluster, "main", "restart")
                    .inheritIO().start();
            // Scans keep arriving while the database restarts.
            for (int i = 0; i < 10; i++) {
                TestScans.drop(inbox, "during-" + i + ".pdf", TestScans.pdf("during-" + i));
                ApiClient.sleep(150);
            }
            assertThat(restart.waitFor()).as("pg_ctlcluster restart").isZero();
            for (int i = 0; i < 5; i++) {
                TestScans.drop(inbox, "after-" + i + ".pdf", TestScans.pdf("after-" + i));
            }

            await(() -> count("SELECT COUNT(*) FROM document") == 20 && inboxEmpty(inbox)
                    && count("SELECT COUNT(*) FROM document WHERE state IN ('RECEIVED', 'EXTRACTED')") == 0,
                    "every scan recorded and read after the restart");
            assertThat(count("SELECT COUNT(DISTINCT sha256) FROM document")).isEqualTo(20);
            assertThat(app.api().get("/actuator/health", null, null).body().path("status").asText()).isEqualTo("UP");
        }
        AppProcess.CommandResult verify = AppProcess.command(home, "audit", "verify",
                "--spring.profiles.active=postgres", "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.user(), "--spring.datasource.password=");
        assertThat(verify.exitCode()).as(verify.output()).isZero();
    }

    private static String cluster() throws Exception {
        Path etc = Path.of("/etc/postgresql");
        Assumptions.assumeTrue(Files.isDirectory(etc) && "root".equals(System.getProperty("user.name")),
                "needs the local PostgreSQL cluster and root to restart it");
        try (Stream<Path> versions = Files.list(etc)) {
            return versions.map(p -> p.getFileName().toString()).sorted().reduce((a, b) -> b).orElseThrow();
        }
    }

    private long count(String sql) {
        try (Connection c = DriverManager.getConnection(database.url(), database.user(), "");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (Exception whileDown) {
            return -1;
        }
    }

    private static boolean inboxEmpty(Path inbox) {
        try (Stream<Path> files = Files.list(inbox)) {
            return files.noneMatch(p -> !p.getFileName().toString().startsWith("."));
        } catch (Exception e) {
            return false;
        }
    }

    private static void await(java.util.function.BooleanSupplier done, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (done.getAsBoolean()) {
                return;
            }
            ApiClient.sleep(250);
        }
        throw new AssertionError(what + ": not within 120 s");
    }
}
