package io.scan2ledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.scan2ledger.batch.LedgerRecords;
import io.scan2ledger.installation.InstallationId;
import io.scan2ledger.legacyledger.LegacyLedger;
import io.scan2ledger.persistence.EmbeddedDatabase;
import io.scan2ledger.support.Sha256;
import io.scan2ledger.template.FormTemplate;
import io.scan2ledger.templates.TemplateCatalog;
import io.scan2ledger.templates.samples.OutputKind;
import io.scan2ledger.templates.samples.SampleGenerator;
import io.scan2ledger.templates.samples.ScanOptions;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 200 documents and ten SIGKILLs at random moments across intake, extraction and a running batch,
 * each followed by a restart on the same data. Afterwards: every document in exactly one state,
 * none missing, and each ledger (the web ledger demo, the Excel 台帳, the fixed-width exports)
 * holding each keyed record exactly once.
 *
 * <p>Long (several minutes): run with {@code ./scan2ledger soak}.
 */
@EnabledIfSystemProperty(named = "scan2ledger.soak", matches = "true")
class CrashUnderLoadIT {

    static final int ONLINE = 160;    // e-application records: straight to the batch
    static final int SCANS = 40;      // scans: intake, OCR, validation
    static final int CYCLES = 10;

    /** Kept after the run (under target/) so a failure can be examined. */
    final Path home = Path.of("target", "soak", "crash-" + System.currentTimeMillis()).toAbsolutePath();

    @Test
    void tenKillsAcrossIntakeExtractionAndBatchLoseNothingAndKeyNothingTwice() throws Exception {
        Files.createDirectories(home);
        Random random = new Random(20261124L);
        TemplateCatalog catalog = TemplateCatalog.bundled();
        SampleGenerator generator = new SampleGenerator(catalog);
        Path staging = Files.createDirectories(home.resolve("staging"));
        List<Path> drops = new ArrayList<>();
        Set<String> expectedShas = new HashSet<>();
        for (int i = 0; i < SCANS; i++) {
            FormTemplate form = catalog.all().get(i % catalog.all().size());
            Path scan = generator.generate(form, 7000 + i, ScanOptions.typical()).writeTo(staging, OutputKind.PNG);
            expectedShas.add(Sha256.of(scan));
            drops.add(scan);
        }
        drops.addAll(onlineExports(catalog, generator, staging));
        java.util.Collections.shuffle(drops, random);

        try (LegacyLedger ledger = LegacyLedger.start()) {
            List<String> args = List.of("--LEDGER_URL=" + ledger.baseUrl(), "--scan2ledger.schedule.enabled=false",
                    "--scan2ledger.extraction.sweep-interval=5s");
            int next = 0;
            for (int cycle = 0; cycle < CYCLES; cycle++) {
                try (AppProcess app = AppProcess.start(home, args)) {
                    int batch = Math.min(drops.size() - next, (drops.size() + CYCLES - 1) / CYCLES);
                    for (int i = 0; i < batch; i++) {
                        drop(drops.get(next++));
                    }
                    // A batch run starts somewhere in the middle, and the kill lands somewhere after.
                    ApiClient.sleep(500 + random.nextInt(3000));
                    post(app, "/api/batches/run");
                    ApiClient.sleep(1000 + random.nextInt(6000));
                    app.kill();
                }
            }
            try (AppProcess app = AppProcess.start(home, args)) {
                settle(app);
                for (int run = 0; run < 5 && keyable() > 0; run++) {
                    JsonNode started = post(app, "/api/batches/run");
                    awaitRun(app, started.path("id").asLong());
                }
                assertThat(keyable()).as("documents still waiting for a bot").isZero();
                checkLedgers(ledger);
            }
        }
        assertThat(count("SELECT COUNT(*) FROM document WHERE state IN ('RECEIVED', 'EXTRACTED')")).isZero();
        assertThat(count("SELECT COUNT(*) FROM document WHERE source = 'E_APPLICATION' AND state <> 'DUPLICATE'"))
                .isEqualTo(ONLINE);
        for (String sha : expectedShas) {
            assertThat(count("SELECT COUNT(*) FROM document WHERE sha256 = '" + sha + "'")).as(sha).isEqualTo(1);
        }
        assertThat(count("SELECT COUNT(*) FROM document WHERE state = 'DUPLICATE'")).isZero();
        AppProcess.CommandResult verify = AppProcess.command(home, "audit", "verify");
        assertThat(verify.exitCode()).as(verify.output()).isZero();
    }

    /** Online applications of every form, several records per file. */
    private List<Path> onlineExports(TemplateCatalog catalog, SampleGenerator generator, Path staging) throws Exception {
        List<Path> files = new ArrayList<>();
        int perFile = 8;
        for (int f = 0; f < ONLINE / perFile; f++) {
            FormTemplate form = catalog.all().get(f % catalog.all().size());
            List<String> columns = form.allFields().stream().map(x -> x.name()).toList();
            StringBuilder csv = new StringBuilder(String.join(",", columns)).append('\n');
            for (int r = 0; r < perFile; r++) {
                Map<String, String> v = generator.generate(form, 9000 + f * perFile + r, ScanOptions.clean(200)).written();
                csv.append(columns.stream().map(c -> "\"" + v.getOrDefault(c, "").replace("\"", "\"\"") + "\"")
                        .collect(Collectors.joining(","))).append('\n');
            }
            files.add(Files.writeString(staging.resolve(form.id() + "-online-" + f + ".csv"), csv,
                    StandardCharsets.UTF_8));
        }
        return files;
    }

    private void drop(Path file) throws Exception {
        String inbox = file.toString().endsWith(".csv") ? "denshi" : "madoguchi";
        Path dir = Files.createDirectories(home.resolve("inbox").resolve(inbox));
        Path tmp = dir.resolve("." + file.getFileName() + ".tmp");
        Files.copy(file, tmp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(tmp, dir.resolve(file.getFileName()), StandardCopyOption.ATOMIC_MOVE);
    }

    private void settle(AppProcess app) {
        long deadline = System.nanoTime() + Duration.ofMinutes(6).toNanos();
        while (System.nanoTime() < deadline) {
            if (inboxesEmpty() && count("SELECT COUNT(*) FROM document WHERE state IN ('RECEIVED', 'EXTRACTED')") == 0
                    && count("SELECT COUNT(*) FROM document WHERE source = 'E_APPLICATION'") >= ONLINE) {
                return;
            }
            ApiClient.sleep(500);
        }
        throw new AssertionError("documents did not settle after the last restart");
    }

    private long keyable() {
        return count("SELECT COUNT(*) FROM document WHERE state IN ('APPROVED', 'VALIDATED', 'KEY_FAILED')");
    }

    private void checkLedgers(LegacyLedger ledger) throws Exception {
        Map<String, Long> webKeys = new HashMap<>();
        for (String name : List.of("jidou-teate", "jumin-idou")) {
            ledger.records(name).forEach(r -> webKeys.merge(String.valueOf(r.get("UKETSUKE_NO")), 1L, Long::sum));
        }
        Map<String, Long> excelKeys = new HashMap<>();
        try (Workbook wb = WorkbookFactory.create(home.resolve("ledgers/hoiku-daicho.xlsx").toFile(), null, true)) {
            for (Row row : wb.getSheet("申込台帳")) {
                String key = row.getCell(0) == null ? "" : row.getCell(0).toString();
                if (key.startsWith("S2L-")) {
                    excelKeys.merge(key, 1L, Long::sum);
                }
            }
        }
        Map<String, Long> exportKeys = new HashMap<>();
        try (Stream<Path> files = Files.list(home.resolve("exports/kouza"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".dat")).toList()) {
                for (String line : new String(Files.readAllBytes(file), Charset.forName("Windows-31J")).split("\r\n")) {
                    if (line.startsWith("2")) {
                        exportKeys.merge(line.substring(1, 11), 1L, Long::sum);
                    }
                }
            }
        }
        Map<String, Map<String, Long>> ledgers = Map.of("jidou-teate", webKeys, "jumin-ido", webKeys,
                "hoiku-moushikomi", excelKeys, "kouza-furikae", exportKeys);
        for (Map.Entry<String, Map<String, Long>> e : ledgers.entrySet()) {
            List<String> keyed = keys("SELECT id, sha256, installation_id FROM document WHERE state = 'KEYED' AND form_id = '" + e.getKey() + "'");
            for (String key : keyed) {
                assertThat(e.getValue().getOrDefault(key, 0L)).as(e.getKey() + " " + key).isEqualTo(1L);
            }
        }
        assertThat(webKeys.values()).allMatch(n -> n == 1);
        assertThat(excelKeys.values()).allMatch(n -> n == 1);
        assertThat(exportKeys.values()).allMatch(n -> n == 1);
    }

    private boolean inboxesEmpty() {
        for (String inbox : List.of("madoguchi", "denshi")) {
            try (Stream<Path> files = Files.list(home.resolve("inbox").resolve(inbox))) {
                if (files.anyMatch(p -> !p.getFileName().toString().startsWith("."))) {
                    return false;
                }
            } catch (Exception e) {
                return false;
            }
        }
        return true;
    }

    private JsonNode post(AppProcess app, String path) {
        return send(app, HttpRequest.newBuilder(URI.create(app.baseUrl() + path)).header("Content-Type",
                "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
    }

    private void awaitRun(AppProcess app, long id) {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode run = send(app, HttpRequest.newBuilder(URI.create(app.baseUrl() + "/api/batches/" + id)).GET());
            if (run != null && run.path("status").asText().equals("COMPLETED")) {
                return;
            }
            ApiClient.sleep(1000);
        }
        throw new AssertionError("batch run " + id + " did not complete");
    }

    private static JsonNode send(AppProcess app, HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString("admin:admin-demo".getBytes(StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());
            return r.body().isBlank() ? null : new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body());
        } catch (Exception e) {
            return null;
        }
    }

    private Connection connect() throws Exception {
        return DriverManager.getConnection("jdbc:h2:file:" + home.resolve("db/scan2ledger") + ";AUTO_SERVER=TRUE",
                "sa", EmbeddedDatabase.password(home.resolve("db/scan2ledger")));
    }

    private long count(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> keys(String sql) throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                String installation = rs.getString(3);
                out.add(LedgerRecords.keyOf(installation == null ? null : new InstallationId(installation), rs.getLong(1),
                        rs.getString(2)));
            }
            return out;
        }
    }
}
