package io.scan2ledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.scan2ledger.batch.BatchSchedule;
import io.scan2ledger.batch.LedgerRecords;
import io.scan2ledger.bots.support.AtomicWriter;
import io.scan2ledger.document.Document;
import io.scan2ledger.document.DocumentQuery;
import io.scan2ledger.document.DocumentRepository;
import io.scan2ledger.document.DocumentState;
import io.scan2ledger.extraction.ReadingRepository;
import io.scan2ledger.field.Problem;
import io.scan2ledger.legacyledger.LegacyLedger;
import io.scan2ledger.legacyledger.fault.FaultPoint;
import io.scan2ledger.template.FormTemplate;
import io.scan2ledger.templates.TemplateCatalog;
import io.scan2ledger.templates.samples.SampleGenerator;
import io.scan2ledger.templates.samples.ScanOptions;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The nightly batch end to end: the real app, its real database, the legacy web ledger demo keyed
 * through real headless Chromium, the demo Excel 台帳 and a fixed-width export, started through the
 * admin API and checked in each ledger's own storage.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BatchEndToEndTest {

    static final Path HOME = IntakeH2EndToEndTest.tempHome("s2l-batch-");
    static final LegacyLedger LEDGER = LegacyLedger.start();
    static final TemplateCatalog CATALOG = TemplateCatalog.bundled();
    static final Path OUT = Path.of("target", "batch-report");

    @LocalServerPort
    int port;
    @Autowired
    DocumentRepository documents;
    @Autowired
    BatchSchedule batchSchedule;
    @Autowired
    ReadingRepository readings;

    /**
     * The Excel and fixed-width bots save through this writer. While {@link #damagedKey} is set, it
     * changes what is written before it reaches the disk: the 保護者氏名 of that key's workbook row,
     * and the name of the export file's first data record. The bots must catch it reading back.
     */
    @TestConfiguration
    static class DamagingWrites {
        static volatile String damagedKey;

        @Bean
        AtomicWriter damagingWriter() {
            return new AtomicWriter() {
                @Override
                public Staged stage(Path target, Content content) throws IOException {
                    String key = damagedKey;
                    return super.stage(target, key == null ? content : out -> damage(target, content, out, key));
                }
            };
        }

        private static void damage(Path target, AtomicWriter.Content content, OutputStream out, String key)
                throws IOException {
            ByteArrayOutputStream written = new ByteArrayOutputStream();
            content.writeTo(written);
            if (target.toString().endsWith(".dat")) {
                byte[] bytes = written.toByteArray();
                byte[] star = "＊".getBytes(Charset.forName("Windows-31J"));
                System.arraycopy(star, 0, bytes, 122 + 77, 2);    // line 2, field name (KANJI from byte 77)
                out.write(bytes);
                return;
            }
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(written.toByteArray()))) {
                for (Row row : wb.getSheet("申込台帳")) {
                    if (row.getCell(0) != null && key.equals(row.getCell(0).toString())) {
                        row.getCell(3).setCellValue("改ざん 太郎");
                    }
                }
                wb.write(out);
            }
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        IntakeEndToEndTest.fastIntake(HOME, registry);
        registry.add("LEDGER_URL", LEDGER::baseUrl);
        registry.add("scan2ledger.schedule.enabled", () -> "false");
    }

    @AfterAll
    static void stopLedger() {
        LEDGER.close();
    }

    @Test
    @Order(1)
    void approvedDocumentsAreKeyedIntoEveryLedgerExactlyOnce() throws Exception {
        List<Document> docs = submit("first", 2, 100);
        JsonNode run = runBatch(false);

        assertThat(run.path("failed").asInt()).as(run.toString()).isZero();
        assertThat(run.path("keyed").asInt()).isEqualTo(8);
        assertThat(LEDGER.records("jidou-teate")).hasSize(2);
        assertThat(LEDGER.records("jumin-idou")).hasSize(2);
        assertThat(keysIn(LEDGER.records("jidou-teate"))).containsExactlyInAnyOrderElementsOf(keysOf(docs, "jidou-teate"));
        assertThat(workbookKeys()).containsExactlyInAnyOrderElementsOf(keysOf(docs, "hoiku-moushikomi"));
        assertDateCells(keysOf(docs, "hoiku-moushikomi"));
        List<String> export = exportLines(run);
        assertThat(export).hasSize(4);                     // header, two records, trailer
        assertThat(export.get(3)).startsWith("900000002");  // record type 9, count 2
        export.forEach(line -> assertThat(line.getBytes(Charset.forName("Windows-31J"))).hasSize(120));
        for (Document d : docs) {
            assertThat(documents.find(d.id()).orElseThrow().state()).isEqualTo(DocumentState.KEYED);
        }

        // The same run again: nothing is keyed twice, and the export is a header and a count-0 trailer.
        JsonNode again = runBatch(false);
        assertThat(again.path("keyed").asInt()).isZero();
        assertThat(LEDGER.records("jidou-teate")).hasSize(2);
        assertThat(LEDGER.records("jumin-idou")).hasSize(2);
        assertThat(workbookKeys()).hasSize(2);
        assertThat(exportLines(run)).hasSize(4);
        List<String> empty = exportLines(again);
        assertThat(empty).hasSize(2);
        assertThat(empty.get(0)).startsWith("1").contains(String.format("%010d", again.path("id").asLong()));
        assertThat(empty.get(1)).startsWith("9000000000");  // record type 9, count 0, hash total 0
        empty.forEach(line -> assertThat(line.getBytes(Charset.forName("Windows-31J"))).hasSize(120));

        // Residents' data: the 台帳, its backups, the exports and the run reports are the owner's only.
        assertOwnerOnly(HOME.resolve("ledgers/hoiku-daicho.xlsx"), HOME.resolve("ledgers/backup"),
                HOME.resolve("exports/kouza"), HOME.resolve("reports"));

        checkReport(run, 8, 0);
    }

    @Test
    @Order(2)
    void aFailingLedgerIsRetriedReportedWithEvidenceAndCompletedNextRun() throws Exception {
        List<Document> docs = submit("faulty", 1, 200);
        // Every 登録 fails with a system error, and the first one after storing the row loses its answer.
        LEDGER.faults().failEveryNth(1, FaultPoint.REGISTER);
        JsonNode failing = runBatch(false);
        assertThat(failing.path("failed").asInt()).isEqualTo(2);   // the two web ledger records
        JsonNode failure = stream(failing.path("records")).filter(r -> r.path("outcome").asText().equals("FAILED"))
                .findFirst().orElseThrow();
        assertThat(failure.path("reason").asText()).isNotBlank();
        assertThat(failure.path("evidence")).isNotEmpty();
        assertThat(stream(failure.path("evidence")).map(JsonNode::asText)).anyMatch(f -> f.endsWith(".png"));
        for (Document d : docs) {
            if (Set.of("jidou-teate", "jumin-ido").contains(d.formId())) {
                assertThat(documents.find(d.id()).orElseThrow().state()).isEqualTo(DocumentState.KEY_FAILED);
            }
        }

        // The ledger stores the next 登録 but the answer is lost: the bot must find it, not key it again.
        LEDGER.faults().clear();
        LEDGER.faults().failAfterCommitOn(FaultPoint.REGISTER);
        JsonNode next = runBatch(false);
        LEDGER.faults().clear();
        assertThat(next.path("failed").asInt()).isZero();
        assertThat(LEDGER.records("jidou-teate")).hasSize(3);
        assertThat(LEDGER.records("jumin-idou")).hasSize(3);
        for (Document d : docs) {
            assertThat(documents.find(d.id()).orElseThrow().state()).isEqualTo(DocumentState.KEYED);
        }
        checkReport(failing, 2, 2);
    }

    @Test
    @Order(3)
    void aLedgerDownForAWholeRunFailsEveryRecordWithAReasonAndTheNextRunKeysThem() throws Exception {
        List<Document> docs = submit("outage", 1, 250);
        LEDGER.faults().down(true);
        JsonNode down = runBatch(false);
        LEDGER.faults().down(false);
        List<JsonNode> web = stream(down.path("records"))
                .filter(r -> r.path("bot").asText().endsWith("-web")).toList();
        assertThat(web).hasSize(2).allSatisfy(r -> {
            assertThat(r.path("outcome").asText()).isEqualTo("FAILED");
            assertThat(r.path("reason").asText()).contains("ledger unavailable");
        });
        // The other ledgers were not affected by the web ledger's outage.
        assertThat(down.path("keyed").asInt()).isEqualTo(2);

        JsonNode back = runBatch(false);
        assertThat(back.path("keyed").asInt()).isEqualTo(2);
        assertThat(back.path("failed").asInt()).isZero();
        for (Document d : docs) {
            assertThat(documents.find(d.id()).orElseThrow().state()).isEqualTo(DocumentState.KEYED);
        }
        assertThat(LEDGER.records("jidou-teate")).hasSize(4);
    }

    @Test
    @Order(4)
    void aTrialRunFillsEverythingAndKeysNothing() throws Exception {
        submit("trial", 1, 300);
        JsonNode trial = runBatch(true);
        assertThat(trial.path("wouldKey").asInt()).isEqualTo(4);
        assertThat(trial.path("keyed").asInt()).isZero();
        assertThat(LEDGER.records("jidou-teate")).hasSize(4);
        assertThat(workbookKeys()).hasSize(4);
    }

    @Test
    @Order(5)
    void aWorkbookOpenInExcelIsLeftAloneAndARetryIsScheduledThatKeysItLater() throws Exception {
        Path workbook = HOME.resolve("ledgers/hoiku-daicho.xlsx");
        Path owner = workbook.resolveSibling("~$hoiku-daicho.xlsx");   // what Excel writes while it has the file open
        List<Document> docs = submit("locked", 1, 400);
        byte[] before = Files.readAllBytes(workbook);
        Files.write(owner, new byte[165]);
        Instant asked = Instant.now();
        JsonNode locked = runBatch(false);

        // Nothing written to the workbook; its record failed with the reason; the other ledgers went on.
        assertThat(Files.readAllBytes(workbook)).isEqualTo(before);
        // (The trial's documents of the test before are still waiting, and are keyed in this run too.)
        List<JsonNode> excel = stream(locked.path("records")).filter(r -> r.path("bot").asText().equals("hoiku-excel"))
                .toList();
        assertThat(excel).isNotEmpty().allSatisfy(r -> {
            assertThat(r.path("outcome").asText()).isEqualTo("FAILED");
            assertThat(r.path("reason").asText()).contains("ledger unavailable");
        });
        assertThat(locked.path("failed").asInt()).isEqualTo(excel.size());
        Document hoiku = docs.stream().filter(d -> d.formId().equals("hoiku-moushikomi")).findFirst().orElseThrow();
        for (Document d : docs) {
            assertThat(documents.find(d.id()).orElseThrow().state()).as(d.formId())
                    .isEqualTo(d == hoiku ? DocumentState.KEY_FAILED : DocumentState.KEYED);
        }

        // A catch-up run is scheduled for when the bot said to try again (10 minutes in the demo), and
        // kept paused while the schedule is.
        JsonNode schedule = get("/api/batches/schedule");
        Instant retryAt = Instant.parse(schedule.path("retryAt").asText());
        assertThat(retryAt).isBetween(asked.plus(Duration.ofMinutes(9)), Instant.now().plus(Duration.ofMinutes(11)));

        // The clerk closes Excel. Bring the retry forward (an earlier retry wins) and let the schedule run.
        Files.delete(owner);
        batchSchedule.retryAt(Instant.now());
        post("/api/batches/schedule/resume", "{}");
        try {
            JsonNode retry = await(() -> stream(get("/api/batches?limit=5"))
                    .filter(r -> r.path("trigger").asText().equals("RETRY") && r.path("status").asText().equals("COMPLETED"))
                    .findFirst().orElse(null), "the retry run");
            assertThat(retry.path("keyed").asInt()).isEqualTo(excel.size());
            assertThat(retry.path("failed").asInt()).isZero();
        } finally {
            post("/api/batches/schedule/pause", "{}");
        }
        assertThat(documents.find(hoiku.id()).orElseThrow().state()).isEqualTo(DocumentState.KEYED);
        assertThat(workbookKeys()).containsOnlyOnce(LedgerRecords.keyOf(hoiku));
        assertThat(get("/api/batches/schedule").path("retryAt").isNull()).isTrue();
    }

    @Test
    @Order(6)
    void theEvidenceOfAFailedRecordCanBeFetchedByAnAdminOnly() throws Exception {
        JsonNode failedRun = stream(get("/api/batches?limit=50")).filter(r -> r.path("failed").asInt() > 0)
                .map(r -> get("/api/batches/" + r.path("id").asLong()))
                .filter(r -> stream(r.path("records")).anyMatch(e -> e.path("evidence").size() > 0))
                .findFirst().orElseThrow();
        String file = stream(failedRun.path("records")).flatMap(e -> stream(e.path("evidence")))
                .map(JsonNode::asText).filter(f -> f.endsWith(".png")).findFirst().orElseThrow();
        String path = "/api/batches/" + failedRun.path("id").asLong() + "/evidence/" + file;
        HttpResponse<byte[]> png = raw(path, "admin:admin-demo");
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.body()).startsWith(0x89, 'P', 'N', 'G');
        assertThat(raw(path, "supervisor:supervisor-demo").statusCode()).isEqualTo(403);
        assertThat(raw("/api/batches/" + failedRun.path("id").asLong() + "/evidence/..%2F..%2Fdb", "admin:admin-demo")
                .statusCode()).isIn(400, 404);
    }

    @Test
    @Order(7)
    void aDocumentASupervisorApprovedIsKeyedWithItsLedgerNumber() throws Exception {
        FormTemplate form = CATALOG.byId("jidou-teate").orElseThrow();
        Map<String, String> values = new java.util.LinkedHashMap<>(new SampleGenerator(CATALOG)
                .generate(form, 700, ScanOptions.clean(200)).written());
        values.put("birthDate", "昭和65年5月5日");   // an era that had ended: a doubt a supervisor must clear
        List<String> columns = form.allFields().stream().map(f -> f.name()).toList();
        String csv = String.join(",", columns) + "\n" + columns.stream()
                .map(c -> "\"" + values.getOrDefault(c, "").replace("\"", "\"\"") + "\"").collect(Collectors.joining(","));
        Path inbox = HOME.resolve("inbox/denshi");
        Files.writeString(inbox.resolve(".approved.tmp"), csv, StandardCharsets.UTF_8);
        Files.move(inbox.resolve(".approved.tmp"), inbox.resolve("jidou-teate-approved.csv"), StandardCopyOption.ATOMIC_MOVE);
        Document waiting = await(() -> documents.search(DocumentQuery.all(500)).stream()
                .filter(d -> d.originalName().startsWith("jidou-teate-approved.csv")
                        && d.state() == DocumentState.NEEDS_REVIEW).findFirst().orElse(null), "the claim in review");

        // Approval needs the flagged field confirmed first.
        send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/documents/" + waiting.id()
                + "/fields/birthDate/confirm")).POST(HttpRequest.BodyPublishers.noBody()), "supervisor:supervisor-demo");
        JsonNode approved = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/documents/"
                + waiting.id() + "/approve")).POST(HttpRequest.BodyPublishers.noBody()), "supervisor:supervisor-demo");
        assertThat(approved.path("state").asText()).isEqualTo("APPROVED");
        JsonNode run = runBatch(false);

        JsonNode record = stream(run.path("records")).filter(r -> r.path("documentId").asLong() == waiting.id())
                .filter(r -> r.path("bot").asText().equals("jidou-teate-web")).findFirst().orElseThrow();
        assertThat(record.path("outcome").asText()).isEqualTo("KEYED");
        assertThat(record.path("ledgerRef").asText()).matches("JT-\\d{4}-\\d{6}");
        assertThat(documents.find(waiting.id()).orElseThrow().state()).isEqualTo(DocumentState.KEYED);
        assertThat(LEDGER.records("jidou-teate")).filteredOn(r -> LedgerRecords.keyOf(waiting)
                .equals(String.valueOf(r.get("UKETSUKE_NO")))).hasSize(1);
    }

    @Test
    @Order(8)
    void aDifferentRecordUnderTheSameKeyIsAKeyConflictSentToReviewAndNeverKeyedTwice() throws Exception {
        List<Document> docs = submit("conflict", 1, 800);
        Document hoiku = ofForm(docs, "hoiku-moushikomi");
        String key = LedgerRecords.keyOf(hoiku);
        // A clerk re-used this 受付番号 by hand for another application already in the 台帳.
        relabelFirstLedgerRow(key);

        JsonNode run = runBatch(false);

        JsonNode conflict = recordOf(run, hoiku.id(), "hoiku-excel");
        assertThat(conflict.path("outcome").asText()).isEqualTo("FAILED");
        assertThat(conflict.path("reason").asText()).startsWith("KEY_CONFLICT(").contains("保護者氏名");
        assertThat(documents.find(hoiku.id()).orElseThrow().state()).isEqualTo(DocumentState.NEEDS_REVIEW);
        assertThat(readings.notes(hoiku.id())).extracting(Problem::code).contains("KEY_CONFLICT");
        for (Document d : docs) {
            if (d != hoiku) {
                assertThat(documents.find(d.id()).orElseThrow().state()).as(d.formId()).isEqualTo(DocumentState.KEYED);
            }
        }

        // Not offered again the next night.
        JsonNode next = runBatch(false);
        assertThat(stream(next.path("records")).filter(r -> r.path("documentId").asLong() == hoiku.id())).isEmpty();

        // A supervisor approves it again: the bot compares with its ledger first and does not key it twice.
        approve(hoiku.id());
        JsonNode again = runBatch(false);
        assertThat(recordOf(again, hoiku.id(), "hoiku-excel").path("reason").asText()).startsWith("KEY_CONFLICT(");
        assertThat(documents.find(hoiku.id()).orElseThrow().state()).isEqualTo(DocumentState.NEEDS_REVIEW);
        assertThat(workbookKeys()).containsOnlyOnce(key);
    }

    @Test
    @Order(9)
    void aRecordThatReadsBackDifferentlyIsAVerifyMismatchSentToReviewAndNothingIsSaved() throws Exception {
        List<Document> docs = submit("damaged", 1, 850);
        Document hoiku = ofForm(docs, "hoiku-moushikomi");
        Document kouza = ofForm(docs, "kouza-furikae");
        Path workbook = HOME.resolve("ledgers/hoiku-daicho.xlsx");
        byte[] before = Files.readAllBytes(workbook);
        JsonNode run;
        DamagingWrites.damagedKey = LedgerRecords.keyOf(hoiku);
        try {
            run = runBatch(false);
        } finally {
            DamagingWrites.damagedKey = null;
        }

        assertThat(recordOf(run, hoiku.id(), "hoiku-excel").path("reason").asText())
                .startsWith("VERIFY_MISMATCH(保護者氏名)");
        assertThat(recordOf(run, kouza.id(), "kouza-export").path("reason").asText()).startsWith("VERIFY_MISMATCH(name)");
        for (Document d : List.of(hoiku, kouza)) {
            assertThat(documents.find(d.id()).orElseThrow().state()).isEqualTo(DocumentState.NEEDS_REVIEW);
            assertThat(readings.notes(d.id())).extracting(Problem::code).contains("VERIFY_MISMATCH");
        }
        // Keyed means verified: the 台帳 was not replaced, and no export file was published for the run.
        assertThat(Files.readAllBytes(workbook)).isEqualTo(before);
        String runFile = "_" + run.path("id").asLong() + ".dat";
        try (Stream<Path> files = Files.list(HOME.resolve("exports/kouza"))) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(runFile));
        }

        JsonNode next = runBatch(false);
        assertThat(stream(next.path("records")).filter(r -> r.path("documentId").asLong() == hoiku.id()
                || r.path("documentId").asLong() == kouza.id())).isEmpty();
    }

    @Test
    @Order(10)
    void aBotFailingThreeTimesInARowIsPausedForTheRunAndACatchUpRunIsScheduled() throws Exception {
        List<Document> docs = submit("paused", 4, 900);
        LEDGER.faults().failEveryNth(1, FaultPoint.REGISTER);
        Instant asked = Instant.now();
        JsonNode run;
        try {
            run = runBatch(false);
        } finally {
            LEDGER.faults().clear();
        }

        for (String bot : List.of("jidou-teate-web", "jumin-ido-web")) {
            List<String> outcomes = stream(run.path("records")).filter(r -> r.path("bot").asText().equals(bot))
                    .map(r -> r.path("outcome").asText()).toList();
            assertThat(outcomes).as(bot).containsExactly("FAILED", "FAILED", "FAILED", "PAUSED");
        }
        JsonNode paused = stream(run.path("records")).filter(r -> r.path("outcome").asText().equals("PAUSED"))
                .findFirst().orElseThrow();
        assertThat(documents.find(paused.path("documentId").asLong()).orElseThrow().state())
                .isEqualTo(DocumentState.VALIDATED);
        Instant retryAt = Instant.parse(get("/api/batches/schedule").path("retryAt").asText());
        assertThat(retryAt).isBetween(asked.plus(Duration.ofMinutes(29)), Instant.now().plus(Duration.ofMinutes(31)));

        // The ledger is back: a run started by an admin keys the failed and the paused records, so
        // the pending catch-up has nothing left to do and is cancelled rather than fired empty.
        JsonNode back = runBatch(false);
        assertThat(back.path("failed").asInt()).isZero();
        for (Document d : docs) {
            assertThat(documents.find(d.id()).orElseThrow().state()).as(d.formId()).isEqualTo(DocumentState.KEYED);
        }
        assertThat(get("/api/batches/schedule").path("retryAt").isNull()).isTrue();
    }

    private static Document ofForm(List<Document> docs, String form) {
        return docs.stream().filter(d -> form.equals(d.formId())).findFirst().orElseThrow();
    }

    private static JsonNode recordOf(JsonNode run, long documentId, String bot) {
        return stream(run.path("records")).filter(r -> r.path("documentId").asLong() == documentId
                && r.path("bot").asText().equals(bot)).findFirst().orElseThrow(() -> new AssertionError(run.toString()));
    }

    private void approve(long documentId) {
        JsonNode approved = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/documents/"
                + documentId + "/approve")).POST(HttpRequest.BodyPublishers.noBody()), "supervisor:supervisor-demo");
        assertThat(approved.path("state").asText()).as(approved.toString()).isEqualTo("APPROVED");
    }

    /** Gives the 台帳's first keyed row another key, as a clerk re-using a number would. */
    private static void relabelFirstLedgerRow(String key) throws IOException {
        Path file = HOME.resolve("ledgers/hoiku-daicho.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            Row first = stream(wb.getSheet("申込台帳")).filter(r -> r.getRowNum() >= 3 && r.getCell(0) != null
                    && r.getCell(0).toString().startsWith("S2L-")).findFirst().orElseThrow();
            first.getCell(0).setCellValue(key);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    private static Stream<Row> stream(Sheet sheet) {
        List<Row> rows = new ArrayList<>();
        sheet.forEach(rows::add);
        return rows.stream();
    }

    /** Online applications for every form, {@code perForm} each: VALIDATED at once, ready for the batch. */
    private List<Document> submit(String batch, int perForm, int seed) throws Exception {
        Path inbox = HOME.resolve("inbox/denshi");
        Files.createDirectories(inbox);
        SampleGenerator generator = new SampleGenerator(CATALOG);
        Set<Long> before = documents.search(DocumentQuery.all(500)).stream().map(Document::id).collect(Collectors.toSet());
        int expected = 0;
        for (FormTemplate form : CATALOG.all()) {
            List<String> columns = form.allFields().stream().map(f -> f.name()).toList();
            StringBuilder csv = new StringBuilder(String.join(",", columns)).append("\n");
            for (int i = 0; i < perForm; i++) {
                Map<String, String> values = generator.generate(form, seed + i, ScanOptions.clean(200)).written();
                csv.append(columns.stream().map(c -> "\"" + values.getOrDefault(c, "").replace("\"", "\"\"") + "\"")
                        .collect(Collectors.joining(","))).append("\n");
                expected++;
            }
            Path tmp = inbox.resolve("." + batch + ".tmp");
            Files.writeString(tmp, csv, StandardCharsets.UTF_8);
            Files.move(tmp, inbox.resolve(form.id() + "-" + batch + ".csv"), StandardCopyOption.ATOMIC_MOVE);
        }
        int wanted = expected;
        return await(() -> {
            List<Document> fresh = documents.search(DocumentQuery.all(500)).stream()
                    .filter(d -> !before.contains(d.id())).toList();
            return fresh.size() == wanted && fresh.stream().allMatch(d -> d.state() == DocumentState.VALIDATED)
                    ? fresh : null;
        }, "online applications validated");
    }

    private JsonNode runBatch(boolean dryRun) throws Exception {
        JsonNode started = post("/api/batches/run", "{\"dryRun\":" + dryRun + "}");
        long id = started.path("id").asLong();
        return await(() -> {
            JsonNode run = get("/api/batches/" + id);
            return run.path("status").asText().equals("COMPLETED") ? run : null;
        }, "batch run " + id);
    }

    /** The run's .xlsx and .pdf report say what the run did: every count, and every failed record. */
    private void checkReport(JsonNode run, int keyed, int failed) throws Exception {
        long id = run.path("id").asLong();
        assertThat(run.path("keyed").asInt()).isEqualTo(keyed);
        assertThat(run.path("failed").asInt()).isEqualTo(failed);
        Map<String, Integer> counts = Map.of("Keyed", keyed, "Already present", run.path("alreadyPresent").asInt(),
                "Failed", failed, "would key", run.path("wouldKey").asInt(), "Still in review", run.path("inReview").asInt());
        Path xlsx = HOME.resolve(String.format("reports/batch-run-%06d.xlsx", id));
        Path pdf = HOME.resolve(String.format("reports/batch-run-%06d.pdf", id));
        try (Workbook wb = WorkbookFactory.create(xlsx.toFile())) {
            Sheet summary = wb.getSheetAt(0);
            counts.forEach((label, n) -> assertThat(countIn(summary, label)).as("xlsx " + label).isEqualTo((long) n));
            assertThat(wb.getSheetAt(1).getLastRowNum()).isEqualTo(run.path("records").size());
        }
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("バッチ実行報告").contains("No." + id);
            counts.forEach((label, n) -> assertThat(text).as("pdf " + label)
                    .containsPattern(java.util.regex.Pattern.quote(label) + "[^\\n\\d]*\\s" + n + "\\s"));
            stream(run.path("records")).filter(r -> r.path("outcome").asText().equals("FAILED"))
                    .forEach(r -> assertThat(text).containsPattern(r.path("receptionNumber").asText() + "\\s+"
                            + r.path("bot").asText()));
            Files.createDirectories(OUT);
            ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(0, 100, ImageType.RGB), "png",
                    OUT.resolve("batch-run-" + id + "-page1.png").toFile());
        }
    }

    private static long countIn(Sheet summary, String label) {
        for (Row row : summary) {
            if (row.getCell(0) != null && row.getCell(0).getStringCellValue().contains(label)) {
                return (long) row.getCell(1).getNumericCellValue();
            }
        }
        throw new AssertionError("no summary line " + label);
    }

    private List<String> workbookKeys() throws Exception {
        try (Workbook wb = WorkbookFactory.create(HOME.resolve("ledgers/hoiku-daicho.xlsx").toFile(), null, true)) {
            List<String> keys = new ArrayList<>();
            for (Row row : wb.getSheet("申込台帳")) {
                String key = row.getRowNum() < 3 || row.getCell(0) == null ? "" : row.getCell(0).toString();
                if (key.startsWith("S2L-")) {
                    keys.add(key);
                }
            }
            return keys;
        }
    }

    /** The lines of the export file the run wrote (its name ends with the run id). */
    private List<String> exportLines(JsonNode run) throws Exception {
        String suffix = "_" + run.path("id").asLong() + ".dat";
        try (Stream<Path> files = Files.list(HOME.resolve("exports/kouza"))) {
            List<Path> dat = files.filter(p -> p.toString().endsWith(suffix)).toList();
            assertThat(dat).hasSize(1);
            return List.of(new String(Files.readAllBytes(dat.get(0)), Charset.forName("Windows-31J")).split("\r\n"));
        }
    }

    /** 申込日 and 児童生年月日 of the keys' rows are real date cells (numbers with a date format), not text. */
    private static void assertDateCells(List<String> keys) throws Exception {
        try (Workbook wb = WorkbookFactory.create(HOME.resolve("ledgers/hoiku-daicho.xlsx").toFile(), null, true)) {
            List<Row> rows = stream(wb.getSheet("申込台帳")).filter(r -> r.getRowNum() >= 3 && r.getCell(0) != null
                    && keys.contains(r.getCell(0).toString())).toList();
            assertThat(rows).hasSize(keys.size());
            for (Row row : rows) {
                for (int column : new int[]{2, 7}) {    // 申込日, 児童生年月日
                    org.apache.poi.ss.usermodel.Cell cell = row.getCell(column);
                    assertThat(cell.getCellType()).as(cell.getAddress().formatAsString())
                            .isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
                    assertThat(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell))
                            .as(cell.getAddress().formatAsString()).isTrue();
                }
            }
        }
    }

    /** Files 0600 and folders 0700, their contents included. */
    private static void assertOwnerOnly(Path... paths) throws IOException {
        for (Path path : paths) {
            List<Path> all;
            try (Stream<Path> tree = Files.walk(path)) {
                all = tree.toList();
            }
            for (Path p : all) {
                assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(p)))
                        .as(p.toString()).isEqualTo(Files.isDirectory(p) ? "rwx------" : "rw-------");
            }
        }
    }

    private static List<String> keysIn(List<Map<String, Object>> rows) {
        return rows.stream().map(r -> String.valueOf(r.get("UKETSUKE_NO"))).toList();
    }

    private static List<String> keysOf(List<Document> docs, String form) {
        return docs.stream().filter(d -> form.equals(d.formId())).map(LedgerRecords::keyOf).toList();
    }

    private JsonNode get(String path) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET());
    }

    private JsonNode post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpResponse<byte[]> raw(String path, String credentials) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        credentials.getBytes(StandardCharsets.UTF_8))).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static JsonNode send(HttpRequest.Builder request) {
        return send(request, "admin:admin-demo");
    }

    private static JsonNode send(HttpRequest.Builder request, String credentials) {
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out.stream();
    }

    private static <T> T await(java.util.function.Supplier<T> probe, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
        while (System.nanoTime() < deadline) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            Thread.sleep(300);
        }
        throw new AssertionError(what + ": not done within 240 s");
    }

}
