package io.scan2ledger.app;

import io.scan2ledger.document.Document;
import io.scan2ledger.document.DocumentQuery;
import io.scan2ledger.document.DocumentRepository;
import io.scan2ledger.document.DocumentState;
import io.scan2ledger.document.Source;
import io.scan2ledger.extraction.DocumentField;
import io.scan2ledger.extraction.ReadingRepository;
import io.scan2ledger.field.Problem;
import io.scan2ledger.template.FormTemplate;
import io.scan2ledger.templates.TemplateCatalog;
import io.scan2ledger.templates.samples.Defect;
import io.scan2ledger.templates.samples.OutputKind;
import io.scan2ledger.templates.samples.Sample;
import io.scan2ledger.templates.samples.SampleGenerator;
import io.scan2ledger.templates.samples.ScanOptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scans with planted defects and online applications through the real app (intake, real
 * Tesseract, validation): each ends where its content says, with the right reasons.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class ReviewRoutingEndToEndTest {

    static final Path HOME = IntakeH2EndToEndTest.tempHome("s2l-routing-");
    static final TemplateCatalog CATALOG = TemplateCatalog.bundled();
    static final SampleGenerator GENERATOR = new SampleGenerator(CATALOG);
    static final Set<DocumentState> SETTLED = Set.of(DocumentState.VALIDATED, DocumentState.NEEDS_REVIEW,
            DocumentState.QUARANTINED, DocumentState.DUPLICATE);

    @LocalServerPort
    int port;

    @Autowired
    DocumentRepository documents;
    @Autowired
    ReadingRepository readings;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        IntakeEndToEndTest.fastIntake(HOME, registry);
    }

    @Test
    void scansWithPlantedDefectsGoToReviewWithTheRightReason() throws Exception {
        Map<String, String> expectedProblem = Map.of(
                "wrong-check-digit", "MY_NUMBER_CHECK_DIGIT",
                "impossible-date", "DATE_INVALID",
                "empty-required", "REQUIRED");
        FormTemplate form = CATALOG.byId("jidou-teate").orElseThrow();
        Map<String, Sample> dropped = new LinkedHashMap<>();
        for (Defect defect : List.of(Defect.WRONG_CHECK_DIGIT, Defect.IMPOSSIBLE_DATE, Defect.EMPTY_REQUIRED,
                Defect.SMUDGE)) {
            Sample sample = GENERATOR.generate(form, 31, ScanOptions.typical().withDpis(List.of(300)).withDefect(defect));
            String name = drop(sample, OutputKind.PNG, "kodomo", "defect-" + defect.id());
            dropped.put(name, sample);
        }
        for (Map.Entry<String, Sample> e : dropped.entrySet()) {
            Document doc = settled(e.getKey());
            Defect.Planted planted = e.getValue().defects().get(0);
            assertThat(doc.state()).as(planted.kind()).isEqualTo(DocumentState.NEEDS_REVIEW);
            List<String> codes = problemsOf(doc, planted.field());
            if (planted.kind().equals("smudge")) {
                // An ink blot: whatever OCR made of it, its certainty is low and a person looks.
                assertThat(codes).as("smudged " + planted.field()).contains("LOW_CONFIDENCE");
            } else {
                assertThat(codes).as(planted.kind() + " on " + planted.field())
                        .contains(expectedProblem.get(planted.kind()));
            }
        }
    }

    @Test
    void aCleanBornDigitalFormGoesStraightThrough() throws Exception {
        for (FormTemplate form : CATALOG.all()) {
            Sample sample = GENERATOR.generate(form, 8, ScanOptions.clean(300));
            Document doc = settled(drop(sample, OutputKind.PDF_DIGITAL, "madoguchi", "digital"));
            assertThat(doc.formId()).isEqualTo(form.id());
            assertThat(doc.state()).as(form.id() + " " + problemsOfAll(doc)).isEqualTo(DocumentState.VALIDATED);
        }
    }

    @Test
    void fiftyOnlineApplicationsEndExactlyAsTheirContentsDictate() throws Exception {
        FormTemplate form = CATALOG.byId("jidou-teate").orElseThrow();
        List<String> columns = new ArrayList<>(List.of("form"));
        form.allFields().forEach(f -> columns.add(f.name()));
        StringBuilder csv = new StringBuilder(String.join(",", columns)).append("\r\n");
        Map<String, String> expectedByMyNumber = new LinkedHashMap<>();
        for (int i = 0; i < 50; i++) {
            Map<String, String> values = new LinkedHashMap<>(GENERATOR.generate(form, 1000 + i, ScanOptions.clean(200))
                    .written());
            String outcome = "VALIDATED";
            switch (i % 5) {
                case 1 -> { // a typo in the My Number: its check digit no longer fits
                    String n = values.get("myNumber");
                    values.put("myNumber", n.substring(0, 11) + (char) ('0' + (n.charAt(11) - '0' + 1) % 10));
                    outcome = "NEEDS_REVIEW";
                }
                case 2 -> { // kanji in the kana field
                    values.put("kana", "山田 ハナコ");
                    outcome = "NEEDS_REVIEW";
                }
                case 3 -> { // a required field left empty
                    values.put("address", "");
                    outcome = "NEEDS_REVIEW";
                }
                default -> {
                }
            }
            values.put("form", form.id());
            expectedByMyNumber.put(values.get("myNumber").replaceAll("\\D", ""), outcome);
            csv.append(columns.stream().map(c -> quote(values.getOrDefault(c, ""))).collect(Collectors.joining(",")))
                    .append("\r\n");
        }
        // Shift_JIS, as Japanese Excel saves a CSV.
        Path inbox = HOME.resolve("inbox/denshi");
        Files.createDirectories(inbox);
        Path tmp = inbox.resolve("export.csv.tmp");
        Files.write(tmp, csv.toString().getBytes(Charset.forName("Windows-31J")));
        Files.move(tmp, inbox.resolve("jidou-teate-export.csv"), StandardCopyOption.ATOMIC_MOVE);

        List<Document> docs = await(() -> {
            List<Document> all = documents.search(new DocumentQuery(Optional.empty(), Set.of("denshi"), true, 500))
                    .stream().filter(d -> d.source() == Source.E_APPLICATION).toList();
            return all.size() == 50 && all.stream().allMatch(d -> SETTLED.contains(d.state())) ? all : null;
        });
        for (Document doc : docs) {
            String myNumber = readings.fields(doc.id()).stream().filter(f -> f.name().equals("myNumber"))
                    .findFirst().orElseThrow().value();
            assertThat(doc.state().name()).as("record with My Number ending " + myNumber.substring(8))
                    .isEqualTo(expectedByMyNumber.get(myNumber));
        }
        assertThat(docs).filteredOn(d -> d.state() == DocumentState.VALIDATED).hasSize(20);
    }

    private static String quote(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    private String drop(Sample sample, OutputKind kind, String channel, String prefix) throws Exception {
        return drop(HOME, sample, kind, channel, prefix);
    }

    /** Drops a sample into a channel's inbox as a scanner does (a temporary name, then a rename). */
    static String drop(Path home, Sample sample, OutputKind kind, String channel, String prefix) throws Exception {
        Path staged = sample.writeTo(Files.createTempDirectory("s2l-stage-"), kind);
        String name = prefix + "-" + staged.getFileName();
        Path inbox = home.resolve("inbox").resolve(channel);
        Files.createDirectories(inbox);
        Files.move(staged, inbox.resolve("." + name + ".tmp"));
        Files.move(inbox.resolve("." + name + ".tmp"), inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        return name;
    }

    private Document settled(String originalName) throws Exception {
        return settled(documents, originalName);
    }

    /** The document of a dropped file once it has reached a state it rests in. */
    static Document settled(DocumentRepository documents, String originalName) throws Exception {
        return await(() -> documents.search(DocumentQuery.all(500)).stream()
                .filter(d -> d.originalName().equals(originalName) && SETTLED.contains(d.state()))
                .findFirst().orElse(null));
    }

    private List<String> problemsOf(Document doc, String field) {
        return readings.fields(doc.id()).stream().filter(f -> f.name().equals(field))
                .flatMap(f -> f.problems().stream()).map(Problem::code).toList();
    }

    private Map<String, List<String>> problemsOfAll(Document doc) {
        return problemsOfAll(readings, doc);
    }

    static Map<String, List<String>> problemsOfAll(ReadingRepository readings, Document doc) {
        return readings.fields(doc.id()).stream().filter(DocumentField::needsAttention)
                .collect(Collectors.toMap(DocumentField::name, f -> f.problems().stream().map(Problem::code).toList()));
    }

    private static <T> T await(java.util.function.Supplier<T> probe) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not settled within 90 s");
    }
}
