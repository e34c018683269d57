package io.scan2ledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.scan2ledger.audit.AuditTrail;
import io.scan2ledger.support.Sha256;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import static io.scan2ledger.app.ApiClient.named;
import static io.scan2ledger.app.ApiClient.sleep;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real app on a real port, real inbox folders and a real database: what a clerk and an API
 * client see. Subclasses choose the database (embedded H2 or PostgreSQL).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
abstract class IntakeEndToEndTest {

    static final Duration WAIT = Duration.ofSeconds(20);

    @LocalServerPort
    int port;
    @Autowired
    AuditTrail audit;

    abstract Path home();

    /** Short timings keep the suite fast; the defaults are documented in application.yaml. */
    static String[] fastIntake(Path home) {
        return new String[]{
                "scan2ledger.home=" + home,
                "scan2ledger.intake.min-age=1s",
                "scan2ledger.intake.check-interval=100ms",
                "scan2ledger.intake.poll-interval=200ms",
                "scan2ledger.intake.incomplete-grace=60s"};
    }

    /** The same short timings as properties of a test's application context. */
    static void fastIntake(Path home, DynamicPropertyRegistry registry) {
        for (String kv : fastIntake(home)) {
            String[] p = kv.split("=", 2);
            registry.add(p[0], () -> p[1]);
        }
    }

    ApiClient api() {
        return new ApiClient(port);
    }

    Path inbox(String channel) {
        return home().resolve("inbox").resolve(channel);
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aPdfDroppedIntoAnInboxAppearsThroughTheApi() throws IOException {
        String name = unique("住民異動届") + ".pdf";
        byte[] pdf = TestScans.pdf(name);
        Path dropped = TestScans.drop(inbox("madoguchi"), name, pdf);

        JsonNode doc = api().awaitDocument(named(name), WAIT).orElseThrow();
        // Received, then on to extraction: a blank test page is no known form, so it waits for review.
        assertThat(doc.path("state").asText()).isIn("RECEIVED", "NEEDS_REVIEW");
        assertThat(doc.path("channel").asText()).isEqualTo("madoguchi");
        assertThat(doc.path("source").asText()).isEqualTo("FOLDER");
        assertThat(doc.path("sha256").asText()).isEqualTo(HexFormat.of().formatHex(Sha256.newDigest().digest(pdf)));
        assertThat(doc.path("pageCount").asInt()).isEqualTo(1);

        ApiClient.Response detail = api().get("/api/documents/" + doc.path("id").asLong(), "clerk", "clerk-demo");
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.body().path("history").get(0).path("action").asText()).isEqualTo("RECEIVE");
        assertThat(detail.body().path("history").get(0).path("to").asText()).isEqualTo("RECEIVED");
        assertThat(detail.body().path("receivedAt").asText()).isNotBlank();

        assertThat(dropped).doesNotExist();
        // Filed sealed under its id and hash, not under the file's name.
        String filed = String.format("%06d_%s.pdf.sealed", doc.path("id").asLong(), doc.path("sha256").asText()
                .substring(0, 12));
        try (var archived = Files.walk(home().resolve("archive/madoguchi"))) {
            assertThat(archived.map(p -> p.getFileName().toString()).filter(filed::equals)).hasSize(1);
        }
    }

    @Test
    void aHalfWrittenFileIsNotTakenUntilComplete() throws IOException {
        String name = unique("slow-scan") + ".pdf";
        byte[] pdf = TestScans.pdf(name);
        Path target = inbox("kodomo").resolve(name);
        int half = pdf.length / 2;
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
            out.write(pdf, 0, half / 2);
            out.flush();
            // A slow multifunction printer: small writes for 2.5 s, each one younger than min-age.
            for (int written = half / 2; written < half; written += Math.max(1, half / 20)) {
                out.write(pdf, written, Math.min(Math.max(1, half / 20), half - written));
                out.flush();
                sleep(120);
            }
            // Then it stalls for longer than min-age with the file still cut off (no %%EOF yet).
            sleep(2500);
            assertThat(api().awaitDocument(named(name), Duration.ofMillis(300))).isEmpty();
            assertThat(target).exists();
            out.write(pdf, half, pdf.length - half);
        }

        JsonNode doc = api().awaitDocument(named(name), WAIT).orElseThrow();
        assertThat(doc.path("state").asText()).isIn("RECEIVED", "NEEDS_REVIEW");
        assertThat(doc.path("sha256").asText()).isEqualTo(HexFormat.of().formatHex(Sha256.newDigest().digest(pdf)));
        sleep(500);
        assertThat(documentsNamed(name)).hasSize(1);
    }

    @Test
    void theSameBytesDroppedTwiceAreRecordedAsADuplicate() throws InterruptedException {
        String first = unique("first") + ".pdf";
        byte[] pdf = TestScans.pdf(first);
        TestScans.drop(inbox("madoguchi"), first, pdf);
        long firstId = api().awaitDocument(named(first), WAIT).orElseThrow().path("id").asLong();

        String second = unique("again") + ".pdf";
        TestScans.drop(inbox("zeimu"), second, pdf);
        JsonNode dup = api().awaitDocument(named(second), WAIT).orElseThrow();

        assertThat(dup.path("state").asText()).isEqualTo("DUPLICATE");
        assertThat(dup.path("duplicateOf").asLong()).isEqualTo(firstId);
        // The record is committed before the file leaves the inbox (nothing is lost if the process
        // dies in between): the move may still be under way when the record appears.
        Path left = inbox("zeimu").resolve(second);
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (Files.exists(left) && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        assertThat(left).doesNotExist();
    }

    @Test
    void aTextFileNamedPdfEndsInErrorWithItsReason() throws IOException {
        String name = unique("memo") + ".pdf";
        TestScans.drop(inbox("zeimu"), name, "これはテキストです\n".getBytes(StandardCharsets.UTF_8));

        JsonNode doc = api().awaitDocument(named(name), WAIT).orElseThrow();
        assertThat(doc.path("state").asText()).isEqualTo("QUARANTINED");
        assertThat(doc.path("quarantine").path("code").asText()).isEqualTo("NOT_A_DOCUMENT");
        Path error = home().resolve("error/zeimu").resolve(name);
        assertThat(error).exists();
        assertThat(Files.readString(error.resolveSibling(name + ".reason.txt")))
                .contains("PDF・TIFF・PNG・JPEG のいずれでもありません")
                .contains("This is not a PDF, TIFF, PNG or JPEG file")
                .contains("document: " + doc.path("id").asLong());
    }

    @Test
    void oddNamesAndLinksAreTakenOrQuarantinedNeverLeftStuck() throws Exception {
        Path inbox = inbox("zeimu");
        ApiClient api = api();

        // Control characters in a name: taken, the stored name cleaned of them.
        String bell = unique("bell\u0007tab\t") + ".pdf";
        byte[] bellPdf = TestScans.pdf(bell);
        Path bellFile = TestScans.drop(inbox, bell, bellPdf);
        JsonNode bellDoc = api.awaitDocument(sha(bellPdf), WAIT).orElseThrow();
        assertThat(bellDoc.path("state").asText()).isNotEqualTo("QUARANTINED");
        assertThat(bellDoc.path("originalName").asText()).doesNotContain("\u0007", "\t");
        assertThat(bellFile).doesNotExist();

        // Shift_JIS bytes (スキャン) in a name, as a share set to Shift_JIS writes it: Java cannot open
        // the file by that name, so it is renamed to a readable one first, then taken.
        String sjis = unique("sjis");
        byte[] sjisPdf = TestScans.pdf(sjis);
        Path staged = Files.write(home().resolve(sjis + ".pdf"), sjisPdf);
        Process mv = new ProcessBuilder("bash", "-c", "mv \"$1\" \"$(printf '%s/%s\\x83\\x58\\x83\\x4c\\x83\\x83\\x83\\x93.pdf' \"$2\" \"$3\")\"",
                "mv", staged.toString(), inbox.toString(), sjis).inheritIO().start();
        assertThat(mv.waitFor()).isZero();
        JsonNode sjisDoc = api.awaitDocument(sha(sjisPdf), WAIT).orElseThrow();
        assertThat(sjisDoc.path("state").asText()).isNotEqualTo("QUARANTINED");
        assertThat(sjisDoc.path("originalName").asText()).startsWith(sjis);

        // A link in the inbox is never followed: quarantined, and what it points to is left alone.
        Path outside = Files.write(home().resolve(unique("outside") + ".pdf"), TestScans.pdf(unique("outside")));
        String link = unique("link") + ".pdf";
        Files.createSymbolicLink(inbox.resolve(link), outside);
        JsonNode linkDoc = api.awaitDocument(named(link), WAIT).orElseThrow();
        assertThat(linkDoc.path("state").asText()).isEqualTo("QUARANTINED");
        assertThat(linkDoc.path("quarantine").path("code").asText()).isEqualTo("NOT_A_REGULAR_FILE");
        assertThat(outside).exists();

        // A name that climbs out of the folder, through an upload: kept as a plain name, nothing written outside.
        String climbing = "../../" + unique("escape") + ".pdf";
        ApiClient.Response up = api.upload("clerk", "clerk-demo", climbing, TestScans.pdf(climbing), "zeimu");
        assertThat(up.status()).isEqualTo(201);
        JsonNode upDoc = api.get("/api/documents/" + up.body().path("id").asLong(), "clerk", "clerk-demo").body();
        assertThat(upDoc.path("originalName").asText()).doesNotContain("/", "..");
        try (var above = Files.list(home().getParent())) {
            assertThat(above.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("escape"));
        }

        // Nothing of it is left in the inbox.
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline && inboxFiles(inbox) > 0) {
            sleep(200);
        }
        assertThat(inboxFiles(inbox)).isZero();
    }

    private static java.util.function.Predicate<JsonNode> sha(byte[] bytes) {
        String hex = HexFormat.of().formatHex(Sha256.newDigest().digest(bytes));
        return doc -> hex.equals(doc.path("sha256").asText());
    }

    private static long inboxFiles(Path inbox) throws IOException {
        try (var files = Files.list(inbox)) {
            return files.filter(p -> !p.getFileName().toString().startsWith(".")).count();
        }
    }

    @Test
    void temporaryHiddenAndLockFilesAreLeftAlone() throws IOException {
        String id = unique("x");
        List<Path> ignored = Arrays.asList(
                Files.write(inbox("madoguchi").resolve("." + id + ".pdf"), TestScans.pdf(id + "a")),
                Files.write(inbox("madoguchi").resolve(id + ".tmp"), TestScans.pdf(id + "b")),
                Files.write(inbox("madoguchi").resolve("~$" + id + ".pdf"), TestScans.pdf(id + "c")));
        sleep(2500);
        ignored.forEach(p -> assertThat(p).exists());
        assertThat(api().awaitDocument(d -> d.path("originalName").asText().contains(id), Duration.ofMillis(200)))
                .isEmpty();
    }

    @Test
    void anUploadEntersTheSameRoute() {
        String name = unique("upload") + ".pdf";
        ApiClient.Response created = api().upload("clerk", "clerk-demo", name, TestScans.pdf(name), "kodomo");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().path("outcome").asText()).isEqualTo("RECEIVED");

        JsonNode doc = api().get("/api/documents/" + created.body().path("id").asLong(), "clerk", "clerk-demo").body();
        assertThat(doc.path("source").asText()).isEqualTo("UPLOAD");
        assertThat(doc.path("channel").asText()).isEqualTo("kodomo");
        assertThat(doc.path("history").get(0).path("actor").asText()).isEqualTo("clerk");

        ApiClient.Response refused = api().upload("clerk", "clerk-demo", "notes.pdf", "text".getBytes(), null);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().path("reason").path("code").asText()).isEqualTo("NOT_A_DOCUMENT");
        assertThat(home().resolve("error/upload/notes.pdf.reason.txt")).exists();

        // A cut-off upload is whole once its request has ended: quarantined at once, never lost.
        byte[] pdf = TestScans.pdf(unique("cut"));
        byte[] cut = java.util.Arrays.copyOf(pdf, pdf.length / 2);
        ApiClient.Response incomplete = api().upload("clerk", "clerk-demo", "cut.pdf", cut, null);
        assertThat(incomplete.status()).isEqualTo(422);
        assertThat(incomplete.body().path("reason").path("code").asText()).isEqualTo("INCOMPLETE");
        assertThat(home().resolve("error/upload/cut.pdf.reason.txt")).exists();
    }

    @Test
    void theApiNeedsAuthenticationAndNamesNoSecrets() {
        ApiClient.Response anonymous = api().get("/api/documents", null, null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(api().get("/api/documents", "clerk", "wrong").status()).isEqualTo(401);
        assertThat(api().get("/api/documents/999999", "supervisor", "supervisor-demo").status()).isEqualTo(404);
        assertThat(api().get("/actuator/health", null, null).body().path("status").asText()).isEqualTo("UP");
    }

    @Test
    void theAuditChainHoldsAfterRealTraffic() {
        String name = unique("audited") + ".pdf";
        TestScans.drop(inbox("madoguchi"), name, TestScans.pdf(name));
        api().awaitDocument(named(name), WAIT).orElseThrow();
        var result = audit.verify();
        assertThat(result.intact()).as(String.valueOf(result.problem())).isTrue();
        assertThat(result.rowsChecked()).isPositive();
    }

    private List<JsonNode> documentsNamed(String name) {
        JsonNode all = api().get("/api/documents?limit=500", "supervisor", "supervisor-demo").body();
        List<JsonNode> out = new java.util.ArrayList<>();
        all.forEach(d -> {
            if (named(name).test(d)) {
                out.add(d);
            }
        });
        return out;
    }
}
